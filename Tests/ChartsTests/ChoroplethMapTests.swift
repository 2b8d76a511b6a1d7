import Foundation
import Testing

@testable import Charts

@Suite struct ChoroplethMapTests {
    typealias T = TestSupport

    /// Four squares in a row with values 10, 20, 30, 40, plus whatever `extra` brings.
    func features(_ extra: [MapFeature] = []) -> [MapFeature] {
        (0..<4).map { index in
            let value = Double(index + 1) * 10
            return MapFeature(
                id: "w\(index)", name: "Wijk \(index)", geometry: T.square(lon: 4 + Double(index) * 0.1, lat: 51),
                status: .value(value), label: DutchNumberFormat.string(value, decimals: 1, unit: "%"))
        } + extra
    }

    func map(_ features: [MapFeature], breaks: ClassBreaks? = nil, palette: Palette = .blues) -> ChoroplethMap {
        let values = features.compactMap(\.value)
        return ChoroplethMap(
            id: "kaart", title: "Aandeel", description: "Aandeel per wijk", features: features,
            breaks: breaks ?? Classifier.breaks(values, method: .equalIntervals, classes: 3), palette: palette,
            unit: "%", width: 400, height: 300)
    }

    @Test func wellFormednessCheckCatchesBrokenMarkup() {
        // Guards the guard: the XML check used throughout must be able to fail.
        #expect(!TestSupport.isWellFormed(SVG(markup: "<svg><title>a & b</title></svg>")))
        #expect(TestSupport.isWellFormed(SVG(markup: "<svg><title>a &amp; b</title></svg>")))
    }

    @Test func onePathPerFeatureWithGeometry() {
        let withoutGeometry = MapFeature(
            id: "leeg", name: "Zonder vorm", geometry: GeoGeometry(polygons: []), status: .value(5), label: "5")
        let svg = map(features([withoutGeometry])).render()
        #expect(T.occurrences(of: "<path ", in: svg.markup) == 4)
        #expect(!svg.markup.contains("Zonder vorm"))
        T.expectSafeAndAccessible(svg, id: "kaart")
    }

