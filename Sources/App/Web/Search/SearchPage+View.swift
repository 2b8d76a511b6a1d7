import Plot

extension SearchPageModel {
    func page(strings: SiteStrings) -> Page {
        Page(
            title: query.isEmpty ? "Zoeken" : "Zoekresultaten voor ‘\(query)’",
            breadcrumbs: [("Cijfers", SitePath.home.path), ("Zoeken", nil)],
            content: .group(
                SearchForm(strings: strings, query: query, id: "zoekterm-resultaten").node,
                .forEach(notices) { .p(.class("notice"), .attribute(named: "role", value: "status"), .text($0)) },
                .section(
                    .attribute(named: "aria-labelledby", value: "gevonden-indicatoren"),
                    .h2(.id("gevonden-indicatoren"), .text("Indicatoren (\(indicators.count))")),
                    .if(indicators.isEmpty, .p(.text("Geen indicatoren gevonden."))),
                    .ul(.class("results"), .forEach(indicators) { indicator in
                        .li(.a(.href(SitePath.indicator(code: indicator.code).path), .text(indicator.name)),
                            .span(.class("muted"), .text(indicator.unit.isEmpty ? "" : " (\(indicator.unit))")))
                    })
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "gevonden-gebieden"),
                    .h2(.id("gevonden-gebieden"), .text("Gebieden (\(areasFound))")),
                    .if(areas.isEmpty, .p(.text("Geen gebieden gevonden."))),
                    .ul(.class("results"), .forEach(areas) { area in
                        .li(.a(.href(SitePath.area(level: area.level, code: area.code).path), .text(area.name)),
                            .span(.class("muted"), .text(" — \(area.levelName)")))
                    })
                )
            ),
            strings: strings)
    }
}
