import Foundation

/// A point in WGS84 degrees (longitude first, as GeoJSON writes it).
public struct ZonePoint: Hashable, Sendable, Codable {
    public let longitude: Double
    public let latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }

    /// Whether both coordinates are finite and within the WGS84 ranges.
    public var isValid: Bool {
        longitude.isFinite && latitude.isFinite && (-180...180).contains(longitude) && (-90...90).contains(latitude)
    }
}

/// A problem in a polygon, located by ring (0 is the outer ring, holes follow) and point.
public struct ZoneGeometryError: Error, Equatable, Sendable, CustomStringConvertible {
    public let ring: Int
    public let point: Int?
    public let reason: String

    public init(ring: Int, point: Int? = nil, _ reason: String) {
        self.ring = ring
        self.point = point
        self.reason = reason
    }

    public var description: String {
        "ring \(ring)" + (point.map { ", point \($0)" } ?? "") + ": " + reason
    }
}

/// A WGS84 polygon: an outer ring and any holes. Rings may be closed (last point equal to the first) or open.
/// Zones are small enough (a city) that longitude and latitude are treated as a plane for the inside test.
public struct ZonePolygon: Hashable, Sendable, Codable {
    public let outer: [ZonePoint]
    public let holes: [[ZonePoint]]

    /// Checks the rings: every point valid, at least three distinct points per ring.
    public init(outer: [ZonePoint], holes: [[ZonePoint]] = []) throws(ZoneGeometryError) {
        for (ringIndex, ring) in ([outer] + holes).enumerated() {
            for (pointIndex, point) in ring.enumerated() where !point.isValid {
                throw ZoneGeometryError(ring: ringIndex, point: pointIndex, "(\(point.longitude), \(point.latitude)) is outside the WGS84 ranges")
            }
            if Set(ring).count < 3 { throw ZoneGeometryError(ring: ringIndex, "a ring needs at least three distinct points") }
        }
        self.outer = outer
        self.holes = holes
    }

    /// Whether the point lies inside the outer ring and in no hole. A point on an edge of the outer ring counts as
    /// inside; a point on the edge of a hole counts as inside too (the hole's border belongs to the zone).
    public func contains(_ point: ZonePoint) -> Bool {
        guard Self.ring(outer, contains: point, edgeCounts: true) else { return false }
        return !holes.contains { Self.ring($0, contains: point, edgeCounts: false) }
    }

    /// Even–odd ray casting to the east; `edgeCounts` decides what a point exactly on an edge gives.
    static func ring(_ ring: [ZonePoint], contains point: ZonePoint, edgeCounts: Bool) -> Bool {
        var inside = false
        let count = ring.count
        for index in 0..<count {
            let a = ring[index]
            let b = ring[(index + 1) % count]
            if onSegment(point, a, b) { return edgeCounts }
            if (a.latitude > point.latitude) != (b.latitude > point.latitude) {
                let crossing = a.longitude + (point.latitude - a.latitude) / (b.latitude - a.latitude) * (b.longitude - a.longitude)
                if point.longitude < crossing { inside.toggle() }
            }
        }
        return inside
    }

    static func onSegment(_ p: ZonePoint, _ a: ZonePoint, _ b: ZonePoint) -> Bool {
        let cross = (b.longitude - a.longitude) * (p.latitude - a.latitude) - (b.latitude - a.latitude) * (p.longitude - a.longitude)
        guard abs(cross) <= 1e-12 else { return false }
        return p.longitude >= min(a.longitude, b.longitude) && p.longitude <= max(a.longitude, b.longitude)
            && p.latitude >= min(a.latitude, b.latitude) && p.latitude <= max(a.latitude, b.latitude)
    }
}

/// A zone's area: one or more polygons (a GeoJSON MultiPolygon).
public struct ZoneArea: Hashable, Sendable, Codable {
    public let polygons: [ZonePolygon]

    public init(_ polygons: [ZonePolygon]) { self.polygons = polygons }

    public func contains(_ point: ZonePoint) -> Bool { polygons.contains { $0.contains(point) } }
}
