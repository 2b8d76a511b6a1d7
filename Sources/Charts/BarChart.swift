/// A horizontal bar chart: one row per area or category, labels on the left, values at the bar ends.
///
/// Horizontal because area names are long and must stay readable without rotation. Missing values
/// keep their row and show their table mark ("x", "-"), so a reader sees that an area exists
/// but has no publishable figure.
public struct BarChart: Sendable {
    public struct Bar: Sendable {
        public let label: String
        /// Nil when there is no publishable value; `mark` is shown instead.
        public let value: Double?
        /// The table mark for a missing value: "x" secret, "-" no data, "." not applicable.
        public let mark: String
        /// Drawn in a contrasting colour with a bold label, e.g. the area whose page this is.
        /// A bar is no link: the table beside the chart links to the areas, so the chart stays one Tab stop.
        public let highlighted: Bool
        /// A confidence interval around the value (a survey estimate), drawn as a whisker with end caps.
        public let interval: (lower: Double, upper: Double)?

        public init(label: String, value: Double?, mark: String = "-", highlighted: Bool = false,
                    interval: (lower: Double, upper: Double)? = nil) {
            self.label = label
            self.value = value.flatMap { $0.isFinite ? $0 : nil }
            self.mark = mark
            self.highlighted = highlighted
            self.interval = self.value == nil ? nil : interval.flatMap {
                $0.lower.isFinite && $0.upper.isFinite && $0.lower <= $0.upper ? $0 : nil
            }
        }
    }

    public internal(set) var id: String
    public let title: String
    public let description: String
    public let bars: [Bar]
    public let unit: String
    public let decimals: Int
    /// A vertical dashed line for comparison, e.g. the parent area's or Vlaanderen's value.
    public let reference: (label: String, value: Double)?
    public let sorted: Bool
    public internal(set) var width: Double
    /// The words written into the SVG; Dutch unless the page sets its language's.
    public var words: ChartWords = .dutch
    /// Whether the drawing is a Tab stop of its own (`tabindex="0"`): set by a page that shows the chart beside its
    /// table; off for a page that makes the chart's frame the stop instead.
    public var focusable = false

    /// - Parameter id: prefix for the ids inside the chart; must be unique on the page.
    public init(
        id: String, title: String, description: String, bars: [Bar], unit: String, decimals: Int,
        reference: (label: String, value: Double)? = nil, sorted: Bool = true, width: Double = 640
    ) {
        self.id = SVGMarkup.identifier(id)
        self.title = title
        self.description = description
        self.bars = bars
        self.unit = unit
        self.decimals = decimals
        self.reference = reference.flatMap { $0.value.isFinite ? $0 : nil }
        self.sorted = sorted
        self.width = width > 0 ? width : 640
    }

    static let rowHeight = 22.0
    static let barHeight = 14.0
    static let gap = 6.0

    /// Rows in drawing order. Sorted: highest value first (ties keep their given order) and bars
    /// without a value at the end, in their given order. Unsorted: exactly as given.
    public var orderedBars: [Bar] {
        guard sorted else { return bars }
        let valued = bars.enumerated().compactMap { entry in
            entry.element.value.map { (entry.offset, $0, entry.element) }
        }
        .sorted { a, b in a.1 != b.1 ? a.1 > b.1 : a.0 < b.0 }
        .map(\.2)
        return valued + bars.filter { $0.value == nil }
    }

    /// The row height times the number of bars, plus room for the reference label.
    public var height: Double {
        topMargin + Double(max(bars.count, 1)) * Self.rowHeight + 6
    }

    private var topMargin: Double { reference == nil ? 6 : 24 }

    func valueText(_ value: Double) -> String {
        DutchNumberFormat.string(value, decimals: decimals, unit: unit)
    }

