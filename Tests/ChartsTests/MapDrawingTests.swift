import Foundation
import Testing

@testable import Charts

/// How a map is drawn small enough for a page of all wijken of Flanders: simplified outlines that keep every area,
/// outlines kept between requests, names kept inside the drawing.
@Suite struct MapDrawingTests {
    typealias T = TestSupport

    func map(_ features: [MapFeature], width: Double = 600, height: Double = 450) -> ChoroplethMap {
        ChoroplethMap(
            id: "kaart", title: "Kaart", description: "Proefkaart", features: features, breaks: nil, palette: .blues,
            width: width, height: height)
    }

    /// The wijken of Flanders from the shared data, with made-up values.
    static let flanders: [MapFeature] = {
        let url = TestSupport.dataDirectory.appendingPathComponent("gebiedsniveaus/ggw72024.geojson")
        guard let data = try? Data(contentsOf: url), let parsed = GeoFeatureCollection.parse(data: data) else { return [] }
        return parsed.enumerated().compactMap { index, feature in
            guard let geometry = feature.geometry else { return nil }
            let code = feature.properties["geoitem"] ?? "\(index)"
            return MapFeature(
                id: code, name: feature.properties["naam"] ?? code, geometry: geometry,
                status: .value(Double(index % 50)), label: "\(index % 50)")
        }
    }()

