import Platform
import Plot

extension SearchPageModel {
    func page() -> Page {
        let strings = SiteStrings(language)
        let t = CijfersText.strings(language)
        return Page(
            title: query.isEmpty ? t["search.title"] : t("search.titleWithQuery", query),
            breadcrumbs: [(strings.home, SitePath.home.path), (t["search.title"], nil)],
            content: .group(
                SearchForm(strings: strings, query: query, id: "zoekterm-resultaten").node,
                .forEach(notices) { .p(.attr("class", "notice"), .attr("role", "status"), .text(text(of: $0, t))) },
                .section(
                    .attr("aria-labelledby", "gevonden-indicatoren"),
                    .h2(.attr("id", "gevonden-indicatoren"), .text(t("search.indicators", String(indicators.count)))),
                    .if(indicators.isEmpty, .p(.text(t["search.noIndicators"]))),
                    .ul(.attr("class", "results"), .forEach(indicators) { indicator in
                        .li(.a(.attr("href", CijfersPath.indicator(code: indicator.code).path), .text(indicator.name)),
                            .span(.attr("class", "muted"), .text(indicator.unit.isEmpty ? "" : " (\(indicator.unit))")))
                    })
                ),
                .section(
                    .attr("aria-labelledby", "gevonden-gebieden"),
                    .h2(.attr("id", "gevonden-gebieden"), .text(t("search.areas", String(areasFound)))),
                    .if(areas.isEmpty, .p(.text(t["search.noAreas"]))),
                    .ul(.attr("class", "results"), .forEach(areas) { area in
                        .li(.a(.attr("href", CijfersPath.area(level: area.level, code: area.code).path), .text(area.name)),
                            .span(.attr("class", "muted"), .text(" — \(area.levelName)")))
                    })
                )
            ),
            strings: strings)
    }

    private func text(of notice: Notice, _ t: Strings) -> String {
        switch notice {
        case .shortened(let limit): t("search.noticeShortened", String(limit))
        case .tooManyWords(let limit, let ignored): t("search.noticeTooManyWords", String(limit), ignored)
        case .manyAreas(let found, let shown): t("search.noticeManyAreas", String(found), String(shown))
        }
    }
}
