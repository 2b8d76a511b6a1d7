import Foundation

/// A line chart over periods (years, quarters), one line per series.
///
/// Series differ in colour, marker shape and dash pattern at once, so they stay apart for readers
/// with any colour-vision deficiency and in greyscale print. A missing value breaks the line:
/// joining across a gap would suggest a figure that was never published.
public struct LineChart: Sendable {
    public struct Series: Sendable {
        public let name: String
        /// Values per period; nil (or a period left out) is a gap.
        public let points: [(period: String, value: Double?)]
        /// Confidence intervals per period (survey estimates), drawn as a light band in the line's colour.
        public let intervals: [String: (lower: Double, upper: Double)]

        public init(name: String, points: [(period: String, value: Double?)],
                    intervals: [String: (lower: Double, upper: Double)] = [:]) {
            self.name = name
            self.points = points
            self.intervals = intervals.filter { $0.value.lower.isFinite && $0.value.upper.isFinite && $0.value.lower <= $0.value.upper }
        }
    }

    public internal(set) var id: String
    public let title: String
    public let description: String
    /// The x axis, in order; points for periods not listed here are not drawn.
    public let periods: [String]
    public let series: [Series]
    public let unit: String
    public let decimals: Int
    public internal(set) var width: Double
    public internal(set) var height: Double
    /// Whether the drawing is a Tab stop of its own (`tabindex="0"`): set by a page that shows the chart beside its
    /// table; off for a page that makes the chart's frame the stop instead.
    public var focusable = false

    /// - Parameter id: prefix for the ids inside the chart; must be unique on the page.
    public init(
        id: String, title: String, description: String, periods: [String], series: [Series], unit: String,
        decimals: Int, width: Double = 640, height: Double = 320
    ) {
        self.id = SVGMarkup.identifier(id)
        self.title = title
        self.description = description
        self.periods = periods
        self.series = series
        self.unit = unit
        self.decimals = decimals
        self.width = width > 0 ? width : 640
        self.height = height > 0 ? height : 320
    }

    // MARK: - Series styles

    enum Marker: CaseIterable {
        case circle, square, triangle, diamond, cross, triangleDown
    }

    struct Style {
        let color: String
        let dash: String?
        let marker: Marker
    }

    /// Okabe–Ito colours (chosen for colour-blind readers), with the light orange and sky blue
    /// replaced by darker tones so every line has at least 3:1 contrast on white.
    static let colors = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#1a1a1a", "#a65e00"]
    static let dashes: [String?] = [nil, "7 4", "2 3", "10 3 2 3", "4 4", "12 3"]

    /// The style of the `index`-th series. The first six differ in colour, dash and marker at once; after that the
    /// colours come round again, each time with the markers and dashes shifted one and two places, so series
    /// `i` and `i + 6` share a colour but never a marker or a dash: the first 36 series all look different
    /// (the 13 centrumsteden with Vlaanderen are 14).
    static func style(_ index: Int) -> Style {
        let round = index / colors.count
        let markers = Marker.allCases
        return Style(color: colors[index % colors.count], dash: dashes[(index + 2 * round) % dashes.count],
                     marker: markers[(index + round) % markers.count])
    }

