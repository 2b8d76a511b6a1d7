/// One area on a choropleth map.
public struct MapFeature: Sendable {
    /// What the map knows about the area. The reasons for a missing value are kept apart because
    /// readers must be able to tell "secret" from "not measured" from "does not apply".
    public enum Status: Sendable, Hashable {
        case value(Double)
        case noData
        case suppressed
        case notApplicable
    }

    public let id: String
    public let name: String
    public let geometry: GeoGeometry
    public let status: Status
    /// The formatted value for the tooltip, e.g. "1.234,5 kWh" or "x (geheim)". An area is no link: the table
    /// beside the map links to the areas, so the map stays one Tab stop however many areas it draws.
    public let label: String

    public init(id: String, name: String, geometry: GeoGeometry, status: Status, label: String) {
        self.id = id
        self.name = name
        self.geometry = geometry
        self.status = status
        self.label = label
    }

    /// The finite value, if any; a NaN or infinite value is drawn as "no data".
    var value: Double? {
        if case .value(let value) = status, value.isFinite { return value }
        return nil
    }

    /// How the area is drawn when it has no value.
    var noDataStyle: NoDataStyle? {
        switch status {
        case .value(let value): value.isFinite ? nil : .noData
        case .noData: .noData
        case .suppressed: .suppressed
        case .notApplicable: .notApplicable
        }
    }
}

/// A choropleth map rendered on the server as one inline SVG: one `<path>` per area, coloured by class,
/// with a tooltip, so the map works without JavaScript.
public struct ChoroplethMap: Sendable {
    public internal(set) var id: String
    public let title: String
    public let description: String
    public let features: [MapFeature]
    /// The classes used for colouring: the given breaks, or when none were given, Swing's default
    /// (mean and standard deviation, 5 classes) over the features' values.
    public let breaks: ClassBreaks
    public let palette: Palette
    /// Unit shown above the legend, e.g. "kWh" or "%".
    public let unit: String
    /// Decimals for the legend bounds; nil picks the fewest that keep the bounds distinct.
    public let decimals: Int?
    public internal(set) var width: Double
    /// The words written into the SVG; Dutch unless the page sets its language's.
    public var words: ChartWords = .dutch
    /// Whether the drawing is a Tab stop of its own (`tabindex="0"`): set by a page that shows the chart beside its
    /// table; off for a page that makes the chart's frame the stop instead.
    public var focusable = false
    public internal(set) var height: Double
    /// The larger area and the areas around the shown ones, in grey (`MapContext`); none by default.
    public var context: MapContext = .none
    /// The ids of the areas whose names are written on the map, the most important first: names that would overlap
    /// one already written are left out (`MapLabelLayout`).
    public var labelled: [String] = []

    /// - Parameter id: prefix for every id in the map and its legend; must be unique on the page.
    public init(
        id: String, title: String, description: String, features: [MapFeature], breaks: ClassBreaks?,
        palette: Palette, unit: String = "", decimals: Int? = nil, width: Double = 640, height: Double = 480
    ) {
        self.id = SVGMarkup.identifier(id)
        self.title = title
        self.description = description
        self.features = features
        self.breaks = breaks ?? Classifier.breaks(features.compactMap(\.value), method: .swing, classes: 5)
        self.palette = palette
        self.unit = unit
        self.decimals = decimals
        self.width = width > 0 ? width : 640
        self.height = height > 0 ? height : 480
    }

    /// The projection fitted to all areas that have a geometry.
    public var projection: MapProjection {
        let memo = context.drawnPaths
        let bounds = features.reduce(context.outlineBounds) { result, feature in
            guard !feature.geometry.isEmpty else { return result }
            guard let memo else { return result.union(feature.geometry.bounds) }
            return result.union(memo.bounds(feature.id) { feature.geometry.bounds })
        }
        // A little padding so the outer boundary strokes are not cut off at the edge.
        return MapProjection(bounds: bounds, width: width, height: height, padding: 2)
    }

    /// The fill for one area: its class colour, or the pattern for its kind of missing value.
    func fill(for feature: MapFeature, colors: [String]) -> String {
        if let style = feature.noDataStyle { return style.fill(prefix: id) }
        guard let value = feature.value, !colors.isEmpty else { return NoDataStyle.noData.fill(prefix: id) }
        return colors[min(breaks.classIndex(of: value), colors.count - 1)]
    }

    /// Colours per class; a single neutral colour when the breaks have no classes but values exist
    /// (breaks given for other data).
    var classColors: [String] {
        palette.colors(max(breaks.classCount, 1))
    }

    /// The kinds of missing value that occur on the drawn map, in legend order.
    var presentNoDataStyles: [NoDataStyle] {
        let present = Set(features.lazy.filter { !$0.geometry.isEmpty }.compactMap(\.noDataStyle))
        return NoDataStyle.allCases.filter(present.contains)
    }

