/// A name written on a map, centred on (`x`, `y`) in the map's units.
public struct MapLabel: Sendable, Hashable {
    /// Which end of the text its x is: a name near a side of the map is anchored on the side nearest the edge, so
    /// text wider than its estimate grows inward instead of being cut off by the edge of the drawing.
    public enum Anchor: String, Sendable {
        case start, middle, end
    }

    public let text: String
    public let x: Double
    public let y: Double
    /// The box the label (with its halo) covers: what no other label may overlap.
    public let box: LabelBox
    public var anchor: Anchor = .middle

    /// Where the text is written: the box's centre, or its left or right edge inside the halo.
    public var textX: Double {
        switch anchor {
        case .start: box.minX + MapLabelLayout.halo
        case .middle: x
        case .end: box.maxX - MapLabelLayout.halo
        }
    }
}

/// An axis-aligned box in map units.
public struct LabelBox: Sendable, Hashable {
    public let minX: Double
    public let minY: Double
    public let maxX: Double
    public let maxY: Double

    public func overlaps(_ other: LabelBox) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }
}

/// Where the names of the chosen areas go on a map: each on a point inside its area, in the order asked (the most
/// important first), a name that would overlap one already placed tried a line higher and a line lower, and left
/// out when it fits nowhere. Pure geometry: no SVG here, so it can be tested on its own.
enum MapLabelLayout {
    /// Map text is never drawn under 12 units: both drawings of a map are shown at least at their own width.
    static let fontSize = ChartStyle.smallFontSize
    /// How far the white halo reaches around the letters.
    static let halo = 3.0
    /// How much longer than estimated a name may turn out and still fit on the drawing.
    static let widthMargin = 1.15

    /// Start-anchored in the left quarter of the drawing, end-anchored in the right quarter, centred otherwise (and
    /// when a long name reaches into both).
    static func textAnchor(_ box: LabelBox, width: Double) -> MapLabel.Anchor {
        let nearLeft = box.minX < width * 0.25
        let nearRight = box.maxX > width * 0.75
        if nearLeft && !nearRight { return .start }
        if nearRight && !nearLeft { return .end }
        return .middle
    }

    /// Places `candidates` (text and the point inside its area) on a `width × height` drawing.
    static func place(
        _ candidates: [(text: String, x: Double, y: Double)], width: Double, height: Double, fontSize: Double = fontSize
    ) -> [MapLabel] {
        var placed: [MapLabel] = []
        let lineHeight = fontSize * 1.2
        for candidate in candidates where !candidate.text.isEmpty && candidate.x.isFinite && candidate.y.isFinite {
            let textWidth = ChartStyle.estimatedWidth(candidate.text, fontSize: fontSize) + 2 * halo
            let textHeight = lineHeight + halo
            // A name wider than the drawing cannot be placed anywhere. The width is an estimate (an average per
            // letter; capitals and wide letters run longer), so a name must fit with room to spare, and the anchor
            // keeps any overflow on the inner side.
            guard textWidth * widthMargin <= width, textHeight <= height else { continue }
            for offset in [0, -textHeight, textHeight] {
                // Kept whole inside the drawing: shifted in from an edge rather than cut off.
                let x = min(max(candidate.x, textWidth / 2), width - textWidth / 2)
                let y = min(max(candidate.y + offset, textHeight / 2), height - textHeight / 2)
                let box = LabelBox(
                    minX: x - textWidth / 2, minY: y - textHeight / 2, maxX: x + textWidth / 2, maxY: y + textHeight / 2)
                if placed.contains(where: { $0.box.overlaps(box) }) { continue }
                placed.append(MapLabel(text: candidate.text, x: x, y: y, box: box, anchor: textAnchor(box, width: width)))
                break
            }
        }
        return placed
    }

