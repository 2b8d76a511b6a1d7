/// What a map draws around its areas so they do not float on white: the larger area they belong to and the areas
/// around them, in neutral greys, never in the legend (they carry no figures).
public struct MapContext: Sendable {
    /// Areas around the shown ones (the other gemeenten of Flanders around the 13 centrumsteden), drawn beneath them
    /// in a light grey. They do not widen the map's frame: the map stays fitted to what it shows.
    public var surroundings: [GeoGeometry]
    /// The larger areas the shown ones lie in (the city around its wijken), drawn over them as a grey line. The map is
    /// fitted to these as well, so the wijken of one city fill a map of that city.
    public var outlines: [GeoGeometry]

    /// The paths drawn before for this level, kept between requests by the page (`MapPathMemo`); nil draws anew.
    public var drawnPaths: MapPathMemo?
    /// What names the surroundings and outlines (their level and areas), so their drawn paths can be kept in
    /// `drawnPaths` too; nil draws them anew.
    public var shapesKey: String?

    public init(surroundings: [GeoGeometry] = [], outlines: [GeoGeometry] = []) {
        self.surroundings = surroundings
        self.outlines = outlines
    }

    public static let none = MapContext()

    public var isEmpty: Bool { surroundings.isEmpty && outlines.isEmpty }

    /// #f2f2f2 land with #bfbfbf borders: lighter than the "no data" grey (#d9d9d9) and without its pattern, so it
    /// cannot be read as an area without a figure.
    static let surroundingFill = "#f2f2f2"
    static let surroundingStroke = "#bfbfbf"
    /// The outline of the larger area: #595959, 7:1 on white, visible on the lightest and the darkest class.
    static let outlineStroke = "#595959"

    /// The bounds the outlines add to the map's frame (from the memo when the shapes are named: the outlines of all
    /// gemeenten of Flanders take a pass over every point).
    var outlineBounds: GeoBounds {
        func bounds() -> GeoBounds { outlines.reduce(GeoBounds.empty) { $0.union($1.isEmpty ? .empty : $1.bounds) } }
        guard let drawnPaths, let shapesKey else { return bounds() }
        return drawnPaths.bounds("outlines:\(shapesKey)", make: bounds)
    }
}

extension SVGWriter {
    /// The surroundings, beneath the map's own areas.
    mutating func mapSurroundings(_ context: MapContext, encoder: MapPathEncoder) {
        guard !context.surroundings.isEmpty else { return }
        appendTrusted(
            Self.contextGroup("surroundings", context.surroundings, context: context, encoder: encoder) { writer in
                writer.open(
                    "g",
                    [
                        ("class", "map-surroundings"), ("fill", MapContext.surroundingFill),
                        ("stroke", MapContext.surroundingStroke), ("stroke-width", "0.5"), ("fill-rule", "evenodd"),
                    ])
            })
    }

    /// The outlines of the larger areas, over the map's own areas; they let every click and tooltip through.
    mutating func mapOutlines(_ context: MapContext, encoder: MapPathEncoder) {
        guard !context.outlines.isEmpty else { return }
        appendTrusted(
            Self.contextGroup("outlines", context.outlines, context: context, encoder: encoder) { writer in
                writer.open(
                    "g",
                    [
                        ("class", "map-outline"), ("fill", "none"), ("stroke", MapContext.outlineStroke),
                        ("stroke-width", "1.5"), ("stroke-linejoin", "round"), ("pointer-events", "none"),
                    ])
            })
    }

    /// One group of grey shapes as markup, taken from the memo when the context names its shapes.
    private static func contextGroup(
        _ kind: String, _ shapes: [GeoGeometry], context: MapContext, encoder: MapPathEncoder,
        open: (inout SVGWriter) -> Void
    ) -> String {
        func draw() -> String {
            var writer = SVGWriter(capacity: 1024 + shapes.count * 300)
            open(&writer)
            for shape in shapes {
                guard let data = encoder.pathData(for: shape) else { continue }
                writer.empty("path", [("d", data)])
            }
            writer.close("g")
            return writer.output
        }
        guard let memo = context.drawnPaths, let key = context.shapesKey else { return draw() }
        return memo.path("\(kind):\(key)", projection: encoder.projection, make: draw) ?? ""
    }
}
