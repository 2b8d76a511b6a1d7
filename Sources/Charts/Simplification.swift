import Foundation

/// Douglas–Peucker simplification, sized so that what is removed is invisible at the drawn size.
///
/// Source boundaries carry detail down to a few metres; on an 800 px map of Flanders a pixel is about
/// 300 m. Dropping every vertex that lies within half a pixel of the simplified line changes no pixel
/// noticeably and is what keeps a map of all wijken small enough to inline in a page.
public enum SVGSimplification {
    /// The tolerance ChoroplethMap uses, in pixels.
    public static let pixelTolerance = 0.5

    /// Half a pixel expressed in the projection's plane units (degrees of latitude; longitudes count
    /// cos φ̄ as much) when `bounds` are drawn `width` pixels wide. ChoroplethMap simplifies after
    /// projecting, at `pixelTolerance` pixels, which is the same tolerance scaled by the projection.
    /// Returns 0 (keep everything) for empty or zero-width bounds.
    public static func tolerance(forBounds bounds: GeoBounds, width: Double) -> Double {
        guard !bounds.isEmpty, width > 0 else { return 0 }
        let meanLatitude = (bounds.minLat + bounds.maxLat) / 2
        let factor = abs(meanLatitude) < 89 ? cos(meanLatitude * .pi / 180) : 1
        let planeWidth = (bounds.maxLon - bounds.minLon) * factor
        guard planeWidth > 0 else { return 0 }
        return pixelTolerance * planeWidth / width
    }

    /// Simplifies an open line of points (coordinates taken as plane x = lon, y = lat), keeping the
    /// first and last point. A closed ring (first point equal to the last) is simplified as a ring:
    /// it stays closed and keeps at least three distinct corners when it had them.
    public static func simplify(_ points: [GeoPoint], tolerance: Double) -> [GeoPoint] {
        let xs = points.map(\.lon)
        let ys = points.map(\.lat)
        let isRing = points.count > 3 && points.first == points.last
        let kept =
            isRing
            ? keptRingIndices(xs: xs, ys: ys, tolerance: tolerance) : keptIndices(xs: xs, ys: ys, tolerance: tolerance)
        return kept.map { points[$0] }
    }

    /// Indices kept by Douglas–Peucker on an open line, ascending, always including the first and last.
    static func keptIndices(xs: [Double], ys: [Double], tolerance: Double) -> [Int] {
        let count = xs.count
        guard count > 2 else { return Array(0..<count) }
        var keep = [Bool](repeating: false, count: count)
        keep[0] = true
        keep[count - 1] = true
        mark(xs: xs, ys: ys, from: 0, to: count - 1, tolerance: tolerance, keep: &keep)
        return keep.indices.filter { keep[$0] }
    }

    /// Indices kept for a closed ring (last point equal to the first). The chord from the first point to
    /// the last has zero length, so the ring is split at the vertex farthest from the start and both
    /// halves are simplified as open lines; the result is first, farthest and last at the very least.
    static func keptRingIndices(xs: [Double], ys: [Double], tolerance: Double) -> [Int] {
        let count = xs.count
        guard count > 3 else { return Array(0..<count) }
        var farthest = 0
        var farthestDistance = -1.0
        for index in 1..<(count - 1) {
            let dx = xs[index] - xs[0]
            let dy = ys[index] - ys[0]
            let distance = dx * dx + dy * dy
            if distance > farthestDistance {
                farthestDistance = distance
                farthest = index
            }
        }
        var keep = [Bool](repeating: false, count: count)
        keep[0] = true
        keep[farthest] = true
        keep[count - 1] = true
        mark(xs: xs, ys: ys, from: 0, to: farthest, tolerance: tolerance, keep: &keep)
        mark(xs: xs, ys: ys, from: farthest, to: count - 1, tolerance: tolerance, keep: &keep)
        // A ring of first, farthest and last is a line, not an area: keep the vertex farthest from that
        // line as well, so a small area still draws as a (tiny) triangle.
        if keep.lazy.filter({ $0 }).count < 4 {
            var best = -1
            var bestDistance = -1.0
            for index in 1..<(count - 1) where index != farthest {
                let distance = squaredSegmentDistance(xs[index], ys[index], xs[0], ys[0], xs[farthest], ys[farthest])
                if distance > bestDistance {
                    bestDistance = distance
                    best = index
                }
            }
            if best > 0 { keep[best] = true }
        }
        return keep.indices.filter { keep[$0] }
    }

    /// Marks the vertices to keep between `from` and `to` (exclusive), with an explicit stack:
    /// boundaries with tens of thousands of vertices would otherwise recurse deeply.
    private static func mark(xs: [Double], ys: [Double], from: Int, to: Int, tolerance: Double, keep: inout [Bool]) {
        let limit = tolerance * tolerance
        var stack = [(from, to)]
        while let (start, end) = stack.popLast() {
            guard end - start > 1 else { continue }
            var worst = -1
            var worstDistance = -1.0
            for index in (start + 1)..<end {
                let distance = squaredSegmentDistance(xs[index], ys[index], xs[start], ys[start], xs[end], ys[end])
                if distance > worstDistance {
                    worstDistance = distance
                    worst = index
                }
            }
            if worstDistance > limit {
                keep[worst] = true
                stack.append((start, worst))
                stack.append((worst, end))
            }
        }
    }

    /// Squared distance from (px, py) to the segment (ax, ay)–(bx, by). The segment rather than the
    /// infinite line, so that spikes running past an endpoint are measured correctly.
    static func squaredSegmentDistance(
        _ px: Double, _ py: Double, _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double
    ) -> Double {
        let dx = bx - ax
        let dy = by - ay
        let lengthSquared = dx * dx + dy * dy
        var t = 0.0
        if lengthSquared > 0 {
            t = ((px - ax) * dx + (py - ay) * dy) / lengthSquared
            t = min(max(t, 0), 1)
        }
        let cx = ax + t * dx - px
        let cy = ay + t * dy - py
        return cx * cx + cy * cy
    }
}
