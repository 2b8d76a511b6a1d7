/// An organisation's maturity profile: one row per theme on the scale (1–5), its own score as a filled dot, the
/// median of all organisations as an open diamond and, when given, the median of a comparison group as a triangle.
/// The page puts a table with the same figures beside it.
public struct MaturityProfileChart: Sendable {
    public struct Row: Sendable {
        public let theme: String
        public let score: Double?
        public let median: Double?
        public let groupMedian: Double?

        public init(theme: String, score: Double?, median: Double?, groupMedian: Double? = nil) {
            self.theme = theme
            self.score = score
            self.median = median
            self.groupMedian = groupMedian
        }
    }

    public internal(set) var id: String
    public let title: String
    public let description: String
    public let rows: [Row]
    public let levels: [(value: Int, label: String)]
    public let organisationLabel: String
    public let groupLabel: String?
    public internal(set) var width: Double
    /// The words written into the SVG; Dutch unless the page sets its language's.
    public var words: ChartWords = .dutch
    /// Whether the drawing is a Tab stop of its own (`tabindex="0"`): set by a page that shows the chart beside its
    /// table; off for a page that makes the chart's frame the stop instead.
    public var focusable = false

    public init(id: String, title: String, description: String, rows: [Row], levels: [(value: Int, label: String)],
                organisationLabel: String, groupLabel: String? = nil, width: Double = 780) {
        self.id = SVGMarkup.identifier(id)
        self.title = title
        self.description = description
        self.rows = rows
        self.levels = levels.sorted { $0.value < $1.value }
        self.organisationLabel = organisationLabel
        self.groupLabel = groupLabel
        self.width = width
    }

    static let rowHeight = 30.0
    static let labelWidth = 300.0

    /// The theme names' column: 300 units, or less than half of a narrow drawing.
    var labelColumn: Double { min(Self.labelWidth, (width * 0.45).rounded()) }

    /// The legend's entries (marker and words) placed left to right from the plot's left edge, or from the chart's
    /// left edge on a narrow drawing, and wrapped onto a next row when the width runs out.
    var legendPlaces: [(x: Double, row: Int)] {
        let labels = [organisationLabel, words.median] + (groupLabel.map { ["\(words.median) \($0)"] } ?? [])
        let start = width < 2 * Self.labelWidth ? 8.0 : labelColumn
        var places: [(x: Double, row: Int)] = []
        var x = start
        var row = 0
        for label in labels {
            let itemWidth = 20 + ChartStyle.estimatedWidth(label)
            if x > start && x + itemWidth > width {
                row += 1
                x = start
            }
            places.append((x, row))
            x += itemWidth + 20
        }
        return places
    }

    /// Where the rows start: below the legend's rows and the level numbers.
    var top: Double { 46 + Double((legendPlaces.map(\.row).max() ?? 0)) * 20 }

    public var height: Double { top + Double(rows.count) * Self.rowHeight + 16 }

    public func render() -> SVG {
        let minimum = Double(levels.first?.value ?? 1)
        let maximum = Double(levels.last?.value ?? 5)
        let left = labelColumn
        let top = self.top
        let legend = legendPlaces
        let right = width - 24
        func x(_ value: Double) -> Double { left + (value - minimum) / max(maximum - minimum, 1) * (right - left) }
        return SVGWriter.document(id: id, width: width, height: height, title: title, description: description,
                                  className: "chart maturity-profile", focusable: focusable) { svg in
            // Legend, then the level names along the top.
            func legendText(_ index: Int, _ text: String) {
                let place = legend[index]
                svg.element("text", [("x", SVGMarkup.number(place.x + 10)), ("y", SVGMarkup.number(14 + Double(place.row) * 20)),
                                     ("fill", ChartStyle.textColor)], text: text)
            }
            svg.empty("circle", [("cx", SVGMarkup.number(legend[0].x)), ("cy", "10"), ("r", "6"), ("fill", ChartStyle.textColor)])
            legendText(0, organisationLabel)
            svg.appendTrusted(Self.diamond(legend[1].x, 10 + Double(legend[1].row) * 20))
            legendText(1, words.median)
            if let groupLabel {
                svg.appendTrusted(Self.triangle(legend[2].x, 10 + Double(legend[2].row) * 20))
                legendText(2, "\(words.median) \(groupLabel)")
            }
            for level in levels {
                let lx = x(Double(level.value))
                svg.empty("line", [("x1", SVGMarkup.number(lx)), ("x2", SVGMarkup.number(lx)), ("y1", SVGMarkup.number(top - 6)),
                                   ("y2", SVGMarkup.number(height - 12)), ("stroke", ChartStyle.gridColor)])
                svg.element("text", [("x", SVGMarkup.number(lx)), ("y", SVGMarkup.number(top - 10)), ("text-anchor", "middle"),
                                     ("fill", ChartStyle.mutedTextColor), ("font-size", SVGMarkup.number(ChartStyle.smallFontSize))],
                            text: String(level.value))
            }
            for (index, row) in rows.enumerated() {
                let y = top + Double(index) * Self.rowHeight + Self.rowHeight / 2
                svg.element("text", [("x", SVGMarkup.number(left - 10)), ("y", SVGMarkup.number(y + 4)), ("text-anchor", "end"),
                                     ("fill", ChartStyle.textColor)], text: ChartStyle.truncated(row.theme, toWidth: left - 16))
                svg.empty("line", [("x1", SVGMarkup.number(left)), ("x2", SVGMarkup.number(right)), ("y1", SVGMarkup.number(y)),
                                   ("y2", SVGMarkup.number(y)), ("stroke", ChartStyle.gridColor)])
                if let median = row.median { svg.appendTrusted(Self.diamond(x(median), y)) }
                if let group = row.groupMedian { svg.appendTrusted(Self.triangle(x(group), y)) }
                if let score = row.score {
                    let level = Int(score.rounded(.down))
                    svg.empty("circle", [("cx", SVGMarkup.number(x(score))), ("cy", SVGMarkup.number(y)), ("r", "7"),
                                         ("fill", MaturityLevels.colour(level)), ("stroke", ChartStyle.textColor), ("stroke-width", "2")])
                } else {
                    svg.element("text", [("x", SVGMarkup.number(left + 4)), ("y", SVGMarkup.number(y - 4)),
                                         ("fill", ChartStyle.mutedTextColor), ("font-size", SVGMarkup.number(ChartStyle.smallFontSize))],
                                text: words.noScore)
                }
            }
        }
    }

    static func diamond(_ x: Double, _ y: Double) -> String {
        "<path d=\"M\(SVGMarkup.number(x)) \(SVGMarkup.number(y - 7))l7 7l-7 7l-7 -7z\" fill=\"none\" stroke=\"\(ChartStyle.textColor)\" stroke-width=\"2\"/>"
    }

    static func triangle(_ x: Double, _ y: Double) -> String {
        "<path d=\"M\(SVGMarkup.number(x)) \(SVGMarkup.number(y - 7))l7 12h-14z\" fill=\"none\" stroke=\"\(ChartStyle.axisColor)\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>"
    }
}
