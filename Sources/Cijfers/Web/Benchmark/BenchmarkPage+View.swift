import Platform
import CijfersDomain
import Charts
import Plot

extension BenchmarkPageModel {
    func page(strings: SiteStrings) -> Page {
        Page(
            title: "De centrumsteden vergeleken",
            breadcrumbs: [("Cijfers", SitePath.home.path), ("Benchmark", nil)],
            description: "De 13 centrumsteden naast elkaar, met de mediaan en Vlaanderen.",
            content: .group(
                chooser,
                table,
                DownloadLinks(indicators: columns.map(\.indicator.code), level: "gemeente2024",
                              parent: "centrumsteden", periods: "latest").node,
                .forEach(columns.enumerated()) { index, column in chart(column, index: index) }
            ),
            strings: strings)
    }

    private var chooser: Node<HTML.BodyContext> {
        .getForm(
            action: CijfersPath.benchmark.path, .attr("class", "selector"), .attr("id", "kies"),
            .indicatorChooser(choices),
            .submitButton("Vergelijk")
        )
    }

    private var table: Node<HTML.BodyContext> {
        func cell(_ column: Column, _ value: PublishedValue?) -> Node<HTML.TableRowContext> {
            .td(.attr("class", "num"), .text(value.map(ValueFormat(indicator: column.indicator).cell) ?? "-"))
        }
        return .table(
            .attr("class", "data sortable"), .attr("id", "benchmark"),
            .caption(.text("Centrumsteden: laatste periode per indicator")),
            .thead(.tr(
                .th(.attr("scope", "col"), .attr("data-sort", "text"), .text("Stad")),
                .forEach(columns) { column in
                    .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"),
                        .a(.attr("href", CijfersPath.indicator(code: column.indicator.code).url([("level", "gemeente2024"), ("parent", "centrumsteden:centrumsteden")])),
                           .text(column.indicator.name)),
                        .text(" (\(column.indicator.unit.isEmpty ? "" : column.indicator.unit + ", ")\(column.period ?? "-"))"))
                }
            )),
            .tbody(.forEach(cities) { city in
                .tr(.th(.attr("scope", "row"), .a(.attr("href", CijfersPath.area(level: "gemeente2024", code: city.code).path), .text(city.name))),
                    .forEach(columns) { column in cell(column, column.values[city.code]) })
            }),
            .tfoot(
                .tr(.th(.attr("scope", "row"), .text("Mediaan centrumsteden")),
                    .forEach(columns) { column in
                        .td(.attr("class", "num"), .text(column.median.map(ValueFormat(indicator: column.indicator).number) ?? "-"))
                    }),
                .tr(.th(.attr("scope", "row"), .text("Vlaanderen")),
                    .forEach(columns) { column in cell(column, column.flanders) }),
                .tr(.th(.attr("scope", "row"), .text("Brussels Hoofdstedelijk Gewest (VGC)")),
                    .forEach(columns) { column in cell(column, column.brussels) })
            )
        )
    }

    private func chart(_ column: Column, index: Int) -> Node<HTML.BodyContext> {
        let format = ValueFormat(indicator: column.indicator)
        let chart = BarChart(
            id: "bench\(index)", title: column.indicator.name,
            description: "De 13 centrumsteden gerangschikt (\(column.period ?? "-")); de lijn is de mediaan.",
            bars: cities.map { city in
                let value = column.values[city.code] ?? .noData
                return BarChart.Bar(label: city.name, value: value.value, mark: value.mark, highlighted: false,
                                    href: CijfersPath.area(level: "gemeente2024", code: city.code).path)
            },
            unit: column.indicator.unit, decimals: format.decimals,
            reference: column.median.map { (label: "mediaan", value: $0) })
        return .figure(.attr("class", "bars"), .raw(chart.render().markup),
                       .figcaption(.text("\(column.indicator.name) — de tabel hierboven geeft dezelfde waarden.")))
    }
}
