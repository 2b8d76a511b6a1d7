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
                chooser(t),
                .forEach(blocks.enumerated()) { index, block in section(block, index: index, t) }
            ),
            strings: strings)
    }

    private func chooser(_ t: Strings) -> Node<HTML.BodyContext> {
        let options: [Node<HTML.BodyContext>] = areaChoices.map { choice in
            .element(named: "option", nodes: [
                .attr("value", choice.code),
                .if(choice.chosen, .attr("selected", "selected")),
                .text(choice.name),
            ])
        }
        return .getForm(
            action: CijfersPath.evolution.path, .attr("class", "selector"),
            .input(.type(.hidden), .attr("name", "level"), .attr("value", level)),
            .indicatorChooser(indicatorChoices, legend: t["common.indicators"]),
            .fieldset(
                .legend(.text(t("evolution.areas", levelName.lowercased()))),
                .div(.attr("class", "field"),
                     .element(named: "label", nodes: [.attr("for", "sel-areas"), .text(t["evolution.chooseAreas"])]),
                     .element(named: "select", nodes: [
                        .attr("id", "sel-areas"), .attr("name", "g"),
                        .attr("multiple", "multiple"), .attr("size", "8"),
                     ] + options))
            ),
            .submitButton(t["common.show"])
        )
    }

    private func section(_ block: Block, index: Int, _ t: Strings) -> Node<HTML.BodyContext> {
        let format = ValueFormat(indicator: block.indicator, language: language)
        var chart = LineChart(
            id: "evolutie\(index)", title: block.indicator.name,
            description: t("evolution.chartDescription", block.indicator.name, block.series.map(\.name).joined(separator: ", ")),
            periods: block.periods,
            series: block.series.map { line in LineChart.Series(name: line.name, points: block.periods.map { period in (period, line.values[period]?.value) }) },
            unit: block.indicator.unit, decimals: format.decimals)
        chart.focusable = true
        let download = APIPath.data.path + "?indicators=\(block.indicator.code)&level=\(level)&areas=\(areas.map(\.code).joined(separator: ","))&periods=all"
        return .section(
            .h2(.a(.attr("href", CijfersPath.indicator(code: block.indicator.code).path), .text(block.indicator.name))),
            .skipCharts(to: "evolutie\(index)-tabel", strings: SiteStrings(language)),
            .figure(.raw(chart.renderSized().markup), .figcaption(.text(t["evolution.caption"]))),
            .table(
                .attr("class", "data"), .attr("id", "evolutie\(index)-tabel"),
                .caption(.text(t("evolution.tableCaption", block.indicator.name, block.indicator.unit))),
                .thead(.tr(.th(.attr("scope", "col"), .text(t["common.area"])),
                           .forEach(block.periods) { .th(.attr("scope", "col"), .attr("class", "num"), .text($0)) })),
                .tbody(.forEach(block.series) { series in
                    .tr(.th(.attr("scope", "row"), .text(series.name)),
                        .forEach(block.periods) { period in
                            .td(.attr("class", "num"), .text(series.values[period].map(format.cell) ?? "-"))
                        })
                })
            ),
            .p(.attr("class", "downloads"), .text(t["evolution.download"] + " "),
               .a(.attr("href", download + "&format=csv"), .text(t["downloads.csv"])), .text(" · "),
               .a(.attr("href", download + "&format=xlsx" + (t.language == .en ? "&lang=en" : "")), .text(t["downloads.xlsx"])), .text(" · "),
               .a(.attr("href", download + "&format=jsonstat"), .text(t["downloads.jsonStat"])))
        )
    }
}