    /// The runs of consecutive periods that have a value, as (period index, value) pairs.
    func segments(of series: Series) -> [[(index: Int, value: Double)]] {
        var byPeriod: [String: Double] = [:]
        for point in series.points {
            if let value = point.value, value.isFinite {
                byPeriod[point.period] = value
            } else {
                byPeriod[point.period] = nil
            }
        }
        var runs: [[(index: Int, value: Double)]] = []
        var current: [(index: Int, value: Double)] = []
        for (index, period) in periods.enumerated() {
            if let value = byPeriod[period] {
                current.append((index, value))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// The runs of two or more consecutive periods that have a value and an interval (a lone period's interval is in
    /// its marker's tooltip and the table).
    func bands(of series: Series) -> [[(index: Int, lower: Double, upper: Double)]] {
        guard !series.intervals.isEmpty else { return [] }
        var runs: [[(index: Int, lower: Double, upper: Double)]] = []
        for segment in segments(of: series) {
            var current: [(index: Int, lower: Double, upper: Double)] = []
            for point in segment {
                if let interval = series.intervals[periods[point.index]] {
                    current.append((point.index, interval.lower, interval.upper))
                } else if !current.isEmpty {
                    runs.append(current)
                    current = []
                }
            }
            if !current.isEmpty { runs.append(current) }
        }
        return runs.filter { $0.count > 1 }
    }

    func valueText(_ value: Double) -> String {
        DutchNumberFormat.string(value, decimals: decimals, unit: unit)
    }

    // MARK: - Rendering

    public func render() -> SVG {
        let allSegments = series.map(segments)
        let allBands = series.map(bands)
        let values = allSegments.flatMap { $0.flatMap { $0.map(\.value) } }
            + allBands.flatMap { $0.flatMap { $0.flatMap { [$0.lower, $0.upper] } } }
        let ticks = NiceTicks.ticks(lower: values.min() ?? 0, upper: values.max() ?? 1)
        let tickPlaces = ticks.count > 1 ? NiceTicks.decimals(forStep: ticks[1] - ticks[0]) : 0
        let tickLabels = ticks.map { DutchNumberFormat.string($0, decimals: tickPlaces) }

        // Legend rows (only with more than one series), laid out left to right and wrapped.
        let legendItemWidths = series.map { 28 + 6 + ChartStyle.estimatedWidth($0.name) + 18 }
        var legendPositions: [(x: Double, row: Int)] = []
        var legendX = 0.0
        var legendRow = 0
        if series.count > 1 {
            for itemWidth in legendItemWidths {
                if legendX > 0 && legendX + itemWidth > width {
                    legendRow += 1
                    legendX = 0
                }
                legendPositions.append((legendX, legendRow))
                legendX += itemWidth
            }
        }
        let legendHeight = series.count > 1 ? Double(legendRow + 1) * 20 + 4 : 0
        let unitText = unit.trimmingCharacters(in: .whitespaces)
        let unitHeight = unitText.isEmpty ? 0.0 : 18

        let periodWidths = periods.map { ChartStyle.estimatedWidth($0, fontSize: ChartStyle.smallFontSize) }
        let tickWidth = tickLabels.map { ChartStyle.estimatedWidth($0, fontSize: ChartStyle.smallFontSize) }.max() ?? 0
        let plotLeft = max(tickWidth + 10, (periodWidths.first ?? 0) / 2 + 4)
        let plotRight = width - max(16, (periodWidths.last ?? 0) / 2 + 4)
        let plotTop = 10 + legendHeight + unitHeight
        let plotBottom = max(height - 26, plotTop + 20)
        let low = ticks.first ?? 0
        let high = ticks.last ?? 1
        func x(_ index: Int) -> Double {
            periods.count > 1
                ? plotLeft + Double(index) * (plotRight - plotLeft) / Double(periods.count - 1)
                : (plotLeft + plotRight) / 2
        }
        func y(_ value: Double) -> Double {
            high == low ? plotBottom : plotBottom - (value - low) / (high - low) * (plotBottom - plotTop)
        }
        // Show every n-th period label so that labels never overlap.
        let spacing = periods.count > 1 ? (plotRight - plotLeft) / Double(periods.count - 1) : plotRight - plotLeft
        let widestPeriod = periodWidths.max() ?? 0
        let labelStep = max(1, Int(((widestPeriod + 8) / max(spacing, 1)).rounded(.up)))

        return SVGWriter.document(
            id: id, width: width, height: height, title: title, description: description, className: "line-chart",
            focusable: focusable
        ) { writer in
            if series.count > 1 {
                writer.open("g", [("class", "legend")])
                for (index, item) in series.enumerated() {
                    let position = legendPositions[index]
                    let rowY = 10 + Double(position.row) * 20
                    let style = Self.style(index)
                    Self.writeLine(
                        points: [(position.x + 1, rowY), (position.x + 28, rowY)], style: style, into: &writer)
                    Self.writeMarker(
                        style.marker, x: position.x + 14.5, y: rowY, color: style.color, title: nil, into: &writer)
                    writer.element(
                        "text",
                        [
                            ("x", SVGMarkup.number(position.x + 34)), ("y", SVGMarkup.number(rowY + 4.5)),
                            ("fill", ChartStyle.textColor),
                        ],
                        text: item.name)
                }
                writer.close("g")
            }
            if !unitText.isEmpty {
                writer.element(
                    "text",
                    [
                        ("x", "0"), ("y", SVGMarkup.number(plotTop - 8)), ("fill", ChartStyle.mutedTextColor),
                        ("font-size", SVGMarkup.number(ChartStyle.smallFontSize)),
                    ],
                    text: unitText)
            }

            // Grid and value axis.
            writer.open("g", [("class", "y-axis"), ("font-size", SVGMarkup.number(ChartStyle.smallFontSize))])
            for (tick, label) in zip(ticks, tickLabels) {
                let tickY = SVGMarkup.number(y(tick))
                writer.empty(
                    "line",
                    [
                        ("x1", SVGMarkup.number(plotLeft)), ("y1", tickY), ("x2", SVGMarkup.number(plotRight)),
                        ("y2", tickY), ("stroke", tick == low ? ChartStyle.axisColor : ChartStyle.gridColor),
                        ("stroke-width", "1"),
                    ])
                writer.element(
                    "text",
                    [
                        ("x", SVGMarkup.number(plotLeft - 6)), ("y", SVGMarkup.number(y(tick) + 4)),
                        ("text-anchor", "end"), ("fill", ChartStyle.textColor),
                    ],
                    text: label)
            }
            writer.close("g")

            // Period axis.
            writer.open("g", [("class", "x-axis"), ("font-size", SVGMarkup.number(ChartStyle.smallFontSize))])
            for (index, period) in periods.enumerated() where index % labelStep == 0 {
                writer.element(
                    "text",
                    [
                        ("x", SVGMarkup.number(x(index))), ("y", SVGMarkup.number(plotBottom + 17)),
                        ("text-anchor", "middle"), ("fill", ChartStyle.textColor),
                    ],
                    text: period)
            }
            writer.close("g")

            // Confidence bands under everything else: light, so lines and markers stay readable over them.
            for (seriesIndex, bands) in allBands.enumerated() where !bands.isEmpty {
                let style = Self.style(seriesIndex)
                writer.open("g", [("class", "bands")])
                for band in bands {
                    let upper = band.map { "\(SVGMarkup.number(x($0.index))),\(SVGMarkup.number(y($0.upper)))" }
                    let lower = band.reversed().map { "\(SVGMarkup.number(x($0.index))),\(SVGMarkup.number(y($0.lower)))" }
                    writer.empty("polygon", [
                        ("class", "band"), ("points", (upper + lower).joined(separator: " ")),
                        ("fill", style.color), ("fill-opacity", "0.15"), ("stroke", "none"),
                    ])
                }
                writer.close("g")
            }

            // Lines first, then all markers, so no line crosses over a marker of another series.
            for (seriesIndex, segments) in allSegments.enumerated() {
                let style = Self.style(seriesIndex)
                writer.open("g", [("class", "series")])
                for segment in segments where segment.count > 1 {
                    Self.writeLine(points: segment.map { (x($0.index), y($0.value)) }, style: style, into: &writer)
                }
                writer.close("g")
            }
            for (seriesIndex, segments) in allSegments.enumerated() {
                let style = Self.style(seriesIndex)
                writer.open("g", [("class", "markers")])
                for point in segments.joined() {
                    var tooltip = "\(series[seriesIndex].name), \(periods[point.index]): \(valueText(point.value))"
                    if let interval = series[seriesIndex].intervals[periods[point.index]] {
                        tooltip += " (\(DutchNumberFormat.string(interval.lower, decimals: decimals))–\(valueText(interval.upper)))"
                    }
                    Self.writeMarker(
                        style.marker, x: x(point.index), y: y(point.value), color: style.color, title: tooltip,
                        into: &writer)
                }
                writer.close("g")
            }
        }
    }

    static func writeLine(points: [(Double, Double)], style: Style, into writer: inout SVGWriter) {
        var attributes = [
            ("points", points.map { "\(SVGMarkup.number($0.0)),\(SVGMarkup.number($0.1))" }.joined(separator: " ")),
            ("fill", "none"), ("stroke", style.color), ("stroke-width", "2"), ("stroke-linejoin", "round"),
        ]
        if let dash = style.dash { attributes.append(("stroke-dasharray", dash)) }
        writer.empty("polyline", attributes)
    }

    /// A marker of about 9 px with a white outline, so it stands out where lines cross.
    static func writeMarker(
        _ marker: Marker, x: Double, y: Double, color: String, title: String?, into writer: inout SVGWriter
    ) {
        func n(_ value: Double) -> String { SVGMarkup.number(value) }
        /// Path data through corners given as offsets from the marker's centre.
        func outline(_ corners: [(Double, Double)], closed: Bool = true) -> String {
            corners.enumerated().map { index, corner in
                "\(index == 0 ? "M" : "L")\(n(x + corner.0)) \(n(y + corner.1))"
            }.joined() + (closed ? "Z" : "")
        }
        func crossData() -> String {
            outline([(-4, -4), (4, 4)], closed: false) + outline([(-4, 4), (4, -4)], closed: false)
        }
        let filled = [("fill", color), ("stroke", "#ffffff"), ("stroke-width", "1")]
        let (name, attributes): (String, [(String, String)]) =
            switch marker {
            case .circle:
                ("circle", [("cx", n(x)), ("cy", n(y)), ("r", "4")] + filled)
            case .square:
                ("rect", [("x", n(x - 3.5)), ("y", n(y - 3.5)), ("width", "7"), ("height", "7")] + filled)
            case .triangle:
                ("path", [("d", outline([(0, -5), (4.5, 3.5), (-4.5, 3.5)]))] + filled)
            case .triangleDown:
                ("path", [("d", outline([(0, 5), (4.5, -3.5), (-4.5, -3.5)]))] + filled)
            case .diamond:
                ("path", [("d", outline([(0, -5), (5, 0), (0, 5), (-5, 0)]))] + filled)
            case .cross:
                // Two strokes rather than a filled shape: an "x" reads as a cross only when drawn as lines.
                ("path", [("d", crossData()), ("fill", "none"), ("stroke", color), ("stroke-width", "2.5")])
            }
        if let title {
            writer.open(name, attributes)
            writer.element("title", text: title)
            writer.close(name)
        } else {
            writer.empty(name, attributes)
        }
    }
}
