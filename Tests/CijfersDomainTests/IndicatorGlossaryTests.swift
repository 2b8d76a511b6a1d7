import CijfersDomain
import Foundation
import Testing

@Suite("Indicator glossary and group statistic")
struct IndicatorGlossaryTests {
    static let glossary = IndicatorGlossary(
        sources: ["bron_x": .init(name: .init(nl: "Bron X, open data", en: "Source X, open data"), url: "https://example.org/x")],
        units: ["kwh": .init(nl: "kWh", en: "kWh"), "aantal": .init(nl: "aantal", en: "number")],
        remarks: ["IP": .init(meaning: .init(nl: "niet gekend", en: "not known"), known: false)],
        indicators: ["a": .init(correction: .init(nl: "eigenlijk b", en: "really b"), nextUpdate: nil)])

    @Test func unitsAreSpelledWhateverTheirCase() {
        #expect(Self.glossary.unit("kwh") == "kWh")
        #expect(Self.glossary.unit("KWH") == "kWh")
        #expect(Self.glossary.unit("aantal", english: true) == "number")
        // a unit it does not know is shown as written, never guessed
        #expect(Self.glossary.unit("m²") == "m²")
        #expect(Self.glossary.unit("  ") == "")
        #expect(Self.glossary.unit(" kwh\t") == "kWh")  // spaces around a code are not part of it
    }

    @Test func sourcesRemarksAndCorrections() {
        #expect(Self.glossary.source("bron_x").name == "Bron X, open data")
        #expect(Self.glossary.source("bron_x", english: true).url == "https://example.org/x")
        #expect(Self.glossary.source("Statbel, bewerking Stadsbeeld") == ("Statbel, bewerking Stadsbeeld", nil))
        #expect(Self.glossary.remark("IP")?.known == false)
        #expect(Self.glossary.remark("Voorlopig cijfer") == nil)
        #expect(Self.glossary.notes(for: "a")?.correction?.text(english: true) == "really b")
        #expect(Self.glossary.notes(for: "b") == nil)
    }

    @Test func theGroupStatisticFollowsTheAggregationRule() {
        #expect(GroupStatistic.of(Indicator(code: "n", name: "n", dataType: .numeric)) == .sum)
        #expect(GroupStatistic.of(Indicator(code: "p", name: "p", dataType: .percentageMean, aggregationCode: "n")) == .weightedMean)
        #expect(GroupStatistic.of(Indicator(code: "m", name: "m", dataType: .mean, aggregationCode: "n")) == .weightedMean)
        // a ratio without a weight is not aggregated: no group figure rather than an unweighted one
        #expect(GroupStatistic.of(Indicator(code: "q", name: "q", dataType: .percentageSum)) == .none)
        #expect(GroupStatistic.of(Indicator(code: "l", name: "l", dataType: .label)) == .none)
        #expect(GroupStatistic.of(Indicator(code: "f", name: "f", dataType: .mean, aggregationCode: "n", formula: "a / b")) == .formula)
    }
}
