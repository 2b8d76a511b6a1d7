import Foundation
import Testing

@testable import Charts

/// Names on maps, the grey context around the shown areas, and the frame the map is fitted to.
@Suite struct MapLabelContextTests {
    typealias T = TestSupport

    /// A row of `count` squares of 0.1° with values 1…count, named "Wijk met een lange naam N".
    func row(_ count: Int, lon: Double = 4, lat: Double = 51, size: Double = 0.1) -> [MapFeature] {
        (0..<count).map { index in
            MapFeature(
                id: "w\(index)", name: "Wijk met een lange naam \(index)",
                geometry: T.square(lon: lon + Double(index) * size, lat: lat, size: size), status: .value(Double(index + 1)),
                label: "\(index + 1)")
        }
    }

    func map(_ features: [MapFeature], width: Double = 600, height: Double = 450) -> ChoroplethMap {
        ChoroplethMap(
            id: "kaart", title: "Kaart", description: "Proefkaart", features: features, breaks: nil, palette: .blues,
            width: width, height: height)
    }

    @Test func labelsAreWrittenForTheChosenAreasOnly() {
        // setup
        var chart = map(row(4))
        chart.labelled = ["w1", "w3", "onbekend", "w1"]
        // act
        let svg = chart.render()
        // check: two names, each once, in the labels group that screen readers skip
        #expect(T.occurrences(of: "<text ", in: svg.markup) == 2)
        #expect(svg.markup.contains(">Wijk met een lange naam 1</text>"))
        #expect(svg.markup.contains(">Wijk met een lange naam 3</text>"))
        #expect(!svg.markup.contains(">Wijk met een lange naam 0</text>"))
        #expect(svg.markup.contains(#"<g class="map-labels" aria-hidden="true" font-size="12""#))
        #expect(svg.markup.contains(#"paint-order="stroke""#))
        #expect(T.isWellFormed(svg))
    }

