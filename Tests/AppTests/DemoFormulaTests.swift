@testable import Cijfers
import CijfersDomain
import Foundation
import Testing

/// Every formula indicator of the demo, checked against its definition: the inputs each formula reads are pinned
/// here, so a formula that changes its inputs (or a new one) must be looked at against its definition again.
@Suite("Demo formulas")
struct DemoFormulaTests {
    /// Code → the indicators its formula reads, as its definition says.
    static let pinned: [String: Set<String>] = [
        // share of households in electricity use: residential / (residential + non-residential)
        "sb_aandeel_elek_res": ["v2506_elek_res_cons", "v2506_elek_nietres_cons"],
        "sb_aandeel_gas_res": ["v2506_gas_res_cons", "v2506_gas_nietres_cons"],
        "sb_elek_res_evolutie": ["v2506_elek_res_cons"],
        // the source's injection counts every sector, so it is divided by every electricity customer
        "sb_injectie_per_aansluiting": ["v2506_elek_res_injectie", "v2506_elek_res_n", "v2506_elek_nietres_n"],
        "sb_energie_res_per_aansluiting": ["v2506_elek_res_cons", "v2506_gas_res_cons", "v2506_elek_res_n"],
    ]

    @Test func everyDemoFormulaReadsWhatItsDefinitionSays() throws {
        let text = try String(contentsOfFile: Fixtures.demo("stadsbeeld_indicatoren.csv"), encoding: .utf8)
        var lines = text.split(separator: "\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let header = lines.removeFirst()
        let code = try #require(header.firstIndex(of: "Indicator code"))
        let formula = try #require(header.firstIndex(of: "Formula"))
        var found: [String: Set<String>] = [:]
        for line in lines where line.count > formula && !line[formula].isEmpty {
            found[line[code]] = try Formula(line[formula]).codes
        }
        #expect(found == Self.pinned)
    }

    @Test func theInjectionIsDividedByEveryCustomer() throws {
        // 300 kWh injected by 20 residential and 10 non-residential customers: 10 kWh per customer, not 15
        let formula = try Formula("v2506_elek_res_injectie / (v2506_elek_res_n + v2506_elek_nietres_n)")
        #expect(formula.codes == Self.pinned["sb_injectie_per_aansluiting"])
        let values = ["v2506_elek_res_injectie": 300.0, "v2506_elek_res_n": 20, "v2506_elek_nietres_n": 10]
        let evaluator = IndicatorEvaluator(
            indicators: Dictionary(uniqueKeysWithValues: values.keys.map { ($0, Indicator(code: $0, name: $0)) })
                .merging(["x": Indicator(code: "x", name: "x", formula: formula.description)]) { a, _ in a },
            formulas: ["x": formula],
            stored: values.mapValues { [ObservationKey(area: 1, period: "2021"): .number($0)] })
        #expect(evaluator.raw("x", area: 1, period: "2021") == .number(10))
    }

    @Test func theGlossaryKnowsEveryCodeOfTheSourceSheet() {
        let glossary = IndicatorMetadata.glossary
        // the codes of Indicators.xlsx: units kwh and aantal, source fluvius_opendata, remark IP
        #expect(glossary.unit("kwh") == "kWh")
        #expect(glossary.unit("aantal", english: true) == "number")
        #expect(glossary.source("fluvius_opendata").url == "https://opendata.fluvius.be/")
        #expect(glossary.remark("IP")?.known == false)
        #expect(glossary.notes(for: "v2506_elek_res_injectie")?.correction != nil)
    }
}
