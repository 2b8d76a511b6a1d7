import Platform
import Plot

extension HomePageModel {
    func page(strings: SiteStrings) -> Page {
        Page(
            title: "Stadsbeeld: cijfers over de Vlaamse centrumsteden",
            description: "Cijfers per wijk, gemeente en centrumstad: tabellen, grafieken, kaarten en steekkaarten.",
            content: .group(
                .section(
                    .attr("class", "intro"),
                    .p(.text("Zoek een indicator of een gebied, of blader door de thema's. Elke tabel, grafiek en kaart heeft een vaste link en kan je downloaden.")),
                    SearchForm(strings: strings, id: "zoekterm-start").node
                ),
                .div(
                    .attr("class", "columns"),
                    .section(
                        .attr("aria-labelledby", "themas"),
                        .h2(.attr("id", "themas"), .text("Thema's")),
                        .ul(.attr("class", "theme-tree"), .forEach(themes) { theme in themeItem(theme) }),
                        .if(!unthemed.isEmpty, .group(
                            .h3(.text("Andere indicatoren")),
                            .ul(.forEach(unthemed) { indicator in
                                .li(.a(.attr("href", CijfersPath.indicator(code: indicator.code).path), .text(indicator.name)))
                            })
                        ))
                    ),
                    .div(
                        .section(
                            .attr("aria-labelledby", "steden"),
                            .h2(.attr("id", "steden"), .text("De centrumsteden")),
                            .ul(.attr("class", "cities"), .forEach(cities) { city in
                                .li(.a(.attr("href", CijfersPath.area(level: "gemeente2024", code: city.code).path), .text(city.name)))
                            }),
                            .p(.a(.attr("href", CijfersPath.benchmark.path), .text("Vergelijk de 13 centrumsteden")))
                        ),
                        .section(
                            .attr("aria-labelledby", "recent"),
                            .h2(.attr("id", "recent"), .text("Recent bijgewerkt")),
                            .ul(.forEach(recent) { indicator in
                                .li(
                                    .a(.attr("href", CijfersPath.indicator(code: indicator.code).path), .text(indicator.name)),
                                    .text(" "),
                                    .span(.attr("class", "muted"), .text("(\(DutchDate.format(indicator.updated)))"))
                                )
                            })
                        )
                    )
                )
            ),
            strings: strings)
    }

    private func themeItem(_ theme: ThemeNode) -> Node<HTML.ListContext> {
        .li(
            .details(
                .attr("open", "open"),
                .summary(.text(theme.name)),
                .if(!theme.indicators.isEmpty, .ul(.forEach(theme.indicators) { indicator in
                    .li(.a(.attr("href", CijfersPath.indicator(code: indicator.code).path), .text(indicator.name)))
                })),
                .if(!theme.children.isEmpty, .ul(.forEach(theme.children) { child in themeItem(child) }))
            )
        )
    }
}
