/// Turns a geometry into compact SVG path data for one map.
///
/// Each ring is projected, simplified at half a pixel, rounded to 0.1 px and written as one absolute
/// move followed by relative line segments. Rounding happens on absolute positions before the
/// differences are taken, so the relative steps add up exactly and no drift builds along a boundary.
/// Relative steps are short ("l3.1-0.4") which roughly halves the size of the markup.
struct MapPathEncoder {
    let projection: MapProjection
    /// Rings whose box is smaller than this in both directions are left out (a pixel by default).
    var minimumRingSize = 1.0
    var tolerance = SVGSimplification.pixelTolerance

    /// The `d` attribute for `geometry`, or nil when it has no polygons. A geometry whose every ring is
    /// below a pixel still gets its largest outer ring, so every area keeps a path (and with it its
    /// tooltip and link), however small.
    func pathData(for geometry: GeoGeometry) -> String? {
        guard !geometry.polygons.isEmpty else { return nil }
        var builder = PathBuilder()
        var fallback: [(Int, Int)] = []
        var fallbackSize = -1.0

        for polygon in geometry.polygons {
            for (ringIndex, ring) in polygon.enumerated() {
                let (xs, ys) = project(ring)
                let size = extent(xs, ys)
                if max(size.width, size.height) < minimumRingSize {
                    if ringIndex == 0 {
                        if size.width * size.height > fallbackSize || fallback.isEmpty {
                            fallbackSize = size.width * size.height
                            fallback = rounded(xs, ys, indices: Array(xs.indices))
                            // Rounded to a point or a line it would draw nothing to see or to point at: a square of
                            // the smallest ring size around its middle instead.
                            if fallback.count < 3 { fallback = square(around: xs, ys) }
                        }
                        // Without its outer ring a polygon's holes would be filled instead: skip them all.
                        break
                    }
                    continue
                }
                let kept = SVGSimplification.keptRingIndices(xs: xs, ys: ys, tolerance: tolerance)
                let points = rounded(xs, ys, indices: kept)
                guard points.count >= 3 else {
                    if ringIndex == 0 { break }
                    continue
                }
                builder.ring(points)
            }
        }
        if builder.isEmpty {
            if fallback.isEmpty { return nil }
            builder.ring(fallback)
        }
        return builder.string
    }

    /// Projected ring, closed (first point repeated at the end) as the ring simplifier expects.
    private func project(_ ring: [GeoPoint]) -> ([Double], [Double]) {
        var xs: [Double] = []
        var ys: [Double] = []
        xs.reserveCapacity(ring.count + 1)
        ys.reserveCapacity(ring.count + 1)
        for point in ring {
            xs.append(projection.x(point.lon))
            ys.append(projection.y(point.lat))
        }
        if let first = ring.first, let last = ring.last, first != last {
            xs.append(xs[0])
            ys.append(ys[0])
        }
        return (xs, ys)
    }

    /// A square `minimumRingSize` wide centred on the ring's box, in tenths of a pixel.
    private func square(around xs: [Double], _ ys: [Double]) -> [(Int, Int)] {
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return [] }
        let side = max(Int((minimumRingSize * 10).rounded()), 1)
        let left = Int(((minX + maxX) * 5).rounded()) - side / 2
        let top = Int(((minY + maxY) * 5).rounded()) - side / 2
        return [(left, top), (left + side, top), (left + side, top + side), (left, top + side)]
    }

    private func extent(_ xs: [Double], _ ys: [Double]) -> (width: Double, height: Double) {
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return (0, 0) }
        return (maxX - minX, maxY - minY)
    }

    /// Positions in tenths of a pixel, without consecutive repeats and without the closing point
    /// (the path's "z" closes the ring).
    private func rounded(_ xs: [Double], _ ys: [Double], indices: [Int]) -> [(Int, Int)] {
        var points: [(Int, Int)] = []
        points.reserveCapacity(indices.count)
        for index in indices {
            let point = (Int((xs[index] * 10).rounded()), Int((ys[index] * 10).rounded()))
            if let last = points.last, last == point { continue }
            points.append(point)
        }
        if points.count > 1, let first = points.first, let last = points.last, first == last {
            points.removeLast()
        }
        return points
    }
}

/// Byte-level writer for path data: the map writes hundreds of thousands of numbers, and appending
/// bytes is several times faster than building a `String` per number.
struct PathBuilder {
    private var bytes: [UInt8] = []
    /// Whether the last byte ends a number, so a following positive number needs a separating space.
    private var afterNumber = false

    var isEmpty: Bool { bytes.isEmpty }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func ring(_ points: [(Int, Int)]) {
        guard let first = points.first else { return }
        command(UInt8(ascii: "M"))
        number(first.0)
        number(first.1)
        if points.count > 1 {
            command(UInt8(ascii: "l"))
            var previous = first
            for point in points.dropFirst() {
                number(point.0 - previous.0)
                number(point.1 - previous.1)
                previous = point
            }
        }
        command(UInt8(ascii: "z"))
    }

    private mutating func command(_ letter: UInt8) {
        bytes.append(letter)
        afterNumber = false
    }

    /// Writes `tenths / 10` with at most one decimal: 123 → "12.3", 120 → "12", -5 → "-0.5".
    private mutating func number(_ tenths: Int) {
        if tenths < 0 {
            bytes.append(UInt8(ascii: "-"))
        } else if afterNumber {
            bytes.append(UInt8(ascii: " "))
        }
        let magnitude = tenths.magnitude
        digits(magnitude / 10)
        let fraction = magnitude % 10
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction))
        }
        afterNumber = true
    }

    private mutating func digits(_ value: UInt) {
        if value >= 10 { digits(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
