/// The legend of a choropleth map, as its own SVG so a page can place it beside or below the map.
public struct MapLegend: Sendable {
    public struct Entry: Sendable, Hashable {
        /// A colour ("#rrggbb") or a pattern reference ("url(#…)").
        public let fill: String
        /// "1.000 – 2.000", or the label of a kind of missing value.
        public let label: String
        /// How many areas on the map are drawn this way.
        public let count: Int
        /// Set for the entries of missing values, whose patterns the legend must define.
        public let noDataStyle: NoDataStyle?

        /// For a missing-value entry `fill` is ignored: the legend draws the style's own pattern.
        public init(fill: String, label: String, count: Int, noDataStyle: NoDataStyle? = nil) {
            self.fill = fill
            self.label = label
            self.count = count
            self.noDataStyle = noDataStyle
        }
    }

    public let id: String
    public let title: String
    /// Shown above the swatches, e.g. "kWh"; empty for none.
    public let unit: String
    public let entries: [Entry]
    /// The words of the description; Dutch unless the map passes others.
    public var words: ChartWords = .dutch

    public init(id: String, title: String, unit: String, entries: [Entry]) {
        self.id = SVGMarkup.identifier(id)
        self.title = title
        self.unit = unit
        self.entries = entries
    }

    static let rowHeight = 22.0
    static let swatchWidth = 20.0
    static let swatchHeight = 14.0
    static let textX = 28.0

    /// The text a row shows, count included: "1.000 – 2.000 (12)".
    static func rowText(_ entry: Entry) -> String {
        "\(entry.label) (\(DutchNumberFormat.string(Double(entry.count), decimals: 0)))"
    }

    public func render() -> SVG {
        let header = unit.trimmingCharacters(in: .whitespaces)
        let headerHeight = header.isEmpty ? 0.0 : Self.rowHeight
        let widest = entries.map { ChartStyle.estimatedWidth(Self.rowText($0)) }.max() ?? 0
        let width = (max(Self.textX + widest, ChartStyle.estimatedWidth(header)) + 8).rounded(.up)
        let height = max(headerHeight + Double(entries.count) * Self.rowHeight + 4, Self.rowHeight)
        // The description reads the legend out for screen readers, which cannot see the swatches.
        let description = entries.map { "\($0.label): \(words.count($0.count))" }
            .joined(separator: "; ")
        let styles = entries.compactMap(\.noDataStyle)

        return SVGWriter.document(
            id: id, width: width, height: height, title: title, description: description, className: "map-legend"
        ) { writer in
            if !styles.isEmpty {
                writer.open("defs")
                for style in NoDataStyle.allCases where styles.contains(style) {
                    style.write(prefix: id, into: &writer)
                }
                writer.close("defs")
            }
            if !header.isEmpty {
                writer.element(
                    "text", [("x", "0"), ("y", "15"), ("fill", ChartStyle.mutedTextColor)], text: header)
            }
            for (index, entry) in entries.enumerated() {
                let top = headerHeight + Double(index) * Self.rowHeight + 2
                writer.empty(
                    "rect",
                    [
                        ("x", "0.5"), ("y", SVGMarkup.number(top + 0.5)),
                        ("width", SVGMarkup.number(Self.swatchWidth)), ("height", SVGMarkup.number(Self.swatchHeight)),
                        ("fill", entry.noDataStyle?.fill(prefix: id) ?? entry.fill),
                        ("stroke", "#737373"), ("stroke-width", "1"),
                    ])
                writer.element(
                    "text",
                    [
                        ("x", SVGMarkup.number(Self.textX)), ("y", SVGMarkup.number(top + 12.5)),
                        ("fill", ChartStyle.textColor),
                    ],
                    text: Self.rowText(entry))
            }
        }
    }
}

extension ChoroplethMap {
    /// The entries of this map's legend: one per class, then one per kind of missing value that occurs.
    /// Counts are of the areas drawn on this map, so they always agree with what the reader sees.
    public var legendEntries: [MapLegend.Entry] {
        let drawn = features.filter { !$0.geometry.isEmpty }
        var entries: [MapLegend.Entry] = []
        if breaks.classCount > 0 {
            let colors = classColors
            var counts = Array(repeating: 0, count: breaks.classCount)
            for feature in drawn {
                if let value = feature.value { counts[breaks.classIndex(of: value)] += 1 }
            }
            let places = decimals ?? DutchNumberFormat.decimalsDistinguishing(breaks.bounds)
            let bounds = breaks.bounds.map { DutchNumberFormat.string($0, decimals: places) }
            for index in 0..<breaks.classCount {
                let label =
                    bounds[index] == bounds[index + 1] ? bounds[index] : "\(bounds[index]) – \(bounds[index + 1])"
                entries.append(
                    MapLegend.Entry(fill: colors[index], label: label, count: counts[index], noDataStyle: nil))
            }
        }
        for style in presentNoDataStyles {
            let count = drawn.count(where: { $0.noDataStyle == style })
            entries.append(
                MapLegend.Entry(
                    fill: style.fill(prefix: legendID), label: words.label(style), count: count, noDataStyle: style))
        }
        return entries
    }

    /// The legend's own id, derived from the map's so both can sit on one page.
    var legendID: String { "\(id)-legende" }

    /// The legend as a separate SVG; its pattern ids differ from the map's, so both can be inlined together.
    public func legend() -> SVG {
        var legend = MapLegend(id: legendID, title: "\(words.legend): \(title)", unit: unit, entries: legendEntries)
        legend.words = words
        return legend.render()
    }
}
