/// A chart drawn for two widths, so its text is never scaled below 12 px.
///
/// Chart text is set in SVG user units, and a page scales an SVG down to fit its column: a chart drawn 640 wide on a
/// 340 px phone would show its 13-unit text at 7 px. So a chart that carries text is drawn twice — once for a roomy
/// column (`wide`) and once for a phone (`narrow`) — and the site's stylesheet shows the one that fits its frame
/// without shrinking (a container query on `.chart-sizes`, at `ChartSizes.wide` CSS px). The hidden drawing is
/// `display: none`: no Tab stop, not read out.
public enum ChartSizes {
    /// The width of the roomy drawing; the stylesheet switches to it when the frame is at least this wide.
    public static let wide = 600.0
    /// The width of the phone drawing: what is left of a 360 px screen beside the page's margins.
    public static let narrow = 300.0
}

/// A chart that can draw itself again at another width (with ids of its own, so both drawings fit on one page).
public protocol ResizableChart {
    func render() -> SVG
    func resized(width: Double, idSuffix: String) -> Self
}

extension ResizableChart {
    /// Both drawings in the frame the stylesheet chooses between: inline HTML for a page.
    public func renderSized() -> SizedChart {
        SizedChart(
            wide: resized(width: ChartSizes.wide, idSuffix: "").render(),
            narrow: resized(width: ChartSizes.narrow, idSuffix: "smal").render())
    }
}

/// The two drawings of one chart.
public struct SizedChart: Sendable {
    public let wide: SVG
    public let narrow: SVG

    /// `<div class="chart-sizes">` holding both drawings; only our own escaped SVG goes in.
    public var markup: String {
        "<div class=\"chart-sizes\"><div class=\"chart-wide\">\(wide.markup)</div>"
            + "<div class=\"chart-narrow\">\(narrow.markup)</div></div>"
    }
}

/// A copy drawn at another width keeps everything else the chart was given (words, options added later).
extension BarChart: ResizableChart {
    public func resized(width: Double, idSuffix: String) -> BarChart {
        var chart = self
        chart.id = idSuffix.isEmpty ? id : SVGMarkup.identifier("\(id)-\(idSuffix)")
        chart.width = width
        return chart
    }
}

extension LineChart: ResizableChart {
    /// The plot keeps its proportions (never under 200 units high), and the height grows by the legend rows the
    /// narrower width adds, so the legend never eats the plot.
    public func resized(width: Double, idSuffix: String) -> LineChart {
        var chart = self
        chart.id = idSuffix.isEmpty ? id : SVGMarkup.identifier("\(id)-\(idSuffix)")
        let extraRows = legendRows(width: width) - legendRows(width: self.width)
        chart.height = max(200, (height * width / self.width).rounded()) + Double(max(extraRows, 0)) * 20
        chart.width = width
        return chart
    }

    /// How many rows the legend takes at `width`, laid out as `render()` lays it out.
    func legendRows(width: Double) -> Int {
        guard series.count > 1 else { return 0 }
        var x = 0.0
        var rows = 1
        for item in series {
            let itemWidth = 28 + 6 + ChartStyle.estimatedWidth(item.name) + 18
            if x > 0 && x + itemWidth > width {
                rows += 1
                x = 0
            }
            x += itemWidth
        }
        return rows
    }
}

extension LevelDistributionChart: ResizableChart {
    public func resized(width: Double, idSuffix: String) -> LevelDistributionChart {
        var chart = self
        chart.id = idSuffix.isEmpty ? id : SVGMarkup.identifier("\(id)-\(idSuffix)")
        chart.width = width
        return chart
    }
}

extension MaturityProfileChart: ResizableChart {
    public func resized(width: Double, idSuffix: String) -> MaturityProfileChart {
        var chart = self
        chart.id = idSuffix.isEmpty ? id : SVGMarkup.identifier("\(id)-\(idSuffix)")
        chart.width = width
        return chart
    }
}

// A map is drawn once and names itself for both widths: `ChoroplethMap.renderSized()`.
