import Testing
import Tabular
import CijfersDomain
@testable import CijfersImport

@Suite("Indicator sheets")
struct IndicatorSheetReaderTests {
    func read(_ path: String) throws -> (patches: [Located<IndicatorPatch>], problems: ProblemCollector) {
        let (reader, header) = try ImportFixtures.open(path)
        let problems = ProblemCollector()
        return (try IndicatorSheetReader.read(reader, header: header, problems: problems), problems)
    }

    func patch(_ code: String, in patches: [Located<IndicatorPatch>]) throws -> IndicatorPatch {
        try #require(patches.first { $0.value.code == code }).value
    }

    @Test("Fluvius Indicators.xlsx: 13 indicators, in sheet order")
    func realSheet() throws {
        let (patches, problems) = try read(ImportFixtures.data("fluvius/Indicators.xlsx"))
        #expect(problems.isEmpty, "\(problems.report())")
        #expect(patches.count == 13)
        #expect(patches.first?.value.code == "v2506_elek_nietres_cons")
        #expect(patches.last?.value.code == "vp2506_gas_nietres_n")
        #expect(patches.first?.location == TabularLocation(file: "Indicators.xlsx", sheet: "Indicators", row: 2, column: "A"))
        #expect(patches.filter { $0.value.formula != nil }.count == 4)
    }

    @Test("A stored indicator: its fields, empty cells left nil")
    func storedIndicator() throws {
        let (patches, _) = try read(ImportFixtures.data("fluvius/Indicators.xlsx"))
        let consumption = try patch("v2506_elek_nietres_cons", in: patches)
        #expect(consumption.name == "Consumptie elektriciteit niet-residentieel")
        #expect(consumption.description == nil)
        #expect(consumption.unit == "kwh")
        #expect(consumption.source == "fluvius_opendata")
        #expect(consumption.aggregationCode == nil)
        #expect(consumption.formula == nil)
        #expect(consumption.dataType == .numeric)
        #expect(consumption.periodType == "Pending")
        #expect(consumption.note == "IP")
        #expect(consumption.roundOff?.step == 1)
        #expect(consumption.thresholdValue == nil)
        #expect(consumption.visible == nil)
    }

    @Test("A formula indicator: the formula is the cached value of the Excel formula in the cell")
    func formulaIndicator() throws {
        let (patches, _) = try read(ImportFixtures.data("fluvius/Indicators.xlsx"))
        let ratio = try patch("vp2506_elek_nietres_n", in: patches)
        #expect(ratio.formula == "v2506_elek_nietres_cons/v2506_elek_nietres_n")
        #expect(ratio.aggregationCode == "v2506_elek_nietres_n")
        #expect(ratio.dataType == .percentageMean)
        #expect(ratio.roundOff?.step == 0.1)
        #expect(ratio.name == "Consumptie elektriciteit per niet-residentiële klant")
        let indicator = ratio.applied(to: nil)
        #expect(indicator.isFormula)
        #expect(indicator.thresholdBaseCode == "v2506_elek_nietres_n")
        #expect(try Formula(#require(indicator.formula)).codes == ["v2506_elek_nietres_cons", "v2506_elek_nietres_n"])
        #expect(try patch("vp2506_gas_res_n", in: patches).formula == "v2506_gas_res_cons/v2506_gas_res_n")
    }

    @Test("A patch makes a new indicator, or changes only the fields it has")
    func applied() {
        var patch = IndicatorPatch(code: "v_pop")
        #expect(patch.applied(to: nil) == Indicator(code: "v_pop", name: "v_pop"))
        patch.unit = "inwoners"
        patch.thresholdValue = 5
        patch.visible = false
        let existing = Indicator(code: "v_pop", name: "Bevolking", unit: "personen", source: "Statbel", formula: "a+b")
        let updated = patch.applied(to: existing)
        #expect(updated.name == "Bevolking")
        #expect(updated.source == "Statbel")
        #expect(updated.formula == "a+b")
        #expect(updated.unit == "inwoners")
        #expect(updated.thresholdValue == 5)
        #expect(updated.visible == false)
    }

