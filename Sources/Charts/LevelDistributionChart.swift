/// How the scores of a theme spread over the scale: per theme a stacked bar with the number of organisations on
/// each level and between two levels (striped in both colours), and those without a score in grey.
public struct LevelDistributionChart: Sendable {
    public struct Row: Sendable {
        public let theme: String
        public let onLevel: [Int: Int]
        /// Keyed by the lower of the two levels.
        public let betweenLevels: [Int: Int]
        public let missing: Int

        public init(theme: String, onLevel: [Int: Int], betweenLevels: [Int: Int], missing: Int) {
            self.theme = theme
            self.onLevel = onLevel
            self.betweenLevels = betweenLevels
            self.missing = missing
        }

        var total: Int { onLevel.values.reduce(0, +) + betweenLevels.values.reduce(0, +) + missing }
    }

    public internal(set) var id: String
    public let title: String
    public let description: String
    public let rows: [Row]
    public let levels: [Int]
    public internal(set) var width: Double
    /// The words written into the SVG; Dutch unless the page sets its language's.
    public var words: ChartWords = .dutch
    /// Whether the drawing is a Tab stop of its own (`tabindex="0"`): set by a page that shows the chart beside its
    /// table; off for a page that makes the chart's frame the stop instead.
    public var focusable = false

    public init(id: String, title: String, description: String, rows: [Row], levels: [Int], width: Double = 780) {
        self.id = SVGMarkup.identifier(id)
        self.title = title
        self.description = description
        self.rows = rows
        self.levels = levels.sorted()
        self.width = width
    }

    static let rowHeight = 26.0
    static let labelWidth = 300.0

    public var height: Double { Double(rows.count) * Self.rowHeight + 12 }

    public func render() -> SVG {
        let total = max(rows.map(\.total).max() ?? 1, 1)
        // The theme names' column: 300 units, or less than half of a narrow drawing.
        let left = min(Self.labelWidth, (width * 0.45).rounded())
        let unit = (width - left - 40) / Double(total)
        return SVGWriter.document(id: id, width: width, height: height, title: title, description: description,
                                  className: "chart level-distribution", focusable: focusable) { svg in
            svg.open("defs")
            for level in levels.dropLast() {
                svg.open("pattern", [("id", "\(id)-tussen-\(level)"), ("width", "8"), ("height", "8"),
                                     ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)")])
                svg.empty("rect", [("width", "4"), ("height", "8"), ("fill", MaturityLevels.colour(level))])
                svg.empty("rect", [("x", "4"), ("width", "4"), ("height", "8"), ("fill", MaturityLevels.colour(level + 1))])
                svg.close("pattern")
            }
            svg.close("defs")
            for (index, row) in rows.enumerated() {
                let y = Double(index) * Self.rowHeight + 6
                svg.element("text", [("x", SVGMarkup.number(left - 10)), ("y", SVGMarkup.number(y + 14)), ("text-anchor", "end"),
                                     ("fill", ChartStyle.textColor)], text: ChartStyle.truncated(row.theme, toWidth: left - 16))
                var x = left
                func segment(_ count: Int, fill: String, label: String) {
                    guard count > 0 else { return }
                    let w = Double(count) * unit
                    svg.open("rect", [("x", SVGMarkup.number(x)), ("y", SVGMarkup.number(y)), ("width", SVGMarkup.number(w)),
                                      ("height", "18"), ("fill", fill), ("stroke", "#ffffff")])
                    svg.element("title", text: "\(row.theme): \(label): \(count)")
                    svg.close("rect")
                    x += w
                }
                for level in levels {
                    segment(row.onLevel[level] ?? 0, fill: MaturityLevels.colour(level), label: "\(words.level) \(level)")
                    if level != levels.last {
                        segment(row.betweenLevels[level] ?? 0, fill: "url(#\(id)-tussen-\(level))", label: words.between(level, level + 1))
                    }
                }
                segment(row.missing, fill: MaturityLevels.noScore, label: words.noScore)
                svg.element("text", [("x", SVGMarkup.number(x + 6)), ("y", SVGMarkup.number(y + 14)), ("fill", ChartStyle.mutedTextColor)],
                            text: String(row.total))
            }
        }
    }
}
