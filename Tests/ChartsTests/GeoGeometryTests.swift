import Foundation
import Testing

@testable import Charts

@Suite struct GeoGeometryTests {
    @Test func parsesPolygonWithHole() throws {
        let json = """
            {"type": "Polygon", "coordinates": [
              [[4.0, 51.0], [4.2, 51.0], [4.2, 51.2], [4.0, 51.2], [4.0, 51.0]],
              [[4.05, 51.05], [4.1, 51.05], [4.1, 51.1], [4.05, 51.05]]
            ]}
            """
        let geometry = try #require(GeoGeometry.parse(geoJSON: json))
        #expect(geometry.polygons.count == 1)
        #expect(geometry.polygons[0].count == 2)
        #expect(geometry.polygons[0][0].count == 5)
        #expect(geometry.polygons[0][0][1] == GeoPoint(lon: 4.2, lat: 51.0))
        #expect(geometry.bounds == GeoBounds(minLon: 4.0, minLat: 51.0, maxLon: 4.2, maxLat: 51.2))
        #expect(geometry.pointCount == 9)
    }

    @Test func parsesMultiPolygonAndIgnoresAltitude() throws {
        let json = """
            {"type": "MultiPolygon", "coordinates": [
              [[[3, 50], [3.1, 50], [3.1, 50.1], [3, 50, 12.5]]],
              [[[5, 51], [5.5, 51], [5.5, 51.5], [5, 51]]]
            ]}
            """
        let geometry = try #require(GeoGeometry.parse(geoJSON: json))
        #expect(geometry.polygons.count == 2)
        #expect(geometry.polygons[0][0][3] == GeoPoint(lon: 3, lat: 50))
        #expect(geometry.bounds == GeoBounds(minLon: 3, minLat: 50, maxLon: 5.5, maxLat: 51.5))
    }

    @Test func parsesFeatureAndGeometryCollection() throws {
        let feature = """
            {"type": "Feature", "properties": {"naam": "X"},
             "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}
            """
        #expect(try #require(GeoGeometry.parse(geoJSON: feature)).polygons.count == 1)
        let collection = """
            {"type": "GeometryCollection", "geometries": [
              {"type": "Point", "coordinates": [0, 0]},
              {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
            ]}
            """
        #expect(try #require(GeoGeometry.parse(geoJSON: collection)).polygons.count == 1)
    }

    @Test(arguments: [
        "", "nonsense", "{}", "[1, 2]", #"{"type": "Point", "coordinates": [4, 51]}"#,
        #"{"type": "LineString", "coordinates": [[4, 51], [5, 52]]}"#,
        #"{"type": "Polygon", "coordinates": "4,51"}"#,
        #"{"type": "Polygon", "coordinates": [[["a", "b"], [1, 2], [3, 4]]]}"#,
        #"{"type": "Polygon", "coordinates": [[[0, 0], [1, 1]]]}"#,
        #"{"type": "MultiPolygon", "coordinates": [[[[0, 0]]]]}"#,
        #"{"type": "FeatureCollection", "features": []}"#,
        #"{"type": "Feature", "geometry": null}"#,
    ])
    func garbageGivesNil(json: String) {
        #expect(GeoGeometry.parse(geoJSON: json) == nil)
    }

    @Test func invalidHoleIsSkippedNotFatal() throws {
        let json = #"{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]], [[0.1, 0.1]]]}"#
        let geometry = try #require(GeoGeometry.parse(geoJSON: json))
        #expect(geometry.polygons[0].count == 1)
    }

