import Platform
import Plot

/// The page another site frames: the chart as the indicator page draws it, its figures in a table behind a
/// `<details>`, the source, and a link back to the full page. No site menu, no forms, no script.
struct EmbedPage {
    let model: IndicatorPageModel
    let chart: IndicatorChart
    let drawings: [ChartMarkup.Drawing]
    let pageURL: String

    func document() -> HTML {
        let t = CijfersText.strings(model.language)
        let title = model.chartTitle(chart)
        return HTML(
            .lang(SiteStrings(model.language).language),
            .head(
                .meta(.charset(.utf8)),
                .meta(.attr("name", "viewport"), .attr("content", "width=device-width, initial-scale=1")),
                .element(named: "title", text: t("embed.frameTitle", title)),
                .link(.rel(.stylesheet), .attr("href", SitePath.asset(name: "site.css").path))
            ),
            .body(
                .attr("class", "embed"),
                .main(
                    .h1(.text(title)),
                    .figure(.attr("class", "embed-chart"), .raw(chartMarkup)),
                    .element(named: "details", nodes: [.element(named: "summary", text: t["embed.table"]), table(t), surveyNotes]),
                    .p(.attr("class", "note"), .text(model.chartSource(pageURL: pageURL))),
                    .p(.a(.attr("href", pageURL), .attr("target", "_top"), .text(t["embed.more"])))
                )
            )
        )
    }

    /// The chart's own markup (from the chart module, escaped there): both drawings in the frame the stylesheet
    /// chooses between when the chart has a phone-sized one, else the drawing and its legend.
    private var chartMarkup: String {
        let wide = drawings.filter { !$0.id.hasSuffix("-smal") }.map(\.markup).joined()
        guard let narrow = drawings.first(where: { $0.id.hasSuffix("-smal") }) else { return wide }
        return "<div class=\"chart-sizes\"><div class=\"chart-wide\">\(wide)</div><div class=\"chart-narrow\">\(narrow.markup)</div></div>"
    }

    /// A survey indicator's notes under the table: the interval, and the marks of the table shown.
    private var surveyNotes: Node<HTML.BodyContext> {
        chart == .evolutie ? .group(.if(model.isSurvey, .p(.attr("class", "note"), .text(CijfersText.strings(model.language)["survey.intervalNote"]))),
                                    model.surveyTrendNote)
            : model.surveyTableNotes
    }

    /// The figures behind the chart: per area its value for a map or bars, per line its values per period for a trend.
    private func table(_ t: Strings) -> Node<HTML.BodyContext> {
        let caption = Node<HTML.TableContext>.caption(.text("\(model.indicator.name) (\(model.indicator.unit)) — \(model.scope)"))
        if chart == .evolutie {
            return .table(
                .attr("class", "data"), caption,
                .thead(.tr(.th(.attr("scope", "col"), .text(t["common.area"])), .forEach(model.periods) { .th(.attr("scope", "col"), .text($0)) })),
                .tbody(.forEach(model.trend) { series in
                    .tr(.th(.attr("scope", "row"), .text(series.name)),
                        .forEach(series.points.indices) { .td(.attr("class", "num"), model.trendCell(series, at: $0)) })
                }))
        }
        return .table(
            .attr("class", "data"), caption,
            .thead(.tr(.th(.attr("scope", "col"), .text(t["common.area"])),
                       .th(.attr("scope", "col"), .attr("class", "num"),
                           .text(model.isSurvey ? t["survey.valueColumn"] : t["common.value"])),
                       .if(model.isSurvey, .th(.attr("scope", "col"), .text(t["survey.significanceColumn"]))))),
            .tbody(.forEach(model.rows) { row in
                .tr(.th(.attr("scope", "row"), .text(row.area.name)), .td(.attr("class", "num"), .text(model.tableValue(row))),
                    .if(model.isSurvey, .td(.attr("class", "significance"), .text(model.significanceCell(row)))))
            }))
    }
}
