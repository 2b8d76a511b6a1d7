import Platform
import Plot

extension HomePageModel {
    func page() -> Page {
        let strings = SiteStrings(language)
        let t = CijfersText.strings(language)
        let themesSection: Node<HTML.BodyContext> = .section(
            .attr("aria-labelledby", "themas"),
            .h2(.attr("id", "themas"), .text(t["home.themes"])),
            .ul(.attr("class", "theme-tree"), .forEach(themes) { theme in themeItem(theme) }),
            .if(!unthemed.isEmpty, .group(
                .h3(.text(t["common.otherIndicators"])),
                .ul(.forEach(unthemed) { indicator in
                    .li(.a(.attr("href", CijfersPath.indicator(code: indicator.code).path), .text(indicator.name)))
                })
            ))
        )
        let citiesSection: Node<HTML.BodyContext> = .section(
            .attr("aria-labelledby", "steden"),
            .h2(.attr("id", "steden"), .text(t["home.cities"])),
            .ul(.attr("class", "cities"), .forEach(cities) { city in
                .li(.a(.attr("href", CijfersPath.area(level: "gemeente2024", code: city.code).path), .text(city.name)))
            }),
            .p(.a(.attr("href", CijfersPath.benchmark.path), .text(t["home.compareCities"]))),
            .p(.a(.attr("href", CijfersPath.table.path), .text(t["paths.homeTable"])))
        )
        let recentSection: Node<HTML.BodyContext> = .section(
            .attr("aria-labelledby", "recent"),
            .h2(.attr("id", "recent"), .text(t["home.recent"])),
            .ul(.forEach(recent) { indicator in
                .li(
                    .a(.attr("href", CijfersPath.indicator(code: indicator.code).path), .text(indicator.name)),
                    .text(" "),
                    .span(.attr("class", "muted"), .text("(\(DateText.format(indicator.updated, language)))"))
                )
            })
        )
        return Page(
            title: t["home.title"],
            description: t["home.description"],
            content: .group(
                .section(
                    .attr("class", "intro"),
                    .p(.text(t["home.intro"])),
                    SearchForm(strings: strings, id: "zoekterm-start").node,
                    .unwrap(cityPicker) { $0.node(t) }
                ),
                .div(
                    .attr("class", "columns"),
                    themesSection,
                    .div(citiesSection, recentSection)
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