    /// A point well inside an area as drawn: on the horizontal line through the centroid of its largest polygon,
    /// the middle of the widest stretch that lies inside it (a centroid alone can fall outside a crescent or a
    /// U-shaped wijk). Nil for an area without polygons.
    static func anchor(of geometry: GeoGeometry, projection: MapProjection) -> (x: Double, y: Double)? {
        var best: [(x: Double, y: Double)] = []
        var bestArea = -1.0
        for polygon in geometry.polygons {
            guard let outer = polygon.first, outer.count >= 3 else { continue }
            let ring = outer.map(projection.project)
            let area = abs(signedArea(ring))
            if area > bestArea {
                bestArea = area
                best = ring
            }
        }
        guard !best.isEmpty else { return nil }
        let centre = centroid(best)
        var crossings: [Double] = []
        for index in best.indices {
            let a = best[index]
            let b = best[(index + 1) % best.count]
            // Half-open on y so a vertex on the line counts once.
            if (a.y <= centre.y) != (b.y <= centre.y) {
                crossings.append(a.x + (centre.y - a.y) / (b.y - a.y) * (b.x - a.x))
            }
        }
        crossings.sort()
        var widest: (Double, Double)?
        var start = 0
        while start + 1 < crossings.count {
            let segment = (crossings[start], crossings[start + 1])
            if widest == nil || segment.1 - segment.0 > widest!.1 - widest!.0 { widest = segment }
            start += 2
        }
        guard let widest else { return centre }
        return ((widest.0 + widest.1) / 2, centre.y)
    }

    private static func signedArea(_ ring: [(x: Double, y: Double)]) -> Double {
        var sum = 0.0
        for index in ring.indices {
            let a = ring[index]
            let b = ring[(index + 1) % ring.count]
            sum += a.x * b.y - b.x * a.y
        }
        return sum / 2
    }

    /// The centroid of a ring; the mean of its points when it has no area.
    private static func centroid(_ ring: [(x: Double, y: Double)]) -> (x: Double, y: Double) {
        let area = signedArea(ring)
        guard abs(area) > 1e-9 else {
            let count = Double(ring.count)
            return (ring.reduce(0) { $0 + $1.x } / count, ring.reduce(0) { $0 + $1.y } / count)
        }
        var cx = 0.0
        var cy = 0.0
        for index in ring.indices {
            let a = ring[index]
            let b = ring[(index + 1) % ring.count]
            let cross = a.x * b.y - b.x * a.y
            cx += (a.x + b.x) * cross
            cy += (a.y + b.y) * cross
        }
        return (cx / (6 * area), cy / (6 * area))
    }
}

extension SVGWriter {
    /// Map names in dark text on a white halo (`paint-order`: the halo is painted first), so they read on any fill
    /// and on the hatching of a secret figure. Hidden from screen readers: the names are in the table beside the map.
    mutating func mapLabels(
        _ labels: [MapLabel], fontSize: Double = MapLabelLayout.fontSize, scale: Double = 1,
        className: String = "map-labels", hidden: Bool = false
    ) {
        guard !labels.isEmpty else { return }
        // A second set of names for a narrower frame starts hidden: a drawing opened on its own shows the first.
        let display: [(String, String)] = hidden ? [("display", "none")] : []
        open(
            "g",
            [("class", className)] + display + [
                ("aria-hidden", "true"), ("font-size", SVGMarkup.number(fontSize * scale)),
                ("text-anchor", "middle"), ("fill", ChartStyle.textColor), ("stroke", "#ffffff"),
                ("stroke-width", SVGMarkup.number(MapLabelLayout.halo * scale)), ("stroke-linejoin", "round"),
                ("paint-order", "stroke"),
            ])
        for label in labels {
            // The baseline sits a third of the text's height below the centre, so the letters are centred.
            var attributes = [
                ("x", SVGMarkup.number(label.textX * scale)), ("y", SVGMarkup.number((label.y + fontSize * 0.35) * scale)),
            ]
            if label.anchor != .middle { attributes.append(("text-anchor", label.anchor.rawValue)) }
            element("text", attributes, text: label.text)
        }
        close("g")
    }
}
