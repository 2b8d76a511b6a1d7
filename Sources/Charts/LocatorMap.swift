/// A small map that says where one area lies: the area in the accent colour among its neighbours in grey.
/// A steekkaart carries one, on screen and on paper. The title and description say it in words; the area's name on
/// the map (`label`) is only a visual aid.
public struct LocatorMap: Sendable {
    public struct Shape: Sendable {
        public let geometry: GeoGeometry
        public let highlighted: Bool

        public init(geometry: GeoGeometry, highlighted: Bool) {
            self.geometry = geometry
            self.highlighted = highlighted
        }
    }

    public let id: String
    public let title: String
    public let description: String
    public let shapes: [Shape]
    public let width: Double
    public let height: Double
    /// The name written on the highlighted area (with a halo, like a choropleth map's names); nil writes none.
    public var label: String?

    public init(id: String, title: String, description: String, shapes: [Shape], width: Double = 320, height: Double = 240) {
        self.id = SVGMarkup.identifier(id)
        self.title = title
        self.description = description
        self.shapes = shapes
        self.width = width > 0 ? width : 320
        self.height = height > 0 ? height : 240
    }

    /// #1f4e79 (the site's accent, 8.9:1 on white) against #d9d9d9 with white borders: told apart by lightness
    /// alone, so also in greyscale print and with any colour vision.
    static let areaColor = "#1f4e79"
    static let contextColor = "#d9d9d9"

    public func render() -> SVG {
        let bounds = shapes.reduce(GeoBounds.empty) { result, shape in
            shape.geometry.isEmpty ? result : result.union(shape.geometry.bounds)
        }
        let encoder = MapPathEncoder(projection: MapProjection(bounds: bounds, width: width, height: height, padding: 2))
        // The area last, so its outline lies on top of its neighbours'.
        let ordered = shapes.filter { !$0.highlighted } + shapes.filter(\.highlighted)
        return SVGWriter.document(
            id: id, width: width, height: height, title: title, description: description, className: "locator-map",
            capacity: 1024 + shapes.count * 300
        ) { writer in
            writer.open("g", [("stroke", "#ffffff"), ("stroke-width", "0.5"), ("fill-rule", "evenodd")])
            for shape in ordered {
                guard let data = encoder.pathData(for: shape.geometry) else { continue }
                var attributes = [("d", data), ("fill", shape.highlighted ? Self.areaColor : Self.contextColor)]
                if shape.highlighted { attributes += [("stroke", "#1a1a1a"), ("stroke-width", "1.5")] }
                writer.empty("path", attributes)
            }
            writer.close("g")
            if let label, let area = shapes.first(where: \.highlighted),
                let point = MapLabelLayout.anchor(of: area.geometry, projection: encoder.projection)
            {
                // Just above the area, so the name does not cover the one shape the map is about (below it, or
                // on it, when there is no room above).
                let top = encoder.projection.y(area.geometry.bounds.maxLat)
                let placed = MapLabelLayout.place(
                    [(label, point.x, top - ChartStyle.fontSize)], width: width, height: height,
                    fontSize: ChartStyle.fontSize)
                writer.mapLabels(placed, fontSize: ChartStyle.fontSize)
            }
        }
    }
}
