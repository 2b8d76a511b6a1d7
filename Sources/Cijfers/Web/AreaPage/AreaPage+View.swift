import Platform
import CijfersDomain
import Plot

extension AreaPageModel {
    func page(strings: SiteStrings) -> Page {
        Page(
            title: "Steekkaart \(area.name)",
            breadcrumbs: [("Cijfers", SitePath.home.path), (levelName, nil), (area.name, nil)],
            description: "Kerncijfers van \(area.name) per thema, met evolutie en vergelijking.",
            content: .group(
                .p(.attr("class", "lead"), .text("\(levelName) \(area.name) (code \(area.code))."),
                   .if(!parents.isEmpty, .text(" Ligt in: ")),
                   .forEach(parents.enumerated()) { index, parent in
                       .group(.if(index > 0, .text(", ")),
                              .a(.attr("href", CijfersPath.area(level: parent.level, code: parent.code).path), .text(parent.name)))
                   }),
                .p(.attr("class", "no-print"), .button(.type(.button), .attr("class", "print"), .attr("data-print", ""), .text("Afdrukken als steekkaart"))),
                .if(themes.isEmpty, .p(.text("Voor dit gebied zijn (nog) geen cijfers beschikbaar."))),
                .forEach(themes) { theme in
                    .section(
                        .attr("class", "theme"),
                        .h2(.text(theme.name)),
                        .table(
                            .attr("class", "data keyfigures"),
                            .caption(.text("Kerncijfers \(theme.name.lowercased()) — \(area.name)")),
                            .thead(.tr(
                                .th(.attr("scope", "col"), .text("Indicator")),
                                .th(.attr("scope", "col"), .attr("class", "num"), .text(area.name)),
                                .th(.attr("scope", "col"), .text("Evolutie")),
                                .unwrap(groupName) { name in .group(
                                    .th(.attr("scope", "col"), .attr("class", "num"), .text("Gemiddelde \(name)")),
                                    .th(.attr("scope", "col"), .attr("class", "num"), .text("Mediaan \(name)")))
                                },
                                .unwrap(referenceName) { name in .th(.attr("scope", "col"), .attr("class", "num"), .text(name)) },
                                .th(.attr("scope", "col"), .attr("class", "num"), .text("Vlaanderen"))
                            )),
                            .tbody(.forEach(theme.figures) { figure in row(figure) })
                        )
                    )
                },
                .p(.attr("class", "note"), .text("x = geheim (te weinig waarnemingen), - = geen gegevens. Bron per indicator op de indicatorpagina.")),
                DownloadLinks(indicators: Array(themes.flatMap { $0.figures.map(\.indicator.code) }.prefix(50)),
                              level: area.levelCode, areas: [area.code], periods: "all").node
            ),
            strings: strings)
    }

    private func row(_ figure: KeyFigure) -> Node<HTML.TableContext> {
        let format = ValueFormat(indicator: figure.indicator)
        return .tr(
            .th(.attr("scope", "row"),
                .a(.attr("href", CijfersPath.indicator(code: figure.indicator.code).url([("level", area.levelCode)])), .text(figure.indicator.name)),
                .span(.attr("class", "muted"), .text(" (\(figure.indicator.unit.isEmpty ? "" : figure.indicator.unit + ", ")\(figure.period ?? ""))"))),
            .td(.attr("class", "num"), .text(format.cell(figure.value))),
            .td(.raw(Sparkline(values: figure.series.map(\.value)).svg(label: "Evolutie \(figure.indicator.name)")),
                .text(trendText(figure, format))),
            .if(groupName != nil, .group(
                .td(.attr("class", "num"), .text(figure.groupMean.map(format.number) ?? "-")),
                .td(.attr("class", "num"), .text(figure.groupMedian.map(format.number) ?? "-")))),
            .if(referenceName != nil, .td(.attr("class", "num"), .text(figure.reference.map(format.cell) ?? "-"))),
            .td(.attr("class", "num"), .text(figure.flanders.map(format.cell) ?? "-"))
        )
    }

    private func trendText(_ figure: KeyFigure, _ format: ValueFormat) -> String {
        guard let now = figure.value.value, let previous = figure.previous, let before = previous.value.value else { return "" }
        let delta = now - before
        let arrow = delta > 0 ? "▲" : (delta < 0 ? "▼" : "=")
        return " \(arrow) \(delta > 0 ? "+" : "")\(format.number(delta)) t.o.v. \(previous.period)"
    }
}
