import Platform
import CijfersDomain
import Charts
import Plot

extension BenchmarkPageModel {
    func page() -> Page {
        let strings = SiteStrings(language)
        let t = CijfersText.strings(language)
        return Page(
            title: t["benchmark.title"],
            breadcrumbs: [(strings.home, SitePath.home.path), (t["benchmark.crumb"], nil)],
            description: t["benchmark.description"],
            content: .group(
                SelectionNotices.node(notices, t),
                chooser(t),
                table(t),
                surveyNotes(t),
                DownloadLinks(indicators: columns.map(\.indicator.code), level: "gemeente2024",
                              parent: "centrumsteden", periods: "latest").node(t),
                .forEach(columns.enumerated()) { index, column in chart(column, index: index, t) }
            ),
            strings: strings)
    }

    private func chooser(_ t: Strings) -> Node<HTML.BodyContext> {
        .getForm(
            action: CijfersPath.benchmark.path, .attr("class", "selector"), .attr("id", "kies"),
            .indicatorChooser(choices, legend: t["common.indicators"]),
            .submitButton(t["benchmark.compare"])
        )
    }

    private func table(_ t: Strings) -> Node<HTML.BodyContext> {
        func cell(_ column: Column, _ value: PublishedValue?, _ estimate: SurveyEstimate?,
                  compared: Bool = true) -> Node<HTML.TableRowContext> {
            .td(.attr("class", "num"), surveyCell(column, value, estimate, compared: compared))
        }
        let head: Node<HTML.TableContext> = .thead(.tr(
            .th(.attr("scope", "col"), .attr("data-sort", "text"), .text(t["common.city"])),
            .forEach(columns) { column in
                .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"),
                    .a(.attr("href", CijfersPath.indicator(code: column.indicator.code).url([("level", "gemeente2024"), ("parent", "centrumsteden:centrumsteden")])),
                       .text(column.indicator.name)),
                    .text(" (\(column.indicator.unit.isEmpty ? "" : column.indicator.unit + ", ")\(column.period ?? "-"))"))
            }
        ))
        let foot: Node<HTML.TableContext> = .tfoot(
            .tr(.th(.attr("scope", "row"), .text(t["honest.group.header"])),
                .forEach(columns) { column in groupCell(column) }),
            .tr(.th(.attr("scope", "row"), .text(t["common.flanders"])),
                .forEach(columns) { column in cell(column, column.flanders, column.flandersEstimate, compared: false) }),
            .tr(.th(.attr("scope", "row"), .text(t["benchmark.brussels"])),
                .forEach(columns) { column in cell(column, column.brussels, column.brusselsEstimate) })
        )
        return .table(
            .attr("class", "data sortable"), .attr("id", "benchmark"),
            .caption(.text(t["benchmark.caption"])),
            head,
            .tbody(.forEach(cities) { city in
                .tr(.th(.attr("scope", "row"), .a(.attr("href", CijfersPath.area(level: "gemeente2024", code: city.code).path), .text(city.name))),
                    .forEach(columns) { column in cell(column, column.values[city.code], column.estimates[city.code]) })
            }),
            foot
        )
    }

    private func chart(_ column: Column, index: Int, _ t: Strings) -> Node<HTML.BodyContext> {
        let format = ValueFormat(indicator: column.indicator, language: language)
        var chart = BarChart(
            id: "bench\(index)", title: column.indicator.name,
            description: t("benchmark.chartDescription", column.period ?? "-", column.groupStatistic ?? "-"),
            bars: cities.map { city in
                let value = column.values[city.code] ?? .noData
                return BarChart.Bar(label: city.name, value: value.value, mark: value.mark, highlighted: false,
                                    interval: barInterval(column, city: city.code))
            },
            unit: column.indicator.unit, decimals: format.decimals,
            reference: column.group?.value.map { (label: t["honest.group.header"], value: $0) })
        chart.words = SiteStrings(language).chartWords
        chart.focusable = true
        return .figure(.attr("class", "bars"), .raw(chart.renderSized().markup),
                       .figcaption(.text(t("benchmark.chartCaption", column.indicator.name))),
                       chartLinks(column, index: index).line(t))
    }
}
