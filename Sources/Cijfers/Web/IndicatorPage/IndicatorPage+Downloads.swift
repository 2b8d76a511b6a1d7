import CijfersDomain
import Platform
import Plot

/// The downloads of the indicator page's charts: each chart and the map as an SVG file (and, with JavaScript, as a
/// PNG image drawn from it in the browser), and the code to embed it in another site.
extension IndicatorPageModel {
    /// The charts the page draws, as the view decides: a map when there are shapes, bars up to 80 areas, a trend
    /// when there is more than one period.
    var charts: [IndicatorChart] {
        var shown: [IndicatorChart] = []
        if !features.isEmpty { shown.append(.kaart) }
        if rows.count <= 80 { shown.append(.staaf) }
        if periods.count > 1, !trend.isEmpty { shown.append(.evolutie) }
        return shown
    }

    /// The page's selection as a query string, for the chart's file and its embedded page.
    var chartQuery: [(String, String?)] {
        selection.query + [("lang", language == .en ? "en" : nil)]
    }

    /// The title of a chart's file and embedded page: which chart, of what, for which areas and period.
    func chartTitle(_ chart: IndicatorChart) -> String {
        let t = CijfersText.strings(language)
        return "\(t["downloads.chartName.\(chart.rawValue)"]): \(indicator.name) — \(scope)"
    }

    /// The source line under a chart: the indicator's source and where the figures live.
    func chartSource(pageURL: String) -> String {
        CijfersText.strings(language)("embed.source", indicator.source.isEmpty ? "-" : indicator.source, pageURL)
    }

    /// The name of a chart's file: what the page shows, and which chart of it.
    func chartFileName(_ chart: IndicatorChart) -> DownloadFileName {
        DownloadFileName(subjects: [indicator.name], level: levelName, within: parentName.map { [$0] } ?? [],
                         periods: period.map { chart == .evolutie ? [periods.first ?? $0, periods.last ?? $0] : [$0] } ?? [],
                         suffix: chart.rawValue)
    }

    /// The drawings of a chart exactly as the page shows them (its wide and phone-sized drawings, a map's legend).
    func drawings(_ chart: IndicatorChart) -> [ChartMarkup.Drawing] {
        ChartMarkup.drawings(of: chart.rawValue, in: page().document().render())
    }

    /// The section under the downloads: per chart an SVG link, a PNG link that the script adds, and the embed code.
    /// `siteBase`: the site's address, for an embed code that works on any other site.
    func chartDownloads(siteBase: String) -> Node<HTML.BodyContext> {
        let t = CijfersText.strings(language)
        let shown = charts
        return .if(!shown.isEmpty, .section(
            .attr("class", "chart-downloads"), .attr("aria-labelledby", "grafieken-download"),
            .h2(.attr("id", "grafieken-download"), .text(t["downloads.chartsTitle"])),
            .p(.text(t["downloads.chartsIntro"])),
            .ul(.forEach(shown) { chart in
                let name = chartFileName(chart)
                let embed = siteBase + ChartPath.embed(indicator: indicator.code, chart: chart.rawValue).url(chartQuery)
                let code = "<iframe src=\"\(embed)\" title=\"\(HTMLEscaping.escape(chartTitle(chart)))\" width=\"100%\" "
                    + "height=\"\(chart == .kaart ? 720 : 560)\" style=\"border:0\" loading=\"lazy\"></iframe>"
                return .li(
                    .strong(.text(t["downloads.chartName.\(chart.rawValue)"])), .text(": "),
                    .a(.attr("href", ChartPath.svg(indicator: indicator.code, chart: chart.rawValue).url(chartQuery)),
                       .attr("download", name.ascii(extension: "svg")), .attr("class", "chart-svg"),
                       .attr("data-png", t["downloads.png"]), .attr("data-png-name", name.ascii(extension: "png")),
                       .text(t["downloads.svg"])),
                    .details(
                        .summary(.text(t["downloads.embed"])),
                        .element(named: "label", nodes: [.attr("for", "insluiten-\(chart.rawValue)"),
                                                         .text(t("downloads.embedLabel", t["downloads.chart.\(chart.rawValue)"]))]),
                        .element(named: "textarea", nodes: [.attr("id", "insluiten-\(chart.rawValue)"), .attr("readonly", "readonly"),
                                                            .attr("rows", "3"), .attr("class", "embed-code"), .text(code)]),
                        .p(.attr("class", "note"), .text(t["downloads.embedHelp"]))
                    )
                )
            })
        ))
    }
}
