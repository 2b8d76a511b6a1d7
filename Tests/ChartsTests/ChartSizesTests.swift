import Foundation
import Testing

@testable import Charts

/// A chart with text is drawn for a roomy frame and for a phone, so its text never has to shrink under 12 px.
@Suite struct ChartSizesTests {
    typealias T = TestSupport

    /// Every x position in the drawing: nothing may start beyond the drawing's own width.
    func xs(_ svg: SVG) -> [Double] {
        T.matches(of: #" (?:x|cx|x1|x2)="(-?[0-9.]+)""#, in: svg.markup).compactMap(Double.init)
    }

    func width(_ svg: SVG) -> Double? {
        T.matches(of: #"viewBox="0 0 ([0-9.]+) "#, in: svg.markup).first.flatMap(Double.init)
    }

    @Test func aBarChartComesAtTwoWidthsWithIdsOfTheirOwn() {
        // setup
        var chart = BarChart(
            id: "staaf", title: "Verbruik", description: "d",
            bars: ["Sint-Denijs-Westrem - Afsnee", "Gent", "Mariakerke"].enumerated().map {
                BarChart.Bar(label: $0.element, value: Double($0.offset + 1) * 1_234.5)
            } + [BarChart.Bar(label: "Oostakker", value: nil, mark: "x")],
            unit: "kWh", decimals: 1, reference: (label: "Vlaanderen", value: 2_000), width: 640)
        chart.focusable = true
        chart.words = ChartWords(
            legend: "Legend", noData: "no data", suppressed: "confidential", notApplicable: "not applicable", area: "area",
            areas: "areas", median: "median", noScore: "no score", level: "level", between: "between {0} and {1}")
        // act
        let sized = chart.renderSized()
        // check
        #expect(width(sized.wide) == ChartSizes.wide)
        #expect(width(sized.narrow) == ChartSizes.narrow)
        T.expectSafeAndAccessible(sized.wide, id: "staaf")
        T.expectSafeAndAccessible(sized.narrow, id: "staaf-smal")
        for svg in [sized.wide, sized.narrow] {
            #expect(T.occurrences(of: #"tabindex="0""#, in: svg.markup) == 1)
            #expect(xs(svg).allSatisfy { $0 <= (width(svg) ?? 0) })
        }
        #expect(sized.markup.hasPrefix(#"<div class="chart-sizes"><div class="chart-wide"><svg "#))
        #expect(sized.markup.contains(#"</svg></div><div class="chart-narrow"><svg "#))
        // Both drawings keep the page's words (the meaning of the mark 'x' in the tooltip).
        #expect(sized.wide.markup.contains("<title>Oostakker: x (confidential)</title>"))
        #expect(sized.narrow.markup.contains("<title>Oostakker: x (confidential)</title>"))
        // A long name is shortened on the phone, with the whole name in its tooltip.
        #expect(sized.narrow.markup.contains("<title>Sint-Denijs-Westrem - Afsnee</title>"))
    }

    @Test func aLineChartOnAPhoneGrowsForItsLegendRows() {
        // setup: thirteen cities, as in the evolution report
        let cities = ["Aalst", "Antwerpen", "Brugge", "Genk", "Gent", "Hasselt", "Kortrijk", "Leuven", "Mechelen",
                      "Oostende", "Roeselare", "Sint-Niklaas", "Turnhout"]
        let chart = LineChart(
            id: "evolutie", title: "t", description: "d", periods: ["2020", "2021", "2022"],
            series: cities.enumerated().map { index, name in
                LineChart.Series(name: name, points: [("2020", Double(index)), ("2021", Double(index) + 1), ("2022", nil)])
            },
            unit: "kWh", decimals: 0)
        // act
        let wide = chart.resized(width: ChartSizes.wide, idSuffix: "")
        let narrow = chart.resized(width: ChartSizes.narrow, idSuffix: "smal")
        // check: the extra legend rows are added, so the plot keeps at least 200 units
        #expect(narrow.legendRows(width: ChartSizes.narrow) > wide.legendRows(width: ChartSizes.wide))
        #expect(narrow.height >= 200 + Double(narrow.legendRows(width: 300) - wide.legendRows(width: 600)) * 20)
        let svg = narrow.render()
        T.expectSafeAndAccessible(svg, id: "evolutie-smal")
        #expect(xs(svg).allSatisfy { $0 <= ChartSizes.narrow })
    }

    @Test func aMaturityProfileOnAPhoneWrapsItsLegendAndNarrowsItsNames() {
        // setup
        let chart = MaturityProfileChart(
            id: "profiel", title: "t", description: "d",
            rows: [.init(theme: "Klimaatstrategie en -beleid", score: 3, median: 2.5, groupMedian: 3)],
            levels: (1...5).map { ($0, "niveau \($0)") }, organisationLabel: "Hasselt",
            groupLabel: "Centrumsteden in Limburg")
        // act
        let narrow = chart.resized(width: ChartSizes.narrow, idSuffix: "smal")
        let svg = narrow.render()
        // check
        #expect(narrow.labelColumn == 135)
        #expect(narrow.top > chart.top, "the legend takes a second row")
        #expect(xs(svg).allSatisfy { $0 <= ChartSizes.narrow })
        T.expectSafeAndAccessible(svg, id: "profiel-smal")
        // The wide drawing is unchanged: names in a 300-unit column, the legend on one row.
        #expect(chart.labelColumn == 300)
        #expect(chart.legendPlaces.allSatisfy { $0.row == 0 })
    }

    @Test func aLocatorMapShowsTheAreaOnTopOfItsNeighboursWithoutText() {
        // setup
        let shapes = (0..<4).map { index in
            LocatorMap.Shape(geometry: T.square(lon: 4 + Double(index) * 0.1, lat: 51), highlighted: index == 1)
        }
        // act
        let svg = LocatorMap(id: "ligging", title: "Ligging van Gent", description: "Gent in het donkerblauw",
                             shapes: shapes).render()
        // check
        T.expectSafeAndAccessible(svg, id: "ligging")
        let fills = T.matches(of: #"<path d="[^"]*" fill="([^"]+)""#, in: svg.markup)
        #expect(fills == [LocatorMap.contextColor, LocatorMap.contextColor, LocatorMap.contextColor, LocatorMap.areaColor])
        #expect(!svg.markup.contains("<text"))
        #expect(!svg.markup.contains("<a "))
        #expect(!svg.markup.contains("tabindex"), "a page makes the small map a Tab stop only when it asks to")
    }
}
