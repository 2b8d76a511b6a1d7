/// How areas without a publishable value are drawn. Each style is an SVG `<pattern>` in the map's
/// `<defs>`, so the three kinds stay distinguishable without relying on colour alone (hatching and dots
/// survive greyscale printing and colour blindness), and no CSS is needed.
public enum NoDataStyle: String, Sendable, CaseIterable {
    /// No observation: plain light grey.
    case noData
    /// Hidden for privacy (shown as "x" in tables): grey hatching on white.
    case suppressed
    /// The indicator does not apply to this area: white with grey dots.
    case notApplicable

    /// The legend text in Dutch (`ChartWords.label(_:)` in another language).
    public var label: String { ChartWords.dutch.label(self) }

    /// The mark a table shows instead of a number, matching `PublishedValue.mark`.
    public var mark: String {
        switch self {
        case .noData: "-"
        case .suppressed: "x"
        case .notApplicable: "."
        }
    }

    /// A pattern id that is unique per chart: `prefix` is the chart's id.
    public func patternID(prefix: String) -> String {
        switch self {
        case .noData: "\(prefix)-geen-gegevens"
        case .suppressed: "\(prefix)-geheim"
        case .notApplicable: "\(prefix)-nvt"
        }
    }

    /// The value for a `fill` attribute.
    public func fill(prefix: String) -> String {
        "url(#\(patternID(prefix: prefix)))"
    }

    /// The `<pattern>` element, for a `<defs>` block.
    public func definition(prefix: String) -> String {
        var writer = SVGWriter(capacity: 400)
        write(prefix: prefix, into: &writer)
        return writer.output
    }

    static let noDataGrey = "#d9d9d9"
    static let markGrey = "#8c8c8c"  // 3.4:1 on white: visible as a texture, not meant as text

    func write(prefix: String, into writer: inout SVGWriter) {
        // userSpaceOnUse keeps the texture the same size whatever the area's size.
        let size = "6"
        var attributes = [
            ("id", patternID(prefix: prefix)),
            ("width", size), ("height", size),
            ("patternUnits", "userSpaceOnUse"),
        ]
        if self == .suppressed {
            attributes.append(("patternTransform", "rotate(45)"))
        }
        writer.open("pattern", attributes)
        switch self {
        case .noData:
            writer.empty("rect", [("width", size), ("height", size), ("fill", Self.noDataGrey)])
        case .suppressed:
            writer.empty("rect", [("width", size), ("height", size), ("fill", "#ffffff")])
            writer.empty(
                "line",
                [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", size), ("stroke", Self.markGrey), ("stroke-width", "3")])
        case .notApplicable:
            writer.empty("rect", [("width", size), ("height", size), ("fill", "#ffffff")])
            writer.empty("circle", [("cx", "3"), ("cy", "3"), ("r", "1.2"), ("fill", Self.markGrey)])
        }
        writer.close("pattern")
    }
}