    @Test("Values in Dutch spelling and a formula with its leading '='")
    func dutchValues() throws {
        let path = try ImportFixtures.csv("""
            Indicator code;Naam;Formule;Drempelwaarde;Drempelindicator;Afronding;Zichtbaar;Thema;Data type
            v_share;Aandeel;=v_a/v_b*100;1,5;v_b;0,1;nee;energie;Percentage (sum)
            v_a;A;;;;;ja;;
            """, named: "indicatoren.csv")
        let (patches, problems) = try read(path)
        #expect(problems.isEmpty, "\(problems.report())")
        let share = try patch("v_share", in: patches)
        #expect(share.name == "Aandeel")
        #expect(share.formula == "v_a/v_b*100")
        #expect(share.thresholdValue == 1.5)
        #expect(share.thresholdCode == "v_b")
        #expect(share.roundOff?.step == 0.1)
        #expect(share.visible == false)
        #expect(share.themeCode == "energie")
        #expect(share.dataType == .percentageSum)
        #expect(try patch("v_a", in: patches).visible == true)
    }

    @Test("Each bad value is a problem where it stands, naming the value", arguments: [
        ("v_x;=a/;;;", ProblemKind.invalidValue, "B", "a/"),
        ("v_x;;veel;;", .nonNumeric, "C", "veel"),
        ("v_x;;nan;;", .nonNumeric, "C", "nan"),
        ("v_x;;;0;", .nonNumeric, "D", "'0'"),
        ("v_x;;;-1;", .nonNumeric, "D", "'-1'"),
        ("v_x;;;;misschien", .invalidValue, "E", "misschien"),
        ("v x;;;;", .invalidValue, "A", "'v x'"),
        ("\(String(repeating: "v", count: 51));;;;", .invalidValue, "A", "50"),
    ])
    func badValues(row: String, kind: ProblemKind, column: String, named: String) throws {
        let path = try ImportFixtures.csv("Indicator code;Formula;Threshold value;RoundOff;Visible\n\(row)\n",
                                          named: "fout.csv")
        let (_, problems) = try read(path)
        let problem = try #require(problems.problems.first)
        #expect(problems.totalProblems == 1)
        #expect(problem.kind == kind)
        #expect(problem.location == TabularLocation(file: "fout.csv", row: 2, column: column))
        #expect(problem.reason.contains(named), "\(problem.reason)")
    }

    @Test("A code given twice: the second row is a problem naming the first")
    func duplicateCode() throws {
        let path = try ImportFixtures.csv("Indicator code;Name\nv_a;A\nv_b;B\nv_a;A2\n", named: "dubbel.csv")
        let (patches, problems) = try read(path)
        #expect(patches.map(\.value.code) == ["v_a", "v_b"])
        let problem = try #require(problems.problems.first)
        #expect(problem.kind == .duplicateKey)
        #expect(problem.location == TabularLocation(file: "dubbel.csv", row: 4, column: "A"))
        #expect(problem.reason.contains("'v_a'"))
        #expect(problem.reason.contains("rij 2"))
    }

    @Test("Without a code column nothing is read; a row without a code is skipped with a notice")
    func missingCodes() throws {
        let (none, noColumn) = try read(try ImportFixtures.csv("Name;Unit\nA;kwh\n", named: "geen.csv"))
        #expect(none.isEmpty)
        #expect(noColumn.problems.first?.kind == .missingColumn)
        #expect(noColumn.problems.first?.reason.contains("Indicator code") == true)

        let (patches, problems) = try read(try ImportFixtures.csv("Indicator code;Name\n;Nameless\nv_a;A\n", named: "leeg.csv"))
        #expect(patches.map(\.value.code) == ["v_a"])
        #expect(problems.isEmpty)
        #expect(problems.notices.first?.location == TabularLocation(file: "leeg.csv", row: 2, column: "A"))
    }
}