    /// The `d` attributes of the areas' paths, in order.
    func paths(_ svg: SVG) -> [String] {
        T.matches(of: #"<path d="([^"]*)" fill="#, in: svg.markup)
    }

    // MARK: Issue 18: names at the edges

    @Test func namesAtTheEdgesStayInsideTheDrawingAndAreAnchoredInward() {
        // setup: a long name on an area at the far left, one at the far right, one in the middle
        let candidates: [(text: String, x: Double, y: Double)] = [
            ("Sint-Andries (Brugge)", 2, 100), ("Poppel Tulderheide (Ravels)", 298, 150),
            ("Centrum", 150, 200),
        ]
        // act
        let labels = MapLabelLayout.place(candidates, width: 300, height: 225)
        // check: every box inside the drawing; the text written from its inner side, so letters wider than
        // estimated grow into the map instead of past its edge
        #expect(labels.count == 3)
        for label in labels {
            #expect(label.box.minX >= 0 && label.box.maxX <= 300 && label.box.minY >= 0 && label.box.maxY <= 225)
            #expect(label.textX >= 0 && label.textX <= 300)
        }
        #expect(labels.map(\.anchor) == [.start, .end, .middle])
        #expect(labels[0].textX == labels[0].box.minX + MapLabelLayout.halo)
        #expect(labels[1].textX == labels[1].box.maxX - MapLabelLayout.halo)
    }

    @Test func narrowNamesAreWrittenInsideTheViewBoxWithTheirAnchor() throws {
        // setup: a row of areas along the whole width, the outermost named
        let features = (0..<6).map { index in
            MapFeature(
                id: "w\(index)", name: "Wijk met een heel lange naam \(index)",
                geometry: T.square(lon: 4 + Double(index) * 0.1, lat: 51), status: .value(Double(index)), label: "")
        }
        var chart = map(features)
        chart.labelled = ["w0", "w5"]
        // act
        let markup = chart.renderSized().svg.markup
        // check: in the phone names (24 units on a 600-unit drawing) the left one starts and the right one ends inside
        let narrow = try #require(markup.firstRange(of: #"<g class="map-labels map-labels-narrow""#))
        let group = markup[narrow.lowerBound...]
        let texts = T.matches(of: #"(<text [^>]*>)"#, in: String(group))
        #expect(texts.count == 2)
        let xs = T.matches(of: #"<text x="([0-9.\-]+)""#, in: String(group)).compactMap(Double.init)
        #expect(xs.count == 2 && xs.allSatisfy { (0...600).contains($0) })
        #expect(texts.contains { $0.contains(#"text-anchor="start""#) })
        #expect(texts.contains { $0.contains(#"text-anchor="end""#) })
    }

    // MARK: Issue 17: outlines

    @Test func simplifiedOutlinesOfAllWijkenKeepEveryAreaAndStayClosed() throws {
        // setup
        let features = Self.flanders
        try #require(features.count > 2500)
        // act
        let svg = map(features).renderSized().svg
        // check: one path per wijk, each made of closed rings of at least three points
        let paths = paths(svg)
        #expect(paths.count == features.count)
        for data in paths {
            #expect(!data.isEmpty)
            let rings = data.split(separator: "M")
            #expect(!rings.isEmpty)
            for ring in rings {
                #expect(ring.hasSuffix("z"), "ring not closed: \(ring.prefix(40))")
                let numbers = ring.matches(of: /-?[0-9]+(\.[0-9])?/).count
                #expect(numbers >= 6, "ring of fewer than three points: \(ring)")
            }
        }
        // One drawing instead of two: the whole map of Flanders well under the 1.5 MB of the old pair.
        #expect(svg.byteCount < 700_000)
        #expect(T.isWellFormed(svg))
    }

    @Test func theSmallestAreaStillGetsAVisibleSquare() throws {
        // setup: a country-sized area and one of a metre
        let big = MapFeature(
            id: "b", name: "Groot", geometry: T.square(lon: 4, lat: 51, size: 1), status: .value(1), label: "1")
        let tiny = MapFeature(
            id: "t", name: "Klein", geometry: T.square(lon: 4.5, lat: 51.5, size: 0.00001), status: .value(2),
            label: "2")
        // act
        let paths = paths(map([big, tiny]).render())
        // check: a closed path of four corners a pixel apart, not a point that draws nothing
        #expect(paths.count == 2)
        let data = try #require(paths.last)
        #expect(data.hasSuffix("l1 0 0 1-1 0z"), "\(data)")
    }

    @Test func aSecondMapOfTheSameAreasTakesItsOutlinesFromTheMemo() {
        // setup
        let features = (0..<4).map { index in
            MapFeature(
                id: "w\(index)", name: "W\(index)", geometry: T.square(lon: 4 + Double(index) * 0.1, lat: 51),
                status: .value(Double(index)), label: "")
        }
        var withMemo = map(features, width: 640, height: 480)
        withMemo.context.drawnPaths = MapPathMemo()
        withMemo.context.outlines = [T.square(lon: 4, lat: 51, size: 0.4)]
        withMemo.context.shapesKey = "gemeente:1"
        var plain = map(features, width: 640, height: 480)
        plain.context.outlines = withMemo.context.outlines
        // act
        let first = withMemo.render()
        let memo = withMemo.context.drawnPaths!
        let afterFirst = memo.count
        let second = withMemo.render()
        // check: the same drawing with and without the memo; the second drawing added nothing to it
        #expect(first == plain.render())
        #expect(second == first)
        #expect(afterFirst == features.count + 1)
        #expect(memo.count == afterFirst)
        // A drawing of another size is drawn anew, and kept beside the first.
        _ = withMemo.renderSized()
        #expect(memo.count == 2 * afterFirst)
    }

    @Test func aMemoRemembersTheShapeItWasGivenNotAnotherGeometry() {
        // setup: the memo keys on the id within one level and data version; a shape key drawn once is not redrawn
        let memo = MapPathMemo()
        let projection = MapProjection(bounds: T.square(lon: 4, lat: 51).bounds, width: 100, height: 100)
        var calls = 0
        // act
        let first = memo.path("area:1", projection: projection) { calls += 1; return "M0 0l1 0 0 1z" }
        let again = memo.path("area:1", projection: projection) { calls += 1; return "other" }
        let none = memo.path("area:2", projection: projection) { calls += 1; return nil }
        let noneAgain = memo.path("area:2", projection: projection) { calls += 1; return "other" }
        // check
        #expect(first == "M0 0l1 0 0 1z" && again == first)
        #expect(none == nil && noneAgain == nil)
        #expect(calls == 2)
    }
}
