import Foundation
import PlannenDomain
import Testing

/// Published plans compared per beleidsdomein; unpublished ones are named, never counted as zero.
@Suite("Comparison across cities")
struct ComparisonTests {
    func gent() throws -> CityPlan {
        let plan = try Plan(code: "mjp", items: [
            item(.beleidsdoelstelling, "BD1", beleidsveld: "02"),
            item(.actieplan, "AP1", under: "BD1"),                                   // inherits 02
            item(.actie, "AC1", under: "AP1", status: "op-schema"),
            item(.actie, "AC2", under: "AP1", status: "vertraagd", beleidsveld: "0610"), // own domein 06
            item(.beleidsdoelstelling, "BD2"),                                       // no domein anywhere
            item(.actieplan, "AP2", under: "BD2"),
            item(.actie, "AC3", under: "AP2"),
        ], budget: [
            line("AC1", 2026, .investering, .uitgave, .krediet, "1000000"),
            line("AC1", 2026, .investering, .uitgave, .rekening, "400000"),
            line("AC1", 2027, .exploitatie, .uitgave, .krediet, "500000"),
            line("AC1", 2026, .investering, .ontvangst, .krediet, "300000"),  // ontvangst: not a krediet for uitgaven
            line("AC2", 2026, .investering, .uitgave, .raming, "777"),        // raming: not counted
            line("AC2", 2026, .investering, .uitgave, .krediet, "250000"),
            line("AC3", 2026, .exploitatie, .uitgave, .krediet, "10000"),
        ])
        return CityPlan(organisation: "gent", published: true, plan: plan, population: 250_000)
    }

    @Test func figuresPerDomein() throws {
        let comparison = CityComparison(plans: [
            try gent(),
            CityPlan(organisation: "aalst", published: false, plan: try gent().plan, population: 90_000),
            CityPlan(organisation: "brugge", published: true, plan: try gent().plan),
        ])
        #expect(comparison.cities.map(\.organisation) == ["brugge", "gent"])
        #expect(comparison.notPublished == ["aalst"])
        #expect(comparison.city("aalst") == nil)

        let gent = try #require(comparison.city("gent"))
        #expect(gent.domains.map(\.domein) == ["02", "06", nil])
        let mobility = gent.domains[0]
        #expect(mobility.name == "Zich verplaatsen en mobiliteit")
        #expect(mobility.itemsPerLevel == [.beleidsdoelstelling: 1, .actieplan: 1, .actie: 1])
        // Krediet uitgaven of AC1: 1 000 000 + 500 000 = 1 500 000; per inhabitant ÷ 250 000 = 6.
        #expect(mobility.krediet == 1_500_000)
        #expect(mobility.kredietPerInhabitant == 6)
        // Rekening uitgaven 400 000 ÷ 250 000 = 1,6 per inhabitant.
        #expect(mobility.uitgaven == 400_000)
        #expect(mobility.uitgavenPerInhabitant == Decimal(string: "1.6"))
        #expect(mobility.statusCounts == ["op-schema": 1])
        let housing = gent.domains[1]
        #expect(housing.name == "Wonen en ruimtelijke ordening")
        #expect(housing.krediet == 250_000)
        #expect(housing.statusCounts == ["vertraagd": 1])
        let unclassified = gent.domains[2]
        #expect(unclassified.name == "onbekend")
        #expect(unclassified.itemsPerLevel == [.beleidsdoelstelling: 1, .actieplan: 1, .actie: 1])
        #expect(unclassified.statusCounts == ["": 1])

        // Without a population there is no per-inhabitant figure, rather than a made-up one.
        #expect(comparison.city("brugge")?.domains.first?.kredietPerInhabitant == nil)
        #expect(comparison.city("brugge")?.domains.first?.krediet == 1_500_000)
    }

    @Test func oneYearOnly() throws {
        let comparison = CityComparison(plans: [try gent()], year: 2027)
        // Only the exploitatie krediet of 2027: 500 000 in 02, nothing in 06.
        #expect(comparison.cities.first?.domains.map(\.krediet) == [500_000, 0, 0])
    }
}
