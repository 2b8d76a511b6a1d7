import Testing

@testable import Charts

@Suite struct BarChartTests {
    typealias T = TestSupport

    let bars = [
        BarChart.Bar(label: "Aalst", value: 5),
        BarChart.Bar(label: "Brugge", value: nil, mark: "x"),
        BarChart.Bar(label: "Gent", value: 1234.5, highlighted: true),
        BarChart.Bar(label: "Hasselt", value: -3),
        BarChart.Bar(label: "Ieper", value: nil),
        BarChart.Bar(label: "Kortrijk", value: 5),
    ]

    /// Bar labels in the order they appear in the markup (negative value labels are end-anchored too).
    func labelOrder(_ svg: SVG) -> [String] {
        let names = Set(bars.map(\.label))
        return T.matches(
            of: ##"text-anchor="end" fill="#1a1a1a"(?: font-weight="bold")?>([^<]+)</text>"##, in: svg.markup
        )
        .filter(names.contains)
    }

    @Test func sortedDescendingWithMissingAtTheEnd() {
        let chart = BarChart(id: "staaf", title: "t", description: "d", bars: bars, unit: "", decimals: 1)
        let expected = ["Gent", "Aalst", "Kortrijk", "Hasselt", "Brugge", "Ieper"]
        #expect(chart.orderedBars.map(\.label) == expected)
        let svg = chart.render()
        #expect(labelOrder(svg) == expected)
        T.expectSafeAndAccessible(svg, id: "staaf")
    }

    @Test func unsortedKeepsTheGivenOrder() {
        let chart = BarChart(id: "b", title: "t", description: "d", bars: bars, unit: "", decimals: 1, sorted: false)
        #expect(chart.orderedBars.map(\.label) == bars.map(\.label))
        #expect(labelOrder(chart.render()) == bars.map(\.label))
    }

    @Test func missingValuesShowTheirMark() {
        let svg = BarChart(id: "b", title: "t", description: "d", bars: bars, unit: "", decimals: 1).render().markup
        #expect(svg.contains("<title>Brugge: x (geheim)</title>x</text>"))
        #expect(svg.contains("<title>Ieper: geen gegevens</title>-</text>"))
        // Only the four values get a bar.
        #expect(T.occurrences(of: "<rect ", in: svg) == 4)
    }

    @Test func dutchValueLabelsAndHighlight() {
        let svg = BarChart(id: "b", title: "t", description: "d", bars: bars, unit: "kWh", decimals: 1).render().markup
        #expect(svg.contains(">1.234,5\u{00A0}kWh</text>"))
        #expect(svg.contains("<title>Gent: 1.234,5\u{00A0}kWh</title>"))
        #expect(svg.contains(#"font-weight="bold">Gent</text>"#))
        #expect(svg.contains(#"fill="\#(BarChart.highlightColor)""#))
        // No link or Tab stop inside (the table beside it links to the areas); the page may make the chart one stop.
        #expect(!svg.contains("<a "))
        #expect(!svg.contains("tabindex"))
        var focusable = BarChart(id: "b", title: "t", description: "d", bars: bars, unit: "kWh", decimals: 1)
        focusable.focusable = true
        let stop = focusable.render().markup
        #expect(T.occurrences(of: "tabindex", in: stop) == 1)
        #expect(stop.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" id="b" class="bar-chart" role="img" aria-labelledby="b-title b-desc" tabindex="0""#))
    }

    @Test func negativeValuesGrowLeftOfTheAxis() {
        let chart = BarChart(
            id: "b", title: "t", description: "d",
            bars: [BarChart.Bar(label: "Plus", value: 10), BarChart.Bar(label: "Min", value: -10)], unit: "%",
            decimals: 0)
        let svg = chart.render().markup
        let xs = T.matches(of: #"<rect x="([-0-9.]+)""#, in: svg).compactMap(Double.init)
        let widths = T.matches(of: #"<rect x="[-0-9.]+" y="[-0-9.]+" width="([0-9.]+)""#, in: svg).compactMap(
            Double.init)
        #expect(xs.count == 2 && widths.count == 2)
        // Equal magnitudes: equal widths, the negative bar ending where the positive one starts.
        #expect(abs(widths[0] - widths[1]) < 0.02)
        #expect(abs(xs[1] + widths[1] - xs[0]) < 0.02)
        #expect(svg.contains(##"text-anchor="end" fill="#1a1a1a">-10%</text>"##))
    }

    @Test func referenceLine() {
        let chart = BarChart(
            id: "b", title: "t", description: "d", bars: bars, unit: "", decimals: 1,
            reference: (label: "Vlaanderen", value: 7.5))
        let svg = chart.render()
        #expect(svg.markup.contains(#"stroke-dasharray="4 3""#))
        #expect(svg.markup.contains(">Vlaanderen: 7,5</text>"))
        T.expectSafeAndAccessible(svg, id: "b")
    }

    @Test func heightGrowsWithBars() {
        func chart(_ count: Int) -> BarChart {
            BarChart(
                id: "b", title: "t", description: "d",
                bars: (0..<count).map { BarChart.Bar(label: "G\($0)", value: Double($0)) }, unit: "", decimals: 0)
        }
        #expect(chart(20).height - chart(10).height == 10 * BarChart.rowHeight)
        #expect(chart(10).render().markup.contains(#"height="\#(SVGMarkup.number(chart(10).height))""#))
        // No bars still gives a valid chart.
        T.expectSafeAndAccessible(chart(0).render(), id: "b")
    }

    @Test func longLabelsAreShortenedWithTheFullNameInATooltip() {
        let long = String(repeating: "Sint-Martens-Latem ", count: 5)
        let svg = BarChart(
            id: "b", title: "t", description: "d", bars: [BarChart.Bar(label: long, value: 1)], unit: "", decimals: 0,
            width: 300
        ).render().markup
        #expect(svg.contains("<title>\(long)</title>"))
        #expect(svg.contains("…</text>"))
    }

    @Test func escapedLabels() {
        let svg = BarChart(
            id: "b", title: "<Titel>", description: "a & b", bars: [BarChart.Bar(label: #"A<&>"'"#, value: 1)],
            unit: "",
            decimals: 0
        ).render()
        #expect(svg.markup.contains("A&lt;&amp;&gt;&quot;&apos;"))
        #expect(!svg.markup.contains("<Titel>"))
        T.expectSafeAndAccessible(svg, id: "b")
    }
}
