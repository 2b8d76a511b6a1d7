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

    /// The chart on its own, for its file and its embedded page.
    func export(_ chart: IndicatorChart, pageURL: String) -> ChartExport {
        ChartExport(title: chartTitle(chart), pageURL: pageURL, source: IndicatorMetadata.source(indicator, language).name, fileName: chartFileName(chart),
                    drawings: drawings(chart), table: figuresTable(trend: chart == .evolutie), language: language)
    }

    /// The figures behind a chart: per area its value for a map or bars, per line its values per period for a trend;
    /// a survey indicator's values with their interval, its marks and the notes that explain both.
    func figuresTable(trend asTrend: Bool) -> Node<HTML.BodyContext> {
        let t = CijfersText.strings(language)
        let caption = Node<HTML.TableContext>.caption(.text("\(indicator.name) (\(indicator.unit)) — \(scope)"))
        if asTrend {
            return .group(
                .table(
                    .attr("class", "data"), caption,
                    .thead(.tr(.th(.attr("scope", "col"), .text(t["common.area"])), .forEach(periods) { .th(.attr("scope", "col"), .text($0)) })),
                    .tbody(.forEach(trend) { series in
                        .tr(.th(.attr("scope", "row"), .text(series.name)),
                            .forEach(series.points.indices) { .td(.attr("class", "num"), trendCell(series, at: $0)) })
                    })),
                .if(isSurvey, .p(.attr("class", "note"), .text(t["survey.intervalNote"]))),
                surveyTrendNote)
        }
        return .group(
            .table(
                .attr("class", "data"), caption,
                .thead(.tr(.th(.attr("scope", "col"), .text(t["common.area"])),
                           .th(.attr("scope", "col"), .attr("class", "num"), .text(isSurvey ? t["survey.valueColumn"] : t["common.value"])),
                           .if(isSurvey, .th(.attr("scope", "col"), .text(t["survey.significanceColumn"]))))),
                .tbody(.forEach(rows) { row in
                    .tr(.th(.attr("scope", "row"), .text(row.area.name)), .td(.attr("class", "num"), .text(tableValue(row))),
                        .if(isSurvey, .td(.attr("class", "significance"), .text(significanceCell(row)))))
                })),
            surveyTableNotes)
    }

    /// The links of one chart: its SVG, the PNG the script adds, the embed code.
    func chartLinks(_ chart: IndicatorChart, siteBase: String) -> ChartFileLinks {
        let t = CijfersText.strings(language)
        return ChartFileLinks(
            key: chart.rawValue, chartWords: t["downloads.chart.\(chart.rawValue)"], title: chartTitle(chart),
            fileName: chartFileName(chart),
            svgURL: ChartPath.svg(indicator: indicator.code, chart: chart.rawValue).url(chartQuery),
            embedURL: siteBase + ChartPath.embed(indicator: indicator.code, chart: chart.rawValue).url(chartQuery),
            height: chart == .kaart ? 720 : 560)
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
                .li(.strong(.text(t["downloads.chartName.\(chart.rawValue)"])), .text(": "), chartLinks(chart, siteBase: siteBase).nodes(t))
            })
        ))
    }
}