    public func render() -> SVG {
        draw(narrowLabelsWidth: nil)
    }

    /// The map for a page: one drawing `ChartSizes.wide` units wide that the page scales to its frame, with its names
    /// written twice — 12 units for a roomy frame, and as large as 12 px on a `ChartSizes.narrow` px phone for a narrow
    /// one (`map-labels-narrow`, hidden unless the stylesheet's container query shows it). A chart's two drawings would
    /// repeat every outline; on a map of all wijken of Flanders the outlines are nearly all of the page.
    public func renderSized() -> SizedMap {
        var map = self
        map.height = (height * ChartSizes.wide / width).rounded()
        map.width = ChartSizes.wide
        return SizedMap(svg: map.draw(narrowLabelsWidth: ChartSizes.narrow))
    }

    /// The drawing; with `narrowLabelsWidth`, a second set of names laid out as on a drawing that many units wide.
    private func draw(narrowLabelsWidth: Double?) -> SVG {
        let projection = self.projection
        let encoder = MapPathEncoder(projection: projection)
        let colors = classColors
        let styles = presentNoDataStyles
        // Roughly what a simplified wijk costs, so the string grows in few steps.
        let capacity = 1024 + features.count * 300
        return SVGWriter.document(
            id: id, width: width, height: height, title: title, description: description,
            className: "choropleth", focusable: focusable, capacity: capacity
        ) { writer in
            // Only the patterns that are used: a map without secrets carries no hatching definition.
            if !styles.isEmpty {
                writer.open("defs")
                for style in styles { style.write(prefix: id, into: &writer) }
                writer.close("defs")
            }
            writer.mapSurroundings(context, encoder: encoder)
            // Presentation attributes on the group are inherited by every path: one white hairline
            // between areas, and even-odd filling so holes (an enclave) stay open whatever the winding.
            writer.open(
                "g",
                [
                    ("stroke", "#ffffff"), ("stroke-width", "0.5"), ("stroke-linejoin", "round"),
                    ("fill-rule", "evenodd"),
                ])
            for feature in features {
                guard let data = pathData(for: feature, encoder: encoder) else { continue }
                // Path data is this module's own digits and command letters: no escaping needed.
                writer.appendTrusted("<path d=\"")
                writer.appendTrusted(data)
                writer.appendTrusted("\" fill=\"")
                writer.appendTrusted(SVGMarkup.escape(fill(for: feature, colors: colors)))
                writer.appendTrusted("\">")
                writer.element("title", text: "\(feature.name): \(feature.label)")
                writer.close("path")
            }
            writer.close("g")
            writer.mapOutlines(context, encoder: encoder)
            if let narrowLabelsWidth, narrowLabelsWidth > 0, narrowLabelsWidth < width {
                writer.mapLabels(labels(projection: projection), className: "map-labels map-labels-wide")
                writer.mapLabels(narrowLabels(width: narrowLabelsWidth), scale: width / narrowLabelsWidth,
                                 className: "map-labels map-labels-narrow", hidden: true)
            } else {
                writer.mapLabels(labels(projection: projection))
            }
        }
    }

    /// The outline of one area as path data, from the memo when the page keeps one.
    func pathData(for feature: MapFeature, encoder: MapPathEncoder) -> String? {
        guard let memo = context.drawnPaths else { return encoder.pathData(for: feature.geometry) }
        return memo.path("area:" + feature.id, projection: encoder.projection) { encoder.pathData(for: feature.geometry) }
    }

    /// The names as they would be placed on a drawing `narrowWidth` units wide (12 units there), in that drawing's
    /// units; `mapLabels(_:scale:)` writes them scaled up to this drawing.
    func narrowLabels(width narrowWidth: Double) -> [MapLabel] {
        var narrow = self
        narrow.height = (height * narrowWidth / width).rounded()
        narrow.width = narrowWidth
        return narrow.labels(projection: narrow.projection)
    }

    /// The names of the `labelled` areas, placed so none overlaps another.
    func labels(projection: MapProjection) -> [MapLabel] {
        guard !labelled.isEmpty else { return [] }
        let byID = Dictionary(features.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        let candidates: [(text: String, x: Double, y: Double)] = labelled.compactMap { id in
            guard seen.insert(id).inserted, let feature = byID[id],
                let point = MapLabelLayout.anchor(of: feature.geometry, projection: projection)
            else { return nil }
            return (feature.name, point.x, point.y)
        }
        return MapLabelLayout.place(candidates, width: width, height: height)
    }
}

/// A map as a page shows it: one drawing in the frame whose width picks the names to show (site.css).
public struct SizedMap: Sendable {
    public let svg: SVG

    /// `<div class="chart-sizes">` around the drawing; only our own escaped SVG goes in.
    public var markup: String {
        "<div class=\"chart-sizes map-sizes\">\(svg.markup)</div>"
    }
}
