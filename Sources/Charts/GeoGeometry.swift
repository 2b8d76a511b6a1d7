import Foundation

/// A position in WGS 84 degrees, as GeoJSON writes it: longitude first.
public struct GeoPoint: Sendable, Hashable {
    public let lon: Double
    public let lat: Double

    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }
}

/// A longitude/latitude box. `empty` is the identity for `union`, so bounds can be folded over features.
public struct GeoBounds: Sendable, Hashable {
    public let minLon: Double
    public let minLat: Double
    public let maxLon: Double
    public let maxLat: Double

    public init(minLon: Double, minLat: Double, maxLon: Double, maxLat: Double) {
        self.minLon = minLon
        self.minLat = minLat
        self.maxLon = maxLon
        self.maxLat = maxLat
    }

    public static let empty = GeoBounds(minLon: .infinity, minLat: .infinity, maxLon: -.infinity, maxLat: -.infinity)

    public var isEmpty: Bool { !(minLon <= maxLon && minLat <= maxLat) }

    public func union(_ other: GeoBounds) -> GeoBounds {
        GeoBounds(
            minLon: min(minLon, other.minLon), minLat: min(minLat, other.minLat),
            maxLon: max(maxLon, other.maxLon), maxLat: max(maxLat, other.maxLat))
    }
}

/// The area of a GeoJSON Polygon or MultiPolygon: a list of polygons, each a list of rings
/// (the outer ring first, then holes), each ring a list of points.
public struct GeoGeometry: Sendable, Hashable {
    public let polygons: [[[GeoPoint]]]

    public init(polygons: [[[GeoPoint]]]) {
        self.polygons = polygons
    }

    public var bounds: GeoBounds {
        var minLon = Double.infinity
        var minLat = Double.infinity
        var maxLon = -Double.infinity
        var maxLat = -Double.infinity
        for polygon in polygons {
            for ring in polygon {
                for point in ring {
                    minLon = min(minLon, point.lon)
                    maxLon = max(maxLon, point.lon)
                    minLat = min(minLat, point.lat)
                    maxLat = max(maxLat, point.lat)
                }
            }
        }
        return GeoBounds(minLon: minLon, minLat: minLat, maxLon: maxLon, maxLat: maxLat)
    }

    public var isEmpty: Bool { polygons.isEmpty }

    public var pointCount: Int {
        polygons.reduce(0) { total, polygon in polygon.reduce(total) { $0 + $1.count } }
    }

    /// Parses a GeoJSON Polygon, MultiPolygon or GeometryCollection of those, or a Feature holding one.
    /// Returns nil for anything else (invalid JSON, points and lines, a FeatureCollection: use
    /// `GeoFeatureCollection` for that). Parsing is lenient where the data allow a sensible reading:
    /// a third coordinate is ignored, rings need 3 positions rather than GeoJSON's closed 4, and
    /// invalid holes are skipped rather than failing the whole area.
    public static func parse(geoJSON: String) -> GeoGeometry? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(geoJSON.utf8)) else { return nil }
        return geometry(fromJSON: object)
    }

    /// The geometry of a decoded JSON object (geometry or Feature), shared with `GeoFeatureCollection`.
    static func geometry(fromJSON object: Any) -> GeoGeometry? {
        guard let dictionary = object as? [String: Any], let type = dictionary["type"] as? String else { return nil }
        switch type {
        case "Feature":
            guard let geometry = dictionary["geometry"] else { return nil }
            return self.geometry(fromJSON: geometry)
        case "Polygon":
            guard let coordinates = dictionary["coordinates"] as? [Any] else { return nil }
            guard let polygon = polygon(coordinates) else {
                // An empty coordinate array is a valid (empty) geometry; anything else is broken.
                return coordinates.isEmpty ? GeoGeometry(polygons: []) : nil
            }
            return GeoGeometry(polygons: [polygon])
        case "MultiPolygon":
            guard let coordinates = dictionary["coordinates"] as? [Any] else { return nil }
            var polygons: [[[GeoPoint]]] = []
            for member in coordinates {
                guard let rings = member as? [Any] else { return nil }
                if let polygon = polygon(rings) { polygons.append(polygon) }
            }
            if polygons.isEmpty && !coordinates.isEmpty { return nil }
            return GeoGeometry(polygons: polygons)
        case "GeometryCollection":
            guard let members = dictionary["geometries"] as? [Any] else { return nil }
            var polygons: [[[GeoPoint]]] = []
            for member in members {
                // Points and lines in a collection cannot be filled; skip them rather than fail.
                if let geometry = geometry(fromJSON: member) { polygons += geometry.polygons }
            }
            return GeoGeometry(polygons: polygons)
        default:
            return nil
        }
    }

    /// One polygon from its rings; nil when the outer ring is unusable.
    private static func polygon(_ rings: [Any]) -> [[GeoPoint]]? {
        guard let outerJSON = rings.first, let outer = ring(outerJSON) else { return nil }
        var result = [outer]
        for holeJSON in rings.dropFirst() {
            if let hole = ring(holeJSON) { result.append(hole) }
        }
        return result
    }

    private static func ring(_ value: Any) -> [GeoPoint]? {
        guard let positions = value as? [Any] else { return nil }
        var points: [GeoPoint] = []
        points.reserveCapacity(positions.count)
        for position in positions {
            guard let pair = position as? [Any], pair.count >= 2,
                let lon = number(pair[0]), let lat = number(pair[1]),
                lon.isFinite, lat.isFinite
            else { return nil }
            points.append(GeoPoint(lon: lon, lat: lat))
        }
        return points.count >= 3 ? points : nil
    }

    private static func number(_ value: Any) -> Double? {
        if let double = value as? Double { return double }
        if let int = value as? Int { return Double(int) }
        if let number = value as? NSNumber { return number.doubleValue }
        return nil
    }
}
