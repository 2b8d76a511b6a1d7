import Platform
import CijfersDomain
import Charts
import Plot

extension EvolutionPageModel {
    func page(strings: SiteStrings) -> Page {
        Page(
            title: "Evolutie",
            breadcrumbs: [("Cijfers", SitePath.home.path), ("Evolutie", nil)],
            description: "Indicatoren door de jaren heen voor een of meer gebieden naast elkaar.",
            content: .group(
                chooser,
                .forEach(blocks.enumerated()) { index, block in section(block, index: index) }
            ),
            strings: strings)
    }

    private var chooser: Node<HTML.BodyContext> {
        .getForm(
            action: CijfersPath.evolution.path, .attr("class", "selector"),
            .input(.type(.hidden), .attr("name", "level"), .attr("value", level)),
            .indicatorChooser(indicatorChoices),
            .fieldset(
                .legend(.text("Gebieden (\(levelName.lowercased()))")),
                .div(.attr("class", "field"),
                     .element(named: "label", nodes: [.attr("for", "sel-areas"), .text("Kies een of meer gebieden (Ctrl of Cmd om meer te kiezen)")]),
                     .element(named: "select", nodes: [
                        .attr("id", "sel-areas"), .attr("name", "g"),
                        .attr("multiple", "multiple"), .attr("size", "8"),
                     ] + areaChoices.map { choice in
                        .element(named: "option", nodes: [
                            .attr("value", choice.code),
                            .if(choice.chosen, .attr("selected", "selected")),
                            .text(choice.name),
                        ])
                     }))
            ),
            .submitButton("Toon")
        )
    }

    private func section(_ block: Block, index: Int) -> Node<HTML.BodyContext> {
        let format = ValueFormat(indicator: block.indicator)
        let chart = LineChart(
            id: "evolutie\(index)", title: block.indicator.name,
            description: "Verloop van \(block.indicator.name) voor \(block.series.map(\.name).joined(separator: ", ")).",
            periods: block.periods,
            series: block.series.map { line in LineChart.Series(name: line.name, points: block.periods.map { period in (period, line.values[period]?.value) }) },
            unit: block.indicator.unit, decimals: format.decimals)
        let download = APIPath.data.path + "?indicators=\(block.indicator.code)&level=\(level)&areas=\(areas.map(\.code).joined(separator: ","))&periods=all"
        return .section(
            .h2(.a(.attr("href", CijfersPath.indicator(code: block.indicator.code).path), .text(block.indicator.name))),
            .figure(.raw(chart.render().markup), .figcaption(.text("Evolutie — de tabel eronder geeft dezelfde waarden."))),
            .table(
                .attr("class", "data"),
                .caption(.text("\(block.indicator.name) (\(block.indicator.unit)) per periode")),
                .thead(.tr(.th(.attr("scope", "col"), .text("Gebied")),
                           .forEach(block.periods) { .th(.attr("scope", "col"), .attr("class", "num"), .text($0)) })),
                .tbody(.forEach(block.series) { series in
                    .tr(.th(.attr("scope", "row"), .text(series.name)),
                        .forEach(block.periods) { period in
                            .td(.attr("class", "num"), .text(series.values[period].map(format.cell) ?? "-"))
                        })
                })
            ),
            .p(.attr("class", "downloads"), .text("Download: "),
               .a(.attr("href", download + "&format=csv"), .text("CSV")), .text(" · "),
               .a(.attr("href", download + "&format=jsonstat"), .text("JSON-stat")))
        )
    }
}