    public func render() -> SVG {
        let rows = orderedBars
        let height = self.height
        let top = topMargin

        // Label column: as wide as the longest label needs, but never more than 40% of the chart.
        let longestLabel = rows.map { ChartStyle.estimatedWidth($0.label) }.max() ?? 0
        let labelColumn = min(max(longestLabel + 10, 40), width * 0.4)

        let values = rows.compactMap(\.value) + rows.compactMap(\.interval).flatMap { [$0.lower, $0.upper] }
        let positiveTexts = rows.map { $0.value.map(valueText) ?? $0.mark }.enumerated()
            .filter { (rows[$0.offset].value ?? 0) >= 0 }.map(\.element)
        let negativeTexts = rows.compactMap { bar in bar.value.flatMap { $0 < 0 ? valueText($0) : nil } }
        let rightRoom = (positiveTexts.map { ChartStyle.estimatedWidth($0) }.max() ?? 0) + Self.gap + 4
        let leftRoom =
            negativeTexts.isEmpty ? 0 : (negativeTexts.map { ChartStyle.estimatedWidth($0) }.max() ?? 0) + Self.gap

        let plotLeft = labelColumn + leftRoom
        let plotRight = max(width - rightRoom, plotLeft + 20)
        var low = min(values.min() ?? 0, 0)
        var high = max(values.max() ?? 0, 0)
        if let reference {
            low = min(low, reference.value)
            high = max(high, reference.value)
        }
        if high == low { high = low + 1 }
        func x(_ value: Double) -> Double {
            plotLeft + (value - low) / (high - low) * (plotRight - plotLeft)
        }
        let zeroX = x(0)

        return SVGWriter.document(
            id: id, width: width, height: height, title: title, description: description, className: "bar-chart",
            focusable: focusable
        ) { writer in
            for (index, bar) in rows.enumerated() {
                let rowTop = top + Double(index) * Self.rowHeight
                let baseline = SVGMarkup.number(rowTop + 15.5)
                let shownLabel = ChartStyle.truncated(bar.label, toWidth: labelColumn - 10)
                writer.open("g", [("class", bar.highlighted ? "bar highlighted" : "bar")])
                var labelAttributes = [
                    ("x", SVGMarkup.number(labelColumn - 8)), ("y", baseline),
                    ("text-anchor", "end"), ("fill", ChartStyle.textColor),
                ]
                if bar.highlighted { labelAttributes.append(("font-weight", "bold")) }
                if shownLabel != bar.label {
                    writer.open("text", labelAttributes)
                    writer.element("title", text: bar.label)
                    writer.appendTrusted(SVGMarkup.escape(shownLabel))
                    writer.close("text")
                } else {
                    writer.element("text", labelAttributes, text: bar.label)
                }

                if let value = bar.value {
                    let end = x(value)
                    let text = valueText(value)
                    var tooltip = "\(bar.label): \(text)"
                    if let interval = bar.interval {
                        tooltip += " (\(intervalText(interval)))"
                    }
                    writer.open(
                        "rect",
                        [
                            ("x", SVGMarkup.number(min(zeroX, end))),
                            ("y", SVGMarkup.number(rowTop + (Self.rowHeight - Self.barHeight) / 2)),
                            ("width", SVGMarkup.number(abs(end - zeroX))),
                            ("height", SVGMarkup.number(Self.barHeight)),
                            ("fill", bar.highlighted ? Self.highlightColor : Self.barColor),
                        ])
                    writer.element("title", text: tooltip)
                    writer.close("rect")
                    let negative = value < 0
                    var textX = negative ? end - Self.gap / 2 : end + Self.gap / 2
                    if let interval = bar.interval {
                        writeWhisker(interval, x: x, centre: rowTop + Self.rowHeight / 2, into: &writer)
                        textX = negative ? min(textX, x(interval.lower) - Self.gap / 2) : max(textX, x(interval.upper) + Self.gap / 2)
                    }
                    writer.element(
                        "text",
                        [
                            ("x", SVGMarkup.number(textX)),
                            ("y", baseline), ("text-anchor", negative ? "end" : "start"),
                            ("fill", ChartStyle.textColor),
                        ],
                        text: text)
                } else {
                    writer.open(
                        "text",
                        [
                            ("x", SVGMarkup.number(zeroX + Self.gap / 2)), ("y", baseline),
                            ("fill", ChartStyle.mutedTextColor),
                        ])
                    writer.element("title", text: "\(bar.label): \(meaning(ofMark: bar.mark))")
                    writer.appendTrusted(SVGMarkup.escape(bar.mark))
                    writer.close("text")
                }
                writer.close("g")
            }

            // The zero line, drawn over the bars so negative and positive bars share a visible origin.
            let rowsBottom = top + Double(max(rows.count, 1)) * Self.rowHeight
            writer.empty(
                "line",
                [
                    ("x1", SVGMarkup.number(zeroX)), ("y1", SVGMarkup.number(top)),
                    ("x2", SVGMarkup.number(zeroX)), ("y2", SVGMarkup.number(rowsBottom)),
                    ("stroke", ChartStyle.axisColor), ("stroke-width", "1"),
                ])

            if let reference {
                let referenceX = x(reference.value)
                let label = "\(reference.label): \(valueText(reference.value))"
                writer.open("g", [("class", "reference")])
                writer.empty(
                    "line",
                    [
                        ("x1", SVGMarkup.number(referenceX)), ("y1", SVGMarkup.number(top - 4)),
                        ("x2", SVGMarkup.number(referenceX)), ("y2", SVGMarkup.number(rowsBottom)),
                        ("stroke", ChartStyle.textColor), ("stroke-width", "1.5"), ("stroke-dasharray", "4 3"),
                    ])
                // Keep the label inside the chart: anchor it at the side of the line that has room.
                let labelWidth = ChartStyle.estimatedWidth(label)
                let (anchor, labelX): (String, Double) =
                    referenceX + labelWidth / 2 > width - 2
                    ? ("end", min(referenceX, width - 2))
                    : referenceX - labelWidth / 2 < 2 ? ("start", max(referenceX, 2)) : ("middle", referenceX)
                writer.element(
                    "text",
                    [
                        ("x", SVGMarkup.number(labelX)), ("y", "14"), ("text-anchor", anchor),
                        ("fill", ChartStyle.textColor),
                    ],
                    text: label)
                writer.close("g")
            }
        }
    }