    @Test func labelsNeverOverlapAndStayInsideTheDrawing() {
        // setup: twenty narrow areas side by side, all asked for: their long names cannot all fit
        var chart = map(row(20, size: 0.02), width: 300, height: 225)
        chart.labelled = chart.features.map(\.id)
        // act
        let labels = chart.labels(projection: chart.projection)
        // check
        #expect(labels.count > 1)
        #expect(labels.count < 20)
        for (index, label) in labels.enumerated() {
            #expect(label.box.minX >= 0 && label.box.maxX <= 300 && label.box.minY >= 0 && label.box.maxY <= 225)
            for other in labels[(index + 1)...] { #expect(!label.box.overlaps(other.box), "\(label.text) / \(other.text)") }
        }
        // The first asked is always written: the order is the priority.
        #expect(labels.first?.text == "Wijk met een lange naam 0")
    }

    @Test func placementTriesALineAboveBeforeGivingUp() {
        let labels = MapLabelLayout.place(
            [("Gent", 100, 100), ("Gent", 100, 100), ("Gent", 100, 100), ("Gent", 100, 100)], width: 300, height: 300)
        // Centred, a line up, a line down; the fourth finds no room.
        let ys: [Double] = labels.map(\.y)
        let line = 12 * 1.2 + MapLabelLayout.halo
        let expected: [Double] = [100, 100 - line, 100 + line]
        #expect(ys == expected)
        #expect(!labels[0].box.overlaps(labels[1].box) && !labels[0].box.overlaps(labels[2].box))
    }

    @Test func labelTextIsTwelvePixelsInBothFrameWidths() {
        // setup
        var chart = map(row(3), width: 640, height: 480)
        chart.labelled = ["w0", "w1", "w2"]
        // act
        let sized = chart.renderSized()
        // check: one drawing 600 units wide, shown at 600 px or more with the 12-unit names, and on a phone at down to
        // 300 px with the names of 24 units (12 px there), which start hidden for a drawing opened on its own
        let markup = sized.svg.markup
        #expect(T.occurrences(of: "<svg ", in: sized.markup) == 1)
        #expect(markup.contains(#"viewBox="0 0 600 450""#))
        #expect(markup.contains(#"<g class="map-labels map-labels-wide" aria-hidden="true" font-size="12""#))
        #expect(markup.contains(#"<g class="map-labels map-labels-narrow" display="none" aria-hidden="true" font-size="24""#))
        let sizes = markup.matches(of: /font-size="([0-9.]+)"/).compactMap { Double($0.1) }
        #expect(sizes.allSatisfy { $0 >= 12 })
        #expect(!markup.contains("-smal"))
        #expect(sized.markup.hasPrefix(#"<div class="chart-sizes map-sizes"><svg "#))
        #expect(T.isWellFormed(sized.svg))
    }

    @Test func anchorLiesInsideAUShapedArea() {
        // A U: its centroid falls in the gap between the arms.
        let u = GeoGeometry(polygons: [[[
            GeoPoint(lon: 0, lat: 0), GeoPoint(lon: 3, lat: 0), GeoPoint(lon: 3, lat: 3), GeoPoint(lon: 2, lat: 3),
            GeoPoint(lon: 2, lat: 1), GeoPoint(lon: 1, lat: 1), GeoPoint(lon: 1, lat: 3), GeoPoint(lon: 0, lat: 3),
            GeoPoint(lon: 0, lat: 0),
        ]]])
        let projection = MapProjection(bounds: u.bounds, width: 300, height: 300)
        let point = try! #require(MapLabelLayout.anchor(of: u, projection: projection))
        let lon = (point.x - projection.offsetX) / (projection.longitudeFactor * projection.scale)
        let lat = (projection.offsetY - point.y) / projection.scale
        let inArm = (0...1).contains(lon) || (2...3).contains(lon)
        #expect(inArm || (0...1).contains(lat), "(\(lon), \(lat)) lies in the gap")
    }

    @Test func outlineIsDrawnOverTheAreasAndSurroundingsBeneath() {
        // setup
        var chart = map(row(2))
        chart.context = MapContext(
            surroundings: [T.square(lon: 3.8, lat: 51), T.square(lon: 4.3, lat: 51)],
            outlines: [T.square(lon: 4, lat: 51, size: 0.2)])
        let legendBefore = chart.legendEntries.count
        // act
        let markup = chart.render().markup
        // check
        let surroundings = try! #require(markup.range(of: #"<g class="map-surroundings""#))
        let areas = try! #require(markup.range(of: ##"<g stroke="#ffffff""##))
        let outline = try! #require(markup.range(of: ##"<g class="map-outline" fill="none" stroke="#595959""##))
        #expect(surroundings.lowerBound < areas.lowerBound && areas.lowerBound < outline.lowerBound)
        #expect(T.occurrences(of: "<path ", in: markup) == 2 + 2 + 1)
        #expect(chart.legendEntries.count == legendBefore)
        #expect(T.isWellFormed(chart.render()))
    }

    @Test func mapOfTheWijkenOfOneCityIsFittedToTheCity() {
        // setup: a city of 0.4° × 0.2° whose two wijken cover only its left part
        let city = GeoGeometry(polygons: [[[
            GeoPoint(lon: 4, lat: 51), GeoPoint(lon: 4.4, lat: 51), GeoPoint(lon: 4.4, lat: 51.2),
            GeoPoint(lon: 4, lat: 51.2), GeoPoint(lon: 4, lat: 51),
        ]]])
        var chart = map(row(2))
        chart.context = MapContext(outlines: [city])
        // act
        let projection = chart.projection
        // check: the frame is the city's, not just its wijken's
        #expect(projection == MapProjection(bounds: city.bounds, width: 600, height: 450, padding: 2))
        #expect(abs(projection.x(4) - (600 - projection.drawnWidth) / 2) < 1e-9)
        #expect(abs(projection.x(4.4) - (600 + projection.drawnWidth) / 2) < 1e-9)
        // Surroundings do not widen the frame: the 13 cities stay as large as they are.
        var withSurroundings = map(row(2))
        withSurroundings.context = MapContext(surroundings: [T.square(lon: 2, lat: 50, size: 3)])
        #expect(withSurroundings.projection == map(row(2)).projection)
    }

    @Test func locatorMapWritesTheAreasName() {
        var locator = LocatorMap(
            id: "ligging", title: "Ligging van Gent", description: "Gent tussen de andere gemeenten",
            shapes: [.init(geometry: T.square(lon: 4, lat: 51), highlighted: false),
                     .init(geometry: T.square(lon: 4.1, lat: 51), highlighted: true)])
        locator.label = "Gent & Co"
        let svg = locator.render()
        #expect(svg.markup.contains(">Gent &amp; Co</text>"))
        #expect(svg.markup.contains(#"font-size="13""#))
        #expect(T.isWellFormed(svg))
    }
}
