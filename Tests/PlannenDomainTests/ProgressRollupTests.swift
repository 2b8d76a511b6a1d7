import PlannenDomain
import Testing

/// The roll-up of progress through the tree, with hand-worked cases.
@Suite("Progress roll-up")
struct ProgressRollupTests {
    /// BD1
    /// ├ AP1: AC1 40 % (weight 1), AC2 80 % (weight 2), AC3 stopgezet at 90 %, AC4 gestart without progress
    /// └ AP2: AC5 gerealiseerd (default 100), AC6 niet gestart (default 0) with weight 3
    func items(ap2Override: Double? = nil) -> [PlanItem] {
        [
            item(.beleidsdoelstelling, "BD1"),
            item(.actieplan, "AP1", under: "BD1"),
            item(.actie, "AC1", under: "AP1", status: "op-schema", progress: 40),
            item(.actie, "AC2", under: "AP1", status: "op-schema", progress: 80, weight: 2),
            item(.actie, "AC3", under: "AP1", status: "stopgezet", progress: 90),
            item(.actie, "AC4", under: "AP1", status: "gestart"),
            item(.actieplan, "AP2", under: "BD1", progress: ap2Override),
            item(.actie, "AC5", under: "AP2", status: "gerealiseerd"),
            item(.actie, "AC6", under: "AP2", status: "niet-gestart", weight: 3),
        ]
    }

