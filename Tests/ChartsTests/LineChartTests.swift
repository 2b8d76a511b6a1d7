import Foundation
import Testing

@testable import Charts

@Suite struct LineChartTests {
    typealias T = TestSupport
    let periods = ["2019", "2020", "2021", "2022", "2023"]

    @Test func gapsBreakTheLine() {
        let series = LineChart.Series(
            name: "Gent", points: [("2019", 1), ("2020", 2), ("2021", nil), ("2022", 4), ("2023", 5)])
        let chart = LineChart(
            id: "lijn", title: "t", description: "d", periods: periods, series: [series], unit: "%", decimals: 1)
        #expect(chart.segments(of: series).map { $0.map(\.index) } == [[0, 1], [3, 4]])
        let svg = chart.render()
        #expect(T.occurrences(of: "<polyline ", in: svg.markup) == 2)
        #expect(T.occurrences(of: "<circle ", in: svg.markup) == 4)
        #expect(!svg.markup.contains("2021: "))
        T.expectSafeAndAccessible(svg, id: "lijn")
    }

    @Test func isolatedPointsGetAMarkerOnly() {
        // 2020 is missing and 2022 is not listed at all: both are gaps.
        let series = LineChart.Series(name: "A", points: [("2019", 1), ("2021", 3), ("2023", 5), ("1999", 9)])
        let chart = LineChart(
            id: "l", title: "t", description: "d", periods: periods, series: [series], unit: "", decimals: 0)
        let svg = chart.render().markup
        #expect(T.occurrences(of: "<polyline ", in: svg) == 0)
        #expect(T.occurrences(of: "<circle ", in: svg) == 3)
        #expect(!svg.contains("1999"))
    }

    @Test func seriesDifferInColourMarkerAndDashAndHaveALegend() {
        let a = LineChart.Series(name: "Gent", points: periods.map { ($0, 10) })
        let b = LineChart.Series(name: "Vlaanderen", points: periods.map { ($0, 12.5) })
        let chart = LineChart(
            id: "l", title: "t", description: "d", periods: periods, series: [a, b], unit: "%", decimals: 1)
        let svg = chart.render()
        #expect(svg.markup.contains(#"class="legend""#))
        #expect(svg.markup.contains(">Vlaanderen</text>"))
        let strokes = T.matches(of: #"<polyline points="[^"]*" fill="none" stroke="([^"]+)""#, in: svg.markup)
        #expect(Set(strokes).count == 2)
        #expect(T.occurrences(of: "stroke-dasharray", in: svg.markup) >= 1)
        // Circles for the first series, squares for the second (plus one of each in the legend).
        #expect(T.occurrences(of: "<circle ", in: svg.markup) == 6)
        #expect(T.occurrences(of: #"<rect x="#, in: svg.markup) == 6)
        #expect(svg.markup.contains("<title>Vlaanderen, 2021: 12,5%</title>"))
        T.expectSafeAndAccessible(svg, id: "l")

        let single = LineChart(
            id: "l", title: "t", description: "d", periods: periods, series: [a], unit: "", decimals: 0)
        #expect(!single.render().markup.contains(#"class="legend""#))
    }

    @Test func sixSeriesAllLookDifferent() {
        let styles = (0..<6).map(LineChart.style)
        #expect(Set(styles.map(\.color)).count == 6)
        #expect(Set(styles.map { $0.dash ?? "" }).count == 6)
        #expect(Set(styles.map { "\($0.marker)" }).count == 6)
    }

    @Test func fourteenSeriesAllLookDifferentAndAreAllDrawn() {
        // The 13 centrumsteden and Vlaanderen: every series its own style, and each drawn with its legend entry.
        let styles = (0..<36).map(LineChart.style)
        #expect(Set(styles.map { "\($0.color) \($0.dash ?? "-") \($0.marker)" }).count == 36)
        for index in 0..<30 {
            // A series and the next one with the same colour differ in marker and dash.
            #expect(styles[index].color == styles[index + 6].color)
            #expect("\(styles[index].marker)" != "\(styles[index + 6].marker)")
            #expect(styles[index].dash != styles[index + 6].dash)
        }
        let periods = ["2020", "2021"]
        let series = (0..<14).map { LineChart.Series(name: "Reeks \($0)", points: [("2020", Double($0)), ("2021", Double($0) + 1)]) }
        let markup = LineChart(id: "veel", title: "t", description: "d", periods: periods, series: series, unit: "", decimals: 0)
            .render().markup
        for index in 0..<14 { #expect(markup.contains(">Reeks \(index)</text>")) }
        #expect(T.occurrences(of: "<polyline", in: markup) == 28)
    }

    @Test func axisTicksAreNiceAndFormattedInDutch() {
        let series = LineChart.Series(name: "A", points: [("2019", 1200), ("2020", 2950.5)])
        let svg = LineChart(
            id: "l", title: "t", description: "d", periods: ["2019", "2020"], series: [series], unit: "", decimals: 0
        )
        .render().markup
        #expect(svg.contains(">1.000</text>"))
        #expect(svg.contains(">3.000</text>"))
    }

    @Test func emptyChartIsStillValid() {
        let chart = LineChart(
            id: "l", title: "Leeg", description: "Geen reeksen", periods: [], series: [], unit: "", decimals: 0)
        T.expectSafeAndAccessible(chart.render(), id: "l")
    }

    @Test func crowdedPeriodLabelsAreThinned() {
        let many = (1990...2024).map(String.init)
        let series = LineChart.Series(name: "A", points: many.map { ($0, Double($0)! - 1990) })
        let svg = LineChart(
            id: "l", title: "t", description: "d", periods: many, series: [series], unit: "", decimals: 0, width: 320
        )
        .render().markup
        let shown = T.matches(of: ##"text-anchor="middle" fill="#1a1a1a">(\d{4})</text>"##, in: svg)
        #expect(shown.first == "1990")
        #expect(shown.count < many.count)
        #expect(shown.count >= 5)
    }

    // MARK: Nice ticks

    @Test(arguments: [
        (0.0, 97.0), (0, 1), (0.1, 0.93), (-13, 42), (1200, 2950.5), (5, 5), (0, 0), (-0.004, 0.017), (99, 101),
        (1e6, 3.7e6), (-50, -10),
    ])
    func fourToSixNiceTicks(range: (Double, Double)) {
        let ticks = NiceTicks.ticks(lower: range.0, upper: range.1)
        #expect((4...6).contains(ticks.count), "\(range): \(ticks)")
        #expect(ticks.first! <= min(range.0, range.1))
        #expect(ticks.last! >= max(range.0, range.1))
        let step = ticks[1] - ticks[0]
        let magnitude = pow(10, floor(log10(step)))
        let mantissa = (step / magnitude * 1000).rounded() / 1000
        #expect([1, 2, 2.5, 5, 10].contains(mantissa), "\(range): step \(step)")
    }

    @Test func knownTicks() {
        #expect(NiceTicks.ticks(lower: 0, upper: 97) == [0, 25, 50, 75, 100])
        #expect(NiceTicks.ticks(lower: -13, upper: 42) == [-20, 0, 20, 40, 60])
        #expect(NiceTicks.ticks(lower: 0.1, upper: 0.93) == [0, 0.25, 0.5, 0.75, 1])
        #expect(NiceTicks.decimals(forStep: 0.25) == 2)
        #expect(NiceTicks.decimals(forStep: 500) == 0)
    }
}
