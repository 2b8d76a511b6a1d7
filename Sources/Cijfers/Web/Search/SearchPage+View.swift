import Platform
import Plot

extension SearchPageModel {
    func page(strings: SiteStrings) -> Page {
        Page(
            title: query.isEmpty ? "Zoeken" : "Zoekresultaten voor ‘\(query)’",
            breadcrumbs: [("Cijfers", SitePath.home.path), ("Zoeken", nil)],
            content: .group(
                SearchForm(strings: strings, query: query, id: "zoekterm-resultaten").node,
                .forEach(notices) { .p(.attr("class", "notice"), .attr("role", "status"), .text($0)) },
                .section(
                    .attr("aria-labelledby", "gevonden-indicatoren"),
                    .h2(.attr("id", "gevonden-indicatoren"), .text("Indicatoren (\(indicators.count))")),
                    .if(indicators.isEmpty, .p(.text("Geen indicatoren gevonden."))),
                    .ul(.attr("class", "results"), .forEach(indicators) { indicator in
                        .li(.a(.attr("href", CijfersPath.indicator(code: indicator.code).path), .text(indicator.name)),
                            .span(.attr("class", "muted"), .text(indicator.unit.isEmpty ? "" : " (\(indicator.unit))")))
                    })
                ),
                .section(
                    .attr("aria-labelledby", "gevonden-gebieden"),
                    .h2(.attr("id", "gevonden-gebieden"), .text("Gebieden (\(areasFound))")),
                    .if(areas.isEmpty, .p(.text("Geen gebieden gevonden."))),
                    .ul(.attr("class", "results"), .forEach(areas) { area in
                        .li(.a(.attr("href", CijfersPath.area(level: area.level, code: area.code).path), .text(area.name)),
                            .span(.attr("class", "muted"), .text(" — \(area.levelName)")))
                    })
                )
            ),
            strings: strings)
    }
}
