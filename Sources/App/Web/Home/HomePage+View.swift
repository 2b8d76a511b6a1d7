import Plot

extension HomePageModel {
    func page(strings: SiteStrings) -> Page {
        Page(
            title: "Stadsbeeld: cijfers over de Vlaamse centrumsteden",
            description: "Cijfers per wijk, gemeente en centrumstad: tabellen, grafieken, kaarten en steekkaarten.",
            content: .group(
                .section(
                    .class("intro"),
                    .p(.text("Zoek een indicator of een gebied, of blader door de thema's. Elke tabel, grafiek en kaart heeft een vaste link en kan je downloaden.")),
                    SearchForm(strings: strings, id: "zoekterm-start").node
                ),
                .div(
                    .class("columns"),
                    .section(
                        .attribute(named: "aria-labelledby", value: "themas"),
                        .h2(.id("themas"), .text("Thema's")),
                        .ul(.class("theme-tree"), .forEach(themes) { theme in themeItem(theme) }),
                        .if(!unthemed.isEmpty, .group(
                            .h3(.text("Andere indicatoren")),
                            .ul(.forEach(unthemed) { indicator in
                                .li(.a(.href(SitePath.indicator(code: indicator.code).path), .text(indicator.name)))
                            })
                        ))
                    ),
                    .div(
                        .section(
                            .attribute(named: "aria-labelledby", value: "steden"),
                            .h2(.id("steden"), .text("De centrumsteden")),
                            .ul(.class("cities"), .forEach(cities) { city in
                                .li(.a(.href(SitePath.area(level: "gemeente2024", code: city.code).path), .text(city.name)))
                            }),
                            .p(.a(.href(SitePath.benchmark.path), .text("Vergelijk de 13 centrumsteden")))
                        ),
                        .section(
                            .attribute(named: "aria-labelledby", value: "recent"),
                            .h2(.id("recent"), .text("Recent bijgewerkt")),
                            .ul(.forEach(recent) { indicator in
                                .li(
                                    .a(.href(SitePath.indicator(code: indicator.code).path), .text(indicator.name)),
                                    .text(" "),
                                    .span(.class("muted"), .text("(\(DutchDate.format(indicator.updated)))"))
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
                .attribute(named: "open", value: "open"),
                .summary(.text(theme.name)),
                .if(!theme.indicators.isEmpty, .ul(.forEach(theme.indicators) { indicator in
                    .li(.a(.href(SitePath.indicator(code: indicator.code).path), .text(indicator.name)))
                })),
                .if(!theme.children.isEmpty, .ul(.forEach(theme.children) { child in themeItem(child) }))
            )
        )
    }
}
