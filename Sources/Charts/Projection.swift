import Foundation

/// Maps longitude/latitude to SVG pixels for one map.
///
/// An equirectangular projection around the map's mean latitude: x = lon · cos(φ̄), y = −lat.
/// Over an area the size of Flanders (under 1° of latitude) its distortion stays far below what
/// a reader can see, and it needs no projection library. The plane is then scaled uniformly (keeping
/// the aspect ratio) and centred to fit `width × height` minus `padding`. Build it once per map.
public struct MapProjection: Sendable, Hashable {
    /// Pixels per unit of the plane (one degree of latitude).
    public let scale: Double
    /// cos(φ̄): how much shorter a degree of longitude is than a degree of latitude here.
    public let longitudeFactor: Double
    public let offsetX: Double
    public let offsetY: Double
    /// Size of the fitted bounds in pixels; at least one of them equals the available width or height.
    public let drawnWidth: Double
    public let drawnHeight: Double

    public init(bounds: GeoBounds, width: Double, height: Double, padding: Double = 0) {
        let availableWidth = max(width - 2 * padding, 1)
        let availableHeight = max(height - 2 * padding, 1)
        guard !bounds.isEmpty else {
            scale = 1
            longitudeFactor = 1
            offsetX = width / 2
            offsetY = height / 2
            drawnWidth = 0
            drawnHeight = 0
            return
        }
        let meanLatitude = (bounds.minLat + bounds.maxLat) / 2
        // Coordinates that are not degrees (a file in a metric projection) are drawn as a plain plane.
        let factor = abs(meanLatitude) < 89 ? cos(meanLatitude * .pi / 180) : 1
        let planeWidth = (bounds.maxLon - bounds.minLon) * factor
        let planeHeight = bounds.maxLat - bounds.minLat

        let scale: Double
        switch (planeWidth > 0, planeHeight > 0) {
        case (true, true): scale = min(availableWidth / planeWidth, availableHeight / planeHeight)
        case (true, false): scale = availableWidth / planeWidth
        case (false, true): scale = availableHeight / planeHeight
        case (false, false): scale = 1
        }
        self.scale = scale
        longitudeFactor = factor
        drawnWidth = planeWidth * scale
        drawnHeight = planeHeight * scale
        // Centre: the left edge of the bounds lands at (width − drawnWidth) / 2, the top (max latitude,
        // since y = −lat) at (height − drawnHeight) / 2.
        offsetX = (width - drawnWidth) / 2 - bounds.minLon * factor * scale
        offsetY = (height - drawnHeight) / 2 + bounds.maxLat * scale
    }

    public func x(_ lon: Double) -> Double { offsetX + lon * longitudeFactor * scale }
    public func y(_ lat: Double) -> Double { offsetY - lat * scale }

    public func project(_ point: GeoPoint) -> (x: Double, y: Double) {
        (x(point.lon), y(point.lat))
    }
}