    @Test func tooltipsClassColoursAndOneTabStop() {
        let svg = map(features()).render().markup
        #expect(svg.contains("<title>Wijk 0: 10,0%</title>"))
        #expect(svg.contains("<title>Wijk 3: 40,0%</title>"))
        // However many areas, the map is one Tab stop with no links inside: the table beside it carries them.
        #expect(!svg.contains("<a "))
        var stop = map(features())
        stop.focusable = true
        #expect(T.occurrences(of: #"tabindex="0""#, in: stop.render().markup) == 1)
        #expect(!map(features()).legend().markup.contains("tabindex"))
        // Equal intervals 10–20–30–40: classes 0, 1, 2, 2 with the 3-colour Blues.
        let fills = T.matches(of: #"<path d="[^"]*" fill="([^"]+)""#, in: svg)
        #expect(fills == ["#deebf7", "#9ecae1", "#3182bd", "#3182bd"])
    }

    @Test func pathsAreCompactRelativeRings() {
        let svg = map(features()).render().markup
        let paths = T.matches(of: #"<path d="([^"]*)""#, in: svg)
        #expect(paths.count == 4)
        for data in paths {
            // One absolute move, relative steps, closed; at most one decimal per number.
            #expect(data.hasPrefix("M"))
            #expect(data.hasSuffix("z"))
            #expect(data.contains("l"))
            #expect(data.range(of: #"\.\d\d"#, options: .regularExpression) == nil)
        }
    }

    @Test func namesAndLabelsAreEscaped() {
        let tricky = MapFeature(
            id: "t", name: #"A<&>"'B"#, geometry: T.square(lon: 4, lat: 51.2), status: .value(15),
            label: "<b>15</b>")
        let svg = map(features([tricky])).render()
        #expect(svg.markup.contains("<title>A&lt;&amp;&gt;&quot;&apos;B: &lt;b&gt;15&lt;/b&gt;</title>"))
        #expect(!svg.markup.contains("<&>"))
        #expect(!svg.markup.contains("<b>"))
        T.expectSafeAndAccessible(svg, id: "kaart")
    }

    @Test func titleAndDescriptionAreEscapedAndIDsSanitised() {
        let svg = ChoroplethMap(
            id: "kaart 1<x>", title: "Energie & water <2024>", description: #"Bron: "VEA""#,
            features: features(), breaks: nil, palette: .viridis
        ).render().markup
        #expect(svg.contains(#"<title id="kaart-1-x--title">Energie &amp; water &lt;2024&gt;</title>"#))
        #expect(svg.contains(#"<desc id="kaart-1-x--desc">Bron: &quot;VEA&quot;</desc>"#))
    }

    @Test func scriptLinksAreRefused() {
        #expect(SVGMarkup.safeHref(" JavaScript:alert(1)") == nil)
        #expect(SVGMarkup.safeHref("https://example.be/x") == "https://example.be/x")
        #expect(SVGMarkup.safeHref("wijk/1?x=a:b") == "wijk/1?x=a:b")
        #expect(SVGMarkup.safeHref("data:text/html,hi") == nil)
    }

    @Test func patternsOnlyWhenPresent() {
        let plain = map(features()).render().markup
        #expect(!plain.contains("<defs>"))
        #expect(!plain.contains("<pattern"))

        let secret = MapFeature(
            id: "s", name: "Geheim", geometry: T.square(lon: 4, lat: 51.2), status: .suppressed, label: "x (geheim)")
        let withSecret = map(features([secret])).render().markup
        #expect(withSecret.contains(#"<pattern id="kaart-geheim""#))
        #expect(!withSecret.contains("kaart-geen-gegevens"))
        #expect(!withSecret.contains("kaart-nvt"))
        #expect(withSecret.contains(#"fill="url(#kaart-geheim)"><title>Geheim: x (geheim)</title>"#))

        let missing = MapFeature(
            id: "m", name: "Leeg", geometry: T.square(lon: 4.1, lat: 51.2), status: .noData, label: "geen gegevens")
        let notApplicable = MapFeature(
            id: "n", name: "Nvt", geometry: T.square(lon: 4.2, lat: 51.2), status: .notApplicable, label: "-")
        let all = map(features([secret, missing, notApplicable])).render()
        #expect(T.occurrences(of: "<pattern ", in: all.markup) == 3)
        #expect(all.markup.contains(#"fill="url(#kaart-geen-gegevens)""#))
        #expect(all.markup.contains(#"fill="url(#kaart-nvt)""#))
        T.expectSafeAndAccessible(all, id: "kaart")
    }

    @Test func missingValueWithoutGeometryAddsNoPattern() {
        let secretNowhere = MapFeature(
            id: "s", name: "Geheim", geometry: GeoGeometry(polygons: []), status: .suppressed, label: "x")
        let svg = map(features([secretNowhere])).render().markup
        #expect(!svg.contains("<pattern"))
    }

    @Test func defaultBreaksAreSwingOverTheValues() {
        let chart = ChoroplethMap(
            id: "k", title: "t", description: "d", features: features(), breaks: nil, palette: .blues)
        #expect(chart.breaks == Classifier.breaks([10, 20, 30, 40], method: .swing, classes: 5))
        #expect(chart.breaks.counts.reduce(0, +) == 4)
    }

    @Test func mapWithoutValuesStillRenders() {
        let onlyMissing = (0..<3).map {
            MapFeature(
                id: "\($0)", name: "G\($0)", geometry: T.square(lon: Double($0), lat: 50), status: .noData, label: "-")
        }
        let chart = ChoroplethMap(
            id: "k", title: "t", description: "d", features: onlyMissing, breaks: nil, palette: .blues)
        let svg = chart.render()
        #expect(T.occurrences(of: "<path ", in: svg.markup) == 3)
        #expect(chart.legendEntries.map(\.label) == ["geen gegevens"])
        T.expectSafeAndAccessible(svg, id: "k")
        T.expectSafeAndAccessible(chart.legend(), id: "k-legende")
    }

    @Test func holesAreDrawnAndTinyRingsDropped() {
        let outer = [
            GeoPoint(lon: 4, lat: 51), GeoPoint(lon: 5, lat: 51), GeoPoint(lon: 5, lat: 51.6),
            GeoPoint(lon: 4, lat: 51.6),
            GeoPoint(lon: 4, lat: 51),
        ]
        let hole = [
            GeoPoint(lon: 4.4, lat: 51.2), GeoPoint(lon: 4.6, lat: 51.2), GeoPoint(lon: 4.6, lat: 51.4),
            GeoPoint(lon: 4.4, lat: 51.2),
        ]
        // An islet far smaller than a pixel at this scale.
        let islet = [
            GeoPoint(lon: 4.9, lat: 51.59), GeoPoint(lon: 4.90001, lat: 51.59), GeoPoint(lon: 4.90001, lat: 51.59001),
            GeoPoint(lon: 4.9, lat: 51.59),
        ]
        let geometry = GeoGeometry(polygons: [[outer, hole], [islet]])
        let feature = MapFeature(id: "g", name: "Gat", geometry: geometry, status: .value(1), label: "1")
        let svg = map([feature]).render().markup
        let data = T.matches(of: #"<path d="([^"]*)""#, in: svg)
        #expect(data.count == 1)
        #expect(T.occurrences(of: "M", in: data[0]) == 2)  // outer ring and hole; the islet is gone
        #expect(svg.contains(#"fill-rule="evenodd""#))
    }

    @Test func aSubPixelAreaKeepsItsPathAndTooltip() {
        let big = MapFeature(
            id: "b", name: "Groot", geometry: T.square(lon: 4, lat: 51, size: 1), status: .value(1), label: "1")
        let tiny = MapFeature(
            id: "t", name: "Klein", geometry: T.square(lon: 4.5, lat: 51.5, size: 0.00001), status: .value(2),
            label: "2")
        let svg = map([big, tiny]).render().markup
        #expect(T.occurrences(of: "<path ", in: svg) == 2)
        #expect(svg.contains("<title>Klein: 2</title>"))
    }

    // MARK: Legend

    @Test func legendShowsBoundsAndCounts() {
        let secret = MapFeature(
            id: "s", name: "Geheim", geometry: T.square(lon: 4, lat: 51.2), status: .suppressed, label: "x (geheim)")
        let chart = map(features([secret]))
        let entries = chart.legendEntries
        #expect(entries.map(\.label) == ["10 – 20", "20 – 30", "30 – 40", "geheim (x)"])
        #expect(entries.map(\.count) == [1, 1, 2, 1])
        #expect(entries.map(\.fill).prefix(3) == ["#deebf7", "#9ecae1", "#3182bd"])

        let legend = chart.legend()
        #expect(legend.markup.contains(">10 – 20 (1)</text>"))
        #expect(legend.markup.contains(">30 – 40 (2)</text>"))
        #expect(legend.markup.contains(">geheim (x) (1)</text>"))
        #expect(!legend.markup.contains("geen gegevens"))
        #expect(!legend.markup.contains("niet van toepassing"))
        // Its own pattern ids, so map and legend can share a page.
        #expect(legend.markup.contains(#"<pattern id="kaart-legende-geheim""#))
        #expect(legend.markup.contains(#"fill="url(#kaart-legende-geheim)""#))
        #expect(legend.markup.contains(">%</text>"))
        T.expectSafeAndAccessible(legend, id: "kaart-legende")
    }

    @Test func legendUsesThousandsAndFixedDecimals() {
        let values = [1000.0, 2000, 3000, 4000]
        let features = values.enumerated().map { index, value in
            MapFeature(
                id: "\(index)", name: "G", geometry: T.square(lon: Double(index), lat: 50), status: .value(value),
                label: "")
        }
        let breaks = Classifier.breaks(values, method: .equalIntervals, classes: 3)
        let automatic = ChoroplethMap(
            id: "k", title: "t", description: "d", features: features, breaks: breaks, palette: .blues)
        #expect(automatic.legendEntries.map(\.label) == ["1.000 – 2.000", "2.000 – 3.000", "3.000 – 4.000"])
        let fixed = ChoroplethMap(
            id: "k", title: "t", description: "d", features: features, breaks: breaks, palette: .blues, decimals: 1)
        #expect(fixed.legendEntries.first?.label == "1.000,0 – 2.000,0")
    }

    @Test func singleValueLegendShowsOneNumber() {
        let features = (0..<2).map {
            MapFeature(
                id: "\($0)", name: "G", geometry: T.square(lon: Double($0), lat: 50), status: .value(7), label: "7")
        }
        let chart = ChoroplethMap(
            id: "k", title: "t", description: "d", features: features, breaks: nil, palette: .greenBrown)
        #expect(chart.legendEntries.map(\.label) == ["7"])
        #expect(chart.legendEntries.map(\.count) == [2])
    }
}
