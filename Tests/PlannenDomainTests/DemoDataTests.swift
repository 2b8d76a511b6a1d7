import Foundation
import PlannenDomain
import Testing

/// The shipped Voorbeeldstad files: the importer reads them without problems, and they are exactly what the
/// generator and the exporter produce. Set PLANNEN_WRITE_DEMO=1 to (re)write them from the generator.
@Suite("Voorbeeldstad demo data")
struct DemoDataTests {
    /// Sources/Plannen/Resources/demo, found from this file's place in Tests/PlannenDomainTests (following symbolic
    /// links, so a scratch package that links the test folder finds the repository's files).
    static let demoFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Plannen/Resources/demo")
    static let planFile = demoFolder.appendingPathComponent("voorbeeldstad-plan.csv")
    static let budgetFile = demoFolder.appendingPathComponent("voorbeeldstad-budget.csv")

    @Test(.enabled(if: ProcessInfo.processInfo.environment["PLANNEN_WRITE_DEMO"] == "1"))
    func writeTheDemoFiles() throws {
        let plan = try VoorbeeldstadDemo.plan()
        try Data(PlanCSVExporter.planText(plan).utf8).write(to: Self.planFile)
        try Data(PlanCSVExporter.budgetText(plan).utf8).write(to: Self.budgetFile)
    }

    @Test func theShippedFilesParseWithoutProblems() throws {
        let planText = try String(contentsOf: Self.planFile, encoding: .utf8)
        let budgetText = try String(contentsOf: Self.budgetFile, encoding: .utf8)
        let result = PlanCSVImporter.parse(
            plan: CSVFile(name: "voorbeeldstad-plan.csv", rows: PlanCSVRows.rows(planText)),
            budget: CSVFile(name: "voorbeeldstad-budget.csv", rows: PlanCSVRows.rows(budgetText)),
            planCode: PlannenDomain.demoPlanCode)
        #expect(problemTexts(result).isEmpty)
        let plan = try result.get()
        #expect(plan.tree.items(at: .strategischeDoelstelling).isEmpty)
        #expect(plan.tree.items(at: .beleidsdoelstelling).count == 10)
        #expect(plan.tree.items(at: .actieplan).count == 40)
        #expect(plan.tree.items(at: .actie).count == 150)
        // Every actie has exploitatie raming and krediet in each of the six years.
        let acties = Set(plan.tree.items(at: .actie).map(\.code))
        for fase in [BudgetFase.raming, .krediet] {
            let covered = Set(plan.budget.filter { $0.soort == .exploitatie && $0.fase == fase }.map { "\($0.actionCode) \($0.year)" })
            #expect(covered.count == 150 * 6)
        }
        #expect(Set(plan.budget.map(\.actionCode)) == acties)
        #expect(Set(plan.budget.filter { $0.fase == .rekening }.map(\.year)) == [2026, 2027])
        // Investments over six years between €0,3 and €1,1 billion.
        let totals = BudgetTotals(plan: plan)
        let investments = totals.planTotal(BudgetFilter(soort: .investering, richting: .uitgave, fase: .krediet))
        #expect(investments > 300_000_000 && investments < 1_100_000_000)
        // Every beleidsveld used is a well-formed code the catalogue knows.
        for code in Set(plan.items.compactMap(\.beleidsveld)) {
            #expect(BeleidsveldCatalogue.bbc2020.entry(code) != nil, "\(code)")
        }
        #expect(plan.items.contains { $0.prioritair })
        #expect(plan.items.contains { $0.weight != nil })
        #expect(Set(plan.items.compactMap(\.status)).count == 7)
    }

    @Test func theShippedFilesAreTheGeneratorsOutput() throws {
        let plan = try VoorbeeldstadDemo.plan()
        #expect(try VoorbeeldstadDemo.plan() == plan)
        #expect(try Data(contentsOf: Self.planFile) == Data(PlanCSVExporter.planText(plan).utf8))
        #expect(try Data(contentsOf: Self.budgetFile) == Data(PlanCSVExporter.budgetText(plan).utf8))
    }

    @Test func theDemoRollsUpAndCompares() throws {
        let city = try VoorbeeldstadDemo.cityPlan()
        let rollup = ProgressRollup(plan: city.plan)
        // The actieplan with a manual override shows it; every beleidsdoelstelling gets a value.
        #expect(rollup["AP0104"]?.isOverride == true)
        for goal in city.plan.tree.rootCodes {
            #expect(rollup[goal]?.value != nil, "\(goal)")
        }
        let comparison = CityComparison(plans: [city])
        #expect(comparison.cities.first?.domains.map(\.domein) == ["01", "02", "03", "04", "05", "06", "07", "08", "09"])
    }
}