    @Test func aParentIsTheWeightedAverageOfItsCountedChildren() throws {
        let rollup = ProgressRollup(tree: try PlanTree(items: items()))
        let ap1 = try #require(rollup["AP1"])
        // (40 × 1 + 80 × 2) ÷ (1 + 2) = 200 ÷ 3 = 66,67; AC3 (stopped) and AC4 (no progress) do not drag it down.
        #expect(abs((ap1.value ?? 0) - 200.0 / 3.0) < 1e-9)
        #expect(ap1.source == .children)
        #expect(ap1.explanation.dutch ==
                "(40 × 1 + 80 × 2) ÷ 3 = 66,7 %; niet meegeteld: AC3 (telt niet mee: stopgezet), AC4 (geen voortgang bekend)")
        #expect(ap1.explanation.english ==
                "(40 × 1 + 80 × 2) ÷ 3 = 66.7 %; left out: AC3 (not counted: stopgezet), AC4 (no progress known)")
        #expect(ap1.terms.map(\.code) == ["AC1", "AC2", "AC3", "AC4"])
        #expect(ap1.terms.map(\.isIncluded) == [true, true, false, false])
        #expect(ap1.terms[2].exclusion == .stopped("stopgezet"))
        #expect(ap1.terms[2].progress == 90)

        // Status defaults: gerealiseerd 100, niet gestart 0 → (100 × 1 + 0 × 3) ÷ 4 = 25.
        let ap2 = try #require(rollup["AP2"])
        #expect(ap2.value == 25)
        #expect(ap2.explanation.dutch == "(100 × 1 + 0 × 3) ÷ 4 = 25 %")
        #expect(rollup["AC5"]?.source == .statusDefault("gerealiseerd"))
        #expect(rollup["AC5"]?.explanation.dutch == "status gerealiseerd: 100 %")

        // One level up: (66,67 × 1 + 25 × 1) ÷ 2 = 45,83.
        let bd1 = try #require(rollup["BD1"])
        #expect(abs((bd1.value ?? 0) - (200.0 / 3.0 + 25) / 2) < 1e-9)
        #expect(bd1.explanation.dutch == "(66,7 × 1 + 25 × 1) ÷ 2 = 45,8 %")
    }

    @Test func aLeafUsesItsOwnProgressBeforeItsStatusDefault() throws {
        let rollup = ProgressRollup(tree: try PlanTree(items: items()))
        // AC1 reported 40 %; its status op schema has no default anyway.
        #expect(rollup["AC1"]?.value == 40)
        #expect(rollup["AC1"]?.source == .reported)
        // AC4 is gestart without a number: no default in the standard catalogue, so nothing is known.
        #expect(rollup["AC4"]?.value == nil)
        #expect(rollup["AC4"]?.source == .unknown)
        // A gerealiseerd action with a reported 90 % keeps the reported number.
        let reported = ProgressRollup(tree: try PlanTree(items: [
            item(.beleidsdoelstelling, "BD1"), item(.actieplan, "AP1", under: "BD1"),
            item(.actie, "AC1", under: "AP1", status: "gerealiseerd", progress: 90),
        ]))
        #expect(reported["AC1"]?.value == 90)
        #expect(reported["AP1"]?.value == 90)
    }

    @Test func aManualOverrideWinsAndKeepsTheCalculation() throws {
        let rollup = ProgressRollup(tree: try PlanTree(items: items(ap2Override: 50)))
        let ap2 = try #require(rollup["AP2"])
        #expect(ap2.value == 50)
        #expect(ap2.isOverride)
        #expect(ap2.calculated == 25)
        #expect(ap2.explanation.dutch == "handmatig ingesteld: 50 % (berekend: (100 × 1 + 0 × 3) ÷ 4 = 25 %)")
        // The parent counts the override: (66,67 + 50) ÷ 2 = 58,33.
        #expect(abs((rollup["BD1"]?.value ?? 0) - (200.0 / 3.0 + 50) / 2) < 1e-9)
    }

    @Test func parentsWithoutCountedChildren() throws {
        let rollup = ProgressRollup(tree: try PlanTree(items: [
            item(.beleidsdoelstelling, "BD1"),
            // Only a stopped action: nothing to average, no status of its own → unknown, left out of BD1.
            item(.actieplan, "AP1", under: "BD1"),
            item(.actie, "AC1", under: "AP1", status: "stopgezet", progress: 10),
            // Only an action without progress, but the actieplan itself is gerealiseerd → its default 100.
            item(.actieplan, "AP2", under: "BD1", status: "gerealiseerd"),
            item(.actie, "AC2", under: "AP2", status: "uitgesteld"),
            // A stopped actieplan at 70 % computed from its children: shown, but left out of BD1.
            item(.actieplan, "AP3", under: "BD1", status: "stopgezet"),
            item(.actie, "AC3", under: "AP3", progress: 70),
            // An unknown status code has no default, so the action is left out.
            item(.actieplan, "AP4", under: "BD1"),
            item(.actie, "AC4", under: "AP4", status: "in-opmaak"),
            item(.actie, "AC5", under: "AP4", progress: 30, weight: 0.5),
        ]))
        #expect(rollup["AP1"]?.value == nil)
        #expect(rollup["AP1"]?.explanation.dutch == "geen onderliggende met voortgang; geen voortgang bekend")
        #expect(rollup["AP2"]?.value == 100)
        #expect(rollup["AP2"]?.source == .statusDefault("gerealiseerd"))
        #expect(rollup["AP3"]?.value == 70)
        #expect(rollup["AP3"]?.countsInParent == false)
        // AP4: only AC5 counts: (30 × 0,5) ÷ 0,5 = 30.
        #expect(rollup["AP4"]?.explanation.dutch == "(30 × 0,5) ÷ 0,5 = 30 %; niet meegeteld: AC4 (geen voortgang bekend)")
        // BD1 counts AP2 (100) and AP4 (30) only: (100 × 1 + 30 × 1) ÷ 2 = 65.
        #expect(rollup["BD1"]?.value == 65)
        #expect(rollup["BD1"]?.terms.map(\.isIncluded) == [false, true, false, true])
    }

    @Test func aCatalogueWithAStartedDefaultChangesTheResult() throws {
        // A city that counts "gestart" as 10 %: AC4 now counts → (40 × 1 + 80 × 2 + 10 × 1) ÷ 4 = 52,5.
        var statuses = StatusCatalogue.standard.statuses
        if let index = statuses.firstIndex(where: { $0.code == "gestart" }) {
            statuses[index] = PlanStatus(code: "gestart", dutchLabel: "Gestart", englishLabel: "Started", defaultProgress: 10)
        }
        let rollup = ProgressRollup(tree: try PlanTree(items: items()), statuses: StatusCatalogue(statuses: statuses))
        #expect(rollup["AP1"]?.value == 52.5)
    }

    @Test func theWholeTreeRollsUpInOnePass() throws {
        // 20 beleidsdoelstellingen × 10 actieplannen × 25 acties = 5 000 acties, every action at 50 % except the
        // first of each actieplan at 100 % with weight 3: each actieplan = (100 × 3 + 50 × 24) ÷ 27 = 55,56.
        var items: [PlanItem] = []
        for g in 1...20 {
            items.append(item(.beleidsdoelstelling, "BD\(g)"))
            for p in 1...10 {
                items.append(item(.actieplan, "AP\(g).\(p)", under: "BD\(g)"))
                for a in 1...25 {
                    items.append(item(.actie, "AC\(g).\(p).\(a)", under: "AP\(g).\(p)",
                                      progress: a == 1 ? 100 : 50, weight: a == 1 ? 3 : nil))
                }
            }
        }
        let tree = try PlanTree(items: items)
        let clock = ContinuousClock()
        var rollup: ProgressRollup?
        let elapsed = clock.measure { rollup = ProgressRollup(tree: tree) }
        #expect(rollup?.results.count == 5_220)
        #expect(abs((rollup?["BD7"]?.value ?? 0) - 1500.0 / 27.0) < 1e-9)
        #expect(elapsed < .seconds(2))
    }

    @Test func statusesAreFoundByCodeOrLabel() {
        let catalogue = StatusCatalogue.standard
        #expect(catalogue.status("Op schema")?.code == "op-schema")
        #expect(catalogue.status(" OP-SCHEMA ")?.code == "op-schema")
        #expect(catalogue.status("on schedule")?.code == "op-schema")
        #expect(catalogue.status("niet   gestart")?.defaultProgress == 0)
        #expect(catalogue.status("Gerealiseerd")?.defaultProgress == 100)
        #expect(catalogue.status("stopgezet")?.countsInProgress == false)
        #expect(catalogue.status("vertraagd")?.defaultProgress == nil)
        #expect(catalogue.status("afgewerkt") == nil)
        #expect(catalogue.status("") == nil)
    }
}
