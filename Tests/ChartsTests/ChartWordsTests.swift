@testable import Charts
import Testing

/// The charts write their words in the page's language: Dutch by default, the given words otherwise.
@Suite("Chart words")
struct ChartWordsTests {
    static let english = ChartWords(
        legend: "Legend", noData: "no data", suppressed: "confidential", notApplicable: "not applicable", area: "area",
        areas: "areas", median: "median", noScore: "no score", level: "level", between: "between {0} and {1}")

    static let bars = [
        BarChart.Bar(label: "Gent", value: 3), BarChart.Bar(label: "Leuven", value: nil, mark: "x"),
        BarChart.Bar(label: "Aalst", value: nil, mark: "-"),
    ]

    @Test func barTooltipsExplainMarksInTheGivenLanguage() {
        // setup
        var chart = BarChart(id: "b", title: "t", description: "d", bars: Self.bars, unit: "", decimals: 0)
        // act
        let dutch = chart.render().markup
        chart.words = Self.english
        let english = chart.render().markup
        // check
        #expect(dutch.contains("Leuven: x (geheim)") && dutch.contains("Aalst: geen gegevens"))
        #expect(english.contains("Leuven: x (confidential)") && english.contains("Aalst: no data"))
        #expect(!english.contains("geheim") && !english.contains("geen gegevens"))
    }

    @Test func wordsFillTheirPlaces() {
        #expect(Self.english.between(2, 3) == "between 2 and 3")
        #expect(ChartWords.dutch.between(2, 3) == "tussen 2 en 3")
        #expect(Self.english.count(1) == "1 area" && Self.english.count(12) == "12 areas")
        #expect(Self.english.label(.suppressed) == "confidential (x)")
        #expect(NoDataStyle.suppressed.label == "geheim (x)")
    }
}
