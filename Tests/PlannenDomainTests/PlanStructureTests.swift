import PlannenDomain
import Testing

/// Levels, dates and codes as read from CSV cells, and the rules that make items a tree.
@Suite("Plan structure")
struct PlanStructureTests {
    @Test func levelsAreReadFromDutchAndEnglishLabels() {
        #expect(PlanLevel.parse("  Beleidsdoelstelling ") == .beleidsdoelstelling)
        #expect(PlanLevel.parse("STRATEGISCHE   doelstelling") == .strategischeDoelstelling)
        #expect(PlanLevel.parse("Action plan") == .actieplan)
        #expect(PlanLevel.parse("actie") == .actie)
        #expect(PlanLevel.parse("AP") == .actieplan)
        #expect(PlanLevel.parse("doelstelling") == nil)
        #expect(PlanLevel.parse("") == nil)
    }

    @Test func datesAreReadInThreeFormsAndChecked() {
        #expect(PlanDate.parse("2026-03-01")?.iso == "2026-03-01")
        #expect(PlanDate.parse("01-03-2026")?.iso == "2026-03-01")
        #expect(PlanDate.parse("1/3/2026")?.iso == "2026-03-01")
        // 2028 is a leap year, 2027 is not, and 1900 was not (divisible by 100, not by 400).
        #expect(PlanDate.parse("29/02/2028") != nil)
        #expect(PlanDate.parse("29/02/2027") == nil)
        #expect(PlanDate.parse("1900-02-29") == nil)
        #expect(PlanDate.parse("2000-02-29") != nil)
        #expect(PlanDate.parse("31-04-2026") == nil)
        #expect(PlanDate.parse("2026/03/01") == nil)
        #expect(PlanDate.parse("03-2026") == nil)
        #expect(PlanDate.parse("morgen") == nil)
        if let early = day("2026-01-31"), let late = day("2026-02-01") { #expect(early < late) }
    }

    @Test func codesSortWithNumbersAsNumbers() {
        let codes = ["AP10", "AP2", "AP1", "BD000012", "BD000007", "2WWS0102", "2WWS0101", "AP02"]
        // AP02 and AP2 are the same number; the plain text order puts "AP02" first.
        #expect(codes.sorted(by: CodeOrder.precedes) ==
                ["2WWS0101", "2WWS0102", "AP1", "AP02", "AP2", "AP10", "BD000007", "BD000012"])
    }

    @Test func aValidPlanIsKeptInTreeOrder() throws {
        // Given out of order; the tree is depth-first with children by code.
        let tree = try PlanTree(items: [
            item(.actie, "AC2", under: "AP1"), item(.actieplan, "AP1", under: "BD1"),
            item(.beleidsdoelstelling, "BD2", under: "SD1"), item(.actie, "AC10", under: "AP1"),
            item(.strategischeDoelstelling, "SD1"), item(.beleidsdoelstelling, "BD1", under: "SD1"),
            item(.beleidsdoelstelling, "BD3"),
        ])
        #expect(tree.items.map(\.code) == ["BD3", "SD1", "BD1", "AP1", "AC2", "AC10", "BD2"])
        #expect(tree.rootCodes == ["BD3", "SD1"])
        #expect(tree.children(of: "AP1").map(\.code) == ["AC2", "AC10"])
        #expect(tree.ancestors(of: "AC10").map(\.code) == ["AP1", "BD1", "SD1"])
        #expect(tree.descendants(of: "SD1").map(\.code) == ["BD1", "AP1", "AC2", "AC10", "BD2"])
        #expect(tree.depth(of: "AC2") == 3)
        #expect(tree.parent(of: "BD3") == nil)
    }

    @Test func everyTreeProblemIsReported() {
        let problems = PlanTree.problems(in: [
            item(.beleidsdoelstelling, "BD1"),
            item(.actieplan, "AP1", under: "BD1"),
            item(.actie, "AC1", under: "BD1"),          // skips the actieplan level
            item(.actieplan, "AP1", under: "BD1"),      // duplicate
            item(.actie, "AC2", under: "AP9"),          // unknown parent
            item(.actieplan, "AP2"),                    // an actieplan cannot stand at the top
            item(.beleidsdoelstelling, "BD2", under: "AP1"),
            item(.actieplan, "X1", under: "X2"),        // X1 ↔ X2 form a cycle
            item(.actieplan, "X2", under: "X1"),
        ]).map(\.description)
        #expect(problems == [
            "AC1: een actie hoort onder een actieplan, niet onder een beleidsdoelstelling",
            "AP1: code 'AP1' komt meer dan eens voor",
            "AC2: oudercode 'AP9' bestaat niet in dit plan",
            "AP2: een actieplan kan niet bovenaan staan; geef een oudercode",
            "BD2: een beleidsdoelstelling hoort onder een strategische doelstelling, niet onder een actieplan",
            "X1: een actieplan hoort onder een beleidsdoelstelling, niet onder een actieplan",
            "X2: een actieplan hoort onder een beleidsdoelstelling, niet onder een actieplan",
            "X1: kring in de ouders: X1 → X2 → X1",
        ])
    }

    @Test func aSelfParentIsACycleAndTheTreeRefusesIt() {
        #expect(throws: PlanTreeError.self) { try PlanTree(items: [item(.beleidsdoelstelling, "BD1", under: "BD1")]) }
        #expect(PlanTree.problems(in: [item(.beleidsdoelstelling, "BD1", under: "BD1")]).last?.kind == .cycle(["BD1"]))
    }

    @Test func itemTextIsTrimmedAndEmptyOptionalsAreNil() {
        let trimmed = PlanItem(level: .actie, code: " AC1 ", parentCode: " ", title: " Fietsstraat ",
                               verantwoordelijke: "  ", dienst: " Mobiliteit")
        #expect(trimmed.code == "AC1")
        #expect(trimmed.parentCode == nil)
        #expect(trimmed.title == "Fietsstraat")
        #expect(trimmed.verantwoordelijke == nil)
        #expect(trimmed.dienst == "Mobiliteit")
        #expect(trimmed.effectiveWeight == 1)
    }
}
