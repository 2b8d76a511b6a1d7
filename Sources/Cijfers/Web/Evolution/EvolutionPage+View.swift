import Platform
import CijfersDomain
import Charts
import Plot

extension EvolutionPageModel {
    func page() -> Page {
        let strings = SiteStrings(language)
        let t = CijfersText.strings(language)
        return Page(
            title: t["evolution.title"],
            breadcrumbs: [(strings.home, SitePath.home.path), (t["evolution.title"], nil)],
            description: t["evolution.description"],
            content: .group(
                .pathNotices(notices, t),
                chooser(t),
                shareNode(t),
                .forEach(blocks.enumerated()) { index, block in section(block, index: index, t) }
            ),
            strings: strings)
    }

    private func chooser(_ t: Strings) -> Node<HTML.BodyContext> {
        .getForm(
            action: CijfersPath.evolution.path, .attr("class", "selector"),
            .input(.type(.hidden), .attr("name", "level"), .attr("value", level)),
            .indicatorChooser(indicatorChoices, legend: t["common.indicators"]),
            pathChoices(t),
            .submitButton(t["common.show"])
        )
    }

    private func section(_ block: Block, index: Int, _ t: Strings) -> Node<HTML.BodyContext> {
        let format = ValueFormat(indicator: block.indicator, language: language)
        let shown = chartUnit(block, format: format, t)
        var chart = LineChart(
            id: "evolutie\(index)", title: block.indicator.name,
            description: t("evolution.chartDescription", block.indicator.name, block.series.map(\.name).joined(separator: ", ")),
            periods: block.periods,
            series: shownLines(block, format: format, t).map {
                LineChart.Series(name: $0.name, points: $0.points, intervals: bands(block, line: $0.name))
            },
            unit: shown.unit, decimals: shown.decimals)
        chart.focusable = true
        let download = APIPath.data.path + "?indicators=\(block.indicator.code)&level=\(level)&areas=\(areas.map(\.code).joined(separator: ","))&periods=all"
        return .section(
            .h2(.a(.attr("href", CijfersPath.indicator(code: block.indicator.code).path), .text(block.indicator.name))),
            .skipCharts(to: "evolutie\(index)-tabel", strings: SiteStrings(language)),
            .figure(.raw(chart.renderSized().markup), .figcaption(.text(t["evolution.caption"])),
                    chartLinks(block, index: index).line(t)),
            .table(
                .attr("class", "data"), .attr("id", "evolutie\(index)-tabel"),
                .caption(.text(tableCaption(block, t))),
                tableHead(block, t),
                tableBody(block, format: format, t)
            ),
            surveyNote(block, t),
            .p(.attr("class", "downloads"), .text(t["evolution.download"] + " "),
               .a(.attr("href", download + "&format=csv-be"), .text(t["downloads.csvBE"])), .text(" · "),
               .a(.attr("href", download + "&format=csv"), .text(t["downloads.csvPlain"])), .text(" · "),
               .a(.attr("href", download + "&format=xlsx" + (t.language == .en ? "&lang=en" : "")), .text(t["downloads.xlsx"])), .text(" · "),
               .a(.attr("href", download + "&format=jsonstat"), .text(t["downloads.jsonStat"])))
        )
    }
}
