import Foundation
import Testing

@testable import Charts

/// Confidence intervals in the charts: whiskers on bars, bands under lines (survey indicators, docs/cijfers.md).
@Suite struct SurveyChartTests {
    typealias T = TestSupport

    @Test func barsWithAnIntervalGetAWhiskerAndTheValueTextClearsIt() {
        let chart = BarChart(
            id: "staaf", title: "t", description: "d",
            bars: [
                BarChart.Bar(label: "Aalst", value: 42.3, interval: (39.1, 45.6)),
                BarChart.Bar(label: "Brugge", value: nil, mark: "x", interval: (1, 2)),
                BarChart.Bar(label: "Gent", value: 50),
            ],
            unit: "%", decimals: 1)
        let svg = chart.render()
        // one whisker: a bar without a value draws none, and neither does a bar without an interval
        #expect(T.occurrences(of: "class=\"interval\"", in: svg.markup) == 1)
        #expect(svg.markup.contains("<title>Aalst: 42,3% (39,1–45,6%)</title>"))
        T.expectSafeAndAccessible(svg, id: "staaf")
        // the scale reaches the upper bound, so the whisker stays inside the chart
        let right = T.matches(of: #"class="interval" d="M[0-9.]+ [0-9.]+H([0-9.]+)"#, in: svg.markup)
        #expect(right.count == 1)
        if let x = right.first.flatMap(Double.init) { #expect(x < chart.width) }
    }

    @Test func aBadIntervalIsNotDrawn() {
        let bar = BarChart.Bar(label: "A", value: 4, interval: (6, 2))
        #expect(bar.interval == nil)
        let infinite = BarChart.Bar(label: "A", value: 4, interval: (1, .infinity))
        #expect(infinite.interval == nil)
    }

    @Test func linesWithIntervalsGetABandPerRun() {
        let periods = ["2017", "2020", "2023"]
        let series = LineChart.Series(
            name: "Gent", points: [("2017", 60), ("2020", 62), ("2023", 58)],
            intervals: ["2017": (57, 63), "2020": (59, 65), "2023": (55, 61)])
        let gap = LineChart.Series(
            name: "Brugge", points: [("2017", 50), ("2020", nil), ("2023", 52)],
            intervals: ["2017": (47, 53), "2023": (49, 55)])
        let chart = LineChart(id: "lijn", title: "t", description: "d", periods: periods, series: [series, gap],
                              unit: "%", decimals: 1)
        #expect(chart.bands(of: series).map { $0.map(\.index) } == [[0, 1, 2]])
        // a gap breaks the band as it breaks the line: lone periods have their interval in the tooltip only
        #expect(chart.bands(of: gap).isEmpty)
        let svg = chart.render()
        #expect(T.occurrences(of: "class=\"band\"", in: svg.markup) == 1)
        #expect(svg.markup.contains("Gent, 2017: 60,0% (57,0–63,0%)"))
        #expect(svg.markup.contains("Brugge, 2023: 52,0% (49,0–55,0%)"))
        T.expectSafeAndAccessible(svg, id: "lijn")
    }
}