    /// The interval as "39,1–45,6 %".
    func intervalText(_ interval: (lower: Double, upper: Double)) -> String {
        DutchNumberFormat.string(interval.lower, decimals: decimals) + "–" + valueText(interval.upper)
    }

    /// A confidence interval: a dark line from the lower to the upper bound across the bar's middle, with end caps,
    /// so it reads on the bar and beside it without relying on colour.
    private func writeWhisker(_ interval: (lower: Double, upper: Double), x: (Double) -> Double, centre: Double,
                              into writer: inout SVGWriter) {
        let left = SVGMarkup.number(x(interval.lower)), right = SVGMarkup.number(x(interval.upper))
        let top = SVGMarkup.number(centre - 4), bottom = SVGMarkup.number(centre + 4), middle = SVGMarkup.number(centre)
        writer.empty("path", [
            ("class", "interval"),
            ("d", "M\(left) \(middle)H\(right)M\(left) \(top)V\(bottom)M\(right) \(top)V\(bottom)"),
            ("stroke", Self.whiskerColor), ("stroke-width", "1.5"), ("fill", "none"),
        ])
    }

    /// Near-black on the blue bar and on white alike (well above 3:1 on both).
    static let whiskerColor = "#1a1a1a"

    /// #4292c6 has 3.4:1 contrast on white, above the 3:1 WCAG asks of graphical objects; the highlight
    /// is orange, a hue pair that stays apart in every common colour-vision deficiency, and its label is
    /// bold as well so the highlight never depends on colour alone.
    static let barColor = "#4292c6"
    static let highlightColor = "#e66101"

    /// The tooltip for a table mark.
    func meaning(ofMark mark: String) -> String { words.meaning(ofMark: mark) }
}