    @Test func featureCollectionKeepsCodesAsText() throws {
        let json = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": 7, "properties": {"geoitem": "1100101", "nis": 11001, "opp": 2.5, "leeg": null},
               "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
              {"type": "Feature", "properties": {"geoitem": "2"}, "geometry": null}
            ]}
            """
        let features = try #require(GeoFeatureCollection.parse(geoJSON: json))
        #expect(features.count == 2)
        #expect(features[0].id == "7")
        #expect(features[0].properties == ["geoitem": "1100101", "nis": "11001", "opp": "2.5"])
        #expect(features[0].geometry?.polygons.count == 1)
        #expect(features[1].geometry == nil)
        #expect(GeoFeatureCollection.parse(geoJSON: "[]") == nil)
    }

    // MARK: Projection

    @Test func projectionFitsAndKeepsAspect() {
        // 1° of longitude at 60° N is half a degree of latitude long: a 2° × 1° box is a square.
        let bounds = GeoBounds(minLon: 10, minLat: 59.5, maxLon: 12, maxLat: 60.5)
        let projection = MapProjection(bounds: bounds, width: 400, height: 200)
        #expect(abs(projection.longitudeFactor - 0.5) < 0.001)
        #expect(abs(projection.drawnWidth - projection.drawnHeight) < 0.5)
        #expect(abs(projection.drawnHeight - 200) < 1e-9)
        // Centred horizontally, north at the top.
        let northWest = projection.project(GeoPoint(lon: 10, lat: 60.5))
        let southEast = projection.project(GeoPoint(lon: 12, lat: 59.5))
        #expect(abs(northWest.x - (400 - projection.drawnWidth) / 2) < 1e-9)
        #expect(abs(northWest.y) < 1e-9)
        #expect(abs(southEast.y - 200) < 1e-9)
        #expect(abs(southEast.x - (400 + projection.drawnWidth) / 2) < 1e-9)
    }

    @Test func projectionOfDegenerateBounds() {
        let point = GeoBounds(minLon: 4, minLat: 51, maxLon: 4, maxLat: 51)
        let projected = MapProjection(bounds: point, width: 100, height: 50).project(GeoPoint(lon: 4, lat: 51))
        #expect(abs(projected.x - 50) < 1e-9 && abs(projected.y - 25) < 1e-9)
        let empty = MapProjection(bounds: .empty, width: 100, height: 50)
        #expect(empty.scale == 1)
    }

    // MARK: Simplification

    @Test func simplificationReducesPointsButKeepsEnds() {
        // A gentle wave with tiny jitter: 1,000 points on an open line.
        let points = (0..<1000).map { index -> GeoPoint in
            let t = Double(index) / 999
            return GeoPoint(lon: t, lat: 0.1 * sin(t * 6) + (index % 2 == 0 ? 0.0001 : -0.0001))
        }
        let simplified = SVGSimplification.simplify(points, tolerance: 0.001)
        #expect(simplified.count < 100)
        #expect(simplified.count > 5)
        #expect(simplified.first == points.first)
        #expect(simplified.last == points.last)
        // Every dropped point stays within the tolerance of the simplified line.
        for point in points {
            let nearest = zip(simplified, simplified.dropFirst()).map { a, b in
                SVGSimplification.squaredSegmentDistance(point.lon, point.lat, a.lon, a.lat, b.lon, b.lat)
            }.min()!
            #expect(nearest.squareRoot() <= 0.001 + 1e-12)
        }
    }

    @Test func straightLineCollapsesToItsEnds() {
        let line = (0...50).map { GeoPoint(lon: Double($0), lat: Double($0) * 2) }
        #expect(SVGSimplification.simplify(line, tolerance: 0.01) == [line[0], line[50]])
        #expect(SVGSimplification.simplify(Array(line.prefix(2)), tolerance: 1) == Array(line.prefix(2)))
    }

    @Test func ringStaysClosedAndAnArea() {
        // A circle of 200 points, simplified with a tolerance larger than the circle itself.
        var ring = (0..<200).map { index -> GeoPoint in
            let angle = Double(index) / 200 * 2 * .pi
            return GeoPoint(lon: cos(angle), lat: sin(angle))
        }
        ring.append(ring[0])
        let coarse = SVGSimplification.simplify(ring, tolerance: 5)
        #expect(coarse.first == coarse.last)
        #expect(Set(coarse).count >= 3)
        let fine = SVGSimplification.simplify(ring, tolerance: 0.01)
        #expect(fine.count < ring.count)
        #expect(fine.count > 10)
        #expect(fine.first == ring.first && fine.last == ring.last)
    }

    @Test func toleranceIsHalfAPixel() {
        let bounds = GeoBounds(minLon: 2.5, minLat: 50.7, maxLon: 5.9, maxLat: 51.5)
        let tolerance = SVGSimplification.tolerance(forBounds: bounds, width: 800)
        let projection = MapProjection(bounds: bounds, width: 800, height: 2000)
        #expect(abs(tolerance * projection.scale - 0.5) < 1e-9)
        #expect(SVGSimplification.tolerance(forBounds: .empty, width: 800) == 0)
        #expect(SVGSimplification.tolerance(forBounds: bounds, width: 0) == 0)
    }
}
