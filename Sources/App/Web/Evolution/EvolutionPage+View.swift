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
            action: SitePath.evolution.path, .class("selector"),
            .input(.type(.hidden), .name("level"), .value(level)),
            .indicatorChooser(indicatorChoices),
            .fieldset(
                .legend(.text("Gebieden (\(levelName.lowercased()))")),
                .div(.class("field"),
                     .element(named: "label", nodes: [.attribute(named: "for", value: "sel-areas"), .text("Kies een of meer gebieden (Ctrl of Cmd om meer te kiezen)")]),
                     .element(named: "select", nodes: [
                        .attribute(named: "id", value: "sel-areas"), .attribute(named: "name", value: "g"),
                        .attribute(named: "multiple", value: "multiple"), .attribute(named: "size", value: "8"),
                     ] + areaChoices.map { choice in
                        .element(named: "option", nodes: [
                            .attribute(named: "value", value: choice.code),
                            .if(choice.chosen, .attribute(named: "selected", value: "selected")),
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
            .h2(.a(.href(SitePath.indicator(code: block.indicator.code).path), .text(block.indicator.name))),
            .figure(.raw(chart.render().markup), .figcaption(.text("Evolutie — de tabel eronder geeft dezelfde waarden."))),
            .table(
                .class("data"),
                .caption(.text("\(block.indicator.name) (\(block.indicator.unit)) per periode")),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text("Gebied")),
                           .forEach(block.periods) { .th(.attribute(named: "scope", value: "col"), .class("num"), .text($0)) })),
                .tbody(.forEach(block.series) { series in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(series.name)),
                        .forEach(block.periods) { period in
                            .td(.class("num"), .text(series.values[period].map(format.cell) ?? "-"))
                        })
                })
            ),
            .p(.class("downloads"), .text("Download: "),
               .a(.href(download + "&format=csv"), .text("CSV")), .text(" · "),
               .a(.href(download + "&format=jsonstat"), .text("JSON-stat")))
        )
    }
}
