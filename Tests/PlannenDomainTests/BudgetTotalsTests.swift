import Foundation
import PlannenDomain
import Testing

/// Totals per item roll up through the tree; execution is rekening ÷ krediet for uitgaven.
@Suite("Budget totals")
struct BudgetTotalsTests {
    func totals() throws -> BudgetTotals {
        let tree = try PlanTree(items: [
            item(.beleidsdoelstelling, "BD1"), item(.actieplan, "AP1", under: "BD1"),
            item(.actie, "AC1", under: "AP1"), item(.actie, "AC2", under: "AP1"),
            item(.actieplan, "AP2", under: "BD1"), item(.actie, "AC3", under: "AP2"),
        ])
        return BudgetTotals(tree: tree, lines: [
            line("AC1", 2026, .investering, .uitgave, .krediet, "1000"),
            line("AC1", 2026, .investering, .uitgave, .rekening, "600"),
            line("AC1", 2026, .investering, .ontvangst, .krediet, "300"),
            line("AC2", 2026, .investering, .uitgave, .krediet, "500.50"),
            line("AC2", 2027, .exploitatie, .uitgave, .krediet, "200"),
            line("AC2", 2027, .exploitatie, .uitgave, .rekening, "0"),
            line("AC3", 2026, .exploitatie, .uitgave, .raming, "75.25"),
            line("AC9", 2026, .investering, .uitgave, .krediet, "99999"),   // not in the tree: left out
        ])
    }

    @Test func itemsAddUpEverythingBelowThem() throws {
        let totals = try totals()
        let credit2026 = BudgetFilter(year: 2026, richting: .uitgave, fase: .krediet)
        // AP1 in 2026: 1000 + 500,50 = 1500,50 krediet for uitgaven (the ontvangst does not count).
        #expect(totals.total(of: "AP1", credit2026) == Decimal(string: "1500.5"))
        #expect(totals.total(of: "AC1", credit2026) == 1000)
        // All kredieten for uitgaven of BD1 over all years: 1000 + 500,50 + 200 = 1700,50.
        #expect(totals.total(of: "BD1", BudgetFilter(richting: .uitgave, fase: .krediet)) == Decimal(string: "1700.5"))
        // Everything of AP2: only the raming of 75,25.
        #expect(totals.total(of: "AP2") == Decimal(string: "75.25"))
        #expect(totals.total(of: "BD1", BudgetFilter(soort: .investering, richting: .ontvangst)) == 300)
        #expect(totals.planTotal(BudgetFilter(fase: .krediet)) == Decimal(string: "2000.5"))
        #expect(totals.total(of: "AC9") == 0)
        #expect(totals.years == [2026, 2027])
        // Per year for AP1, kredieten for uitgaven: 2026 = 1000 + 500,50; 2027 = 200.
        #expect(totals.yearly(of: "AP1", BudgetFilter(richting: .uitgave, fase: .krediet))
                == [2026: Decimal(string: "1500.5") ?? 0, 2027: 200])
    }

    @Test func executionIsRekeningOverKrediet() throws {
        let totals = try totals()
        // AC1 2026: 600 ÷ 1000 = 60 %.
        #expect(totals.executionPercentage(of: "AC1", year: 2026) == 60)
        // AP1 2026 investeringen: 600 ÷ 1500,50 = 39,99 %.
        let ap1 = try #require(totals.executionPercentage(of: "AP1", year: 2026, soort: .investering))
        #expect(abs(ap1 - 600 / 1500.5 * 100) < 1e-9)
        // AC2 2027: krediet 200, rekening 0 → 0 %, which is not the same as unknown.
        #expect(totals.executionPercentage(of: "AC2", year: 2027) == 0)
        // No krediet: nothing can be said.
        #expect(totals.executionPercentage(of: "AC2", year: 2028) == nil)
        #expect(totals.executionPercentage(of: "AC3") == nil)
        // The whole plan: 600 ÷ 1700,50.
        let plan = try #require(totals.executionPercentage(of: nil))
        #expect(abs(plan - 600 / 1700.5 * 100) < 1e-9)
    }

    @Test func kindsAreReadInDutchAndEnglish() {
        #expect(BudgetSoort.parse(" Investeringen ") == .investering)
        #expect(BudgetSoort.parse("operating") == .exploitatie)
        #expect(BudgetRichting.parse("Uitgaven") == .uitgave)
        #expect(BudgetRichting.parse("revenue") == .ontvangst)
        #expect(BudgetFase.parse("Krediet") == .krediet)
        #expect(BudgetFase.parse("actual") == .rekening)
        #expect(BudgetSoort.parse("kapitaal") == nil)
    }
}
