import Platform
import Plot
import SearchText

extension SiteSearchPageModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let strings = SiteStrings(language)
        let title = request.query.isEmpty ? t["search.title"] : t("search.titleFor", request.query)
        return Page(
            title: title,
            breadcrumbs: [(strings.home, SitePath.home.path), (t["search.title"], nil)],
            description: t["search.description"],
            content: .group(
                form(t),
                notices(t),
                .if(!chosen.isEmpty, chosenFilters(t)),
                .if(!request.isSearch, .p(.attr("class", "search-intro"), .text(t["search.intro"]))),
                .if(!combinations.isEmpty, combinationList(t)),
                .if(request.isSearch, .div(
                    .attr("class", "search-layout"),
                    results(t),
                    .if(total > 0 || request.hasFilters, facets(t))
                ))
            ),
            strings: strings)
    }

    private func form(_ t: Strings) -> Node<HTML.BodyContext> {
        .element(named: "form", nodes: [
            .attr("method", "get"), .attr("action", SitePath.search.path), .attr("class", "search-page-form"), .attr("role", "search"),
            .field(id: "zoekvraag", label: t["search.formLabel"], name: "q", type: "search", value: request.query, required: false,
                   hint: t["search.formHint"]),
            .forEach(request.kinds) { .hidden(name: "soort", value: $0) },
            .unwrap(request.theme) { .hidden(name: "thema", value: $0) },
            .unwrap(request.city) { .hidden(name: "stad", value: $0) },
            .unwrap(request.year) { .hidden(name: "jaar", value: String($0)) },
            .submitButton(t["search.button"]),
        ])
    }

    /// What was left out of the query and which filter values could not be used.
    private func notices(_ t: Strings) -> Node<HTML.BodyContext> {
        let texts: [String] = request.notices.map { notice in
            switch notice {
            case .shortened(let limit): t("search.notice.shortened", String(limit))
            case .tooManyWords(let limit, let ignored):
                t("search.notice.tooManyWords", String(limit), ignored.prefix(10).joined(separator: " ") + (ignored.count > 10 ? " …" : ""))
            case .stopWords(let words): t("search.notice.stopWords", words.map { "‘\($0)’" }.joined(separator: ", "))
            case .onlyStopWords: t["search.notice.onlyStopWords"]
            case .unknownKind(let kind): t("search.notice.unknownKind", kind)
            case .badYear(let year): t("search.notice.badYear", year)
            case .unknownTheme(let theme): t("search.notice.unknownTheme", theme)
            case .unknownCity(let city): t("search.notice.unknownCity", city)
            case .badPage(let page): t("search.notice.badPage", page)
            }
        }
        return .if(!texts.isEmpty, .ul(.attr("class", "search-notices"), .attr("role", "status"), .forEach(texts) { .li(.text($0)) }))
    }

    /// Indicators for the area the query names: links straight to the figures.
    private func combinationList(_ t: Strings) -> Node<HTML.BodyContext> {
        let area = combinations.first.map { $0.area } ?? ""
        return .section(
            .attr("class", "search-combinations"), .attr("aria-labelledby", "cijfers-voor-gebied"),
            .h2(.attr("id", "cijfers-voor-gebied"), .text(t("search.combinations", area))),
            .ul(.forEach(combinations) { combination in
                .li(.a(.attr("href", combination.path), .text(t("search.combination", combination.indicator, combination.area))),
                    .span(.attr("class", "muted"), .text(" (\(combination.areaLevel))")))
            })
        )
    }

    private func chosenFilters(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("class", "search-chosen"), .attr("aria-labelledby", "gekozen-filters"),
            .h2(.attr("id", "gekozen-filters"), .text(t["search.chosenTitle"])),
            .ul(
                .forEach(chosen) { filter in
                    .li(.text("\(filter.facet): \(filter.label) "),
                        .a(.attr("href", filter.removeURL), .text(t["search.remove"]),
                           .span(.attr("class", "visually-hidden"), .text(" \(filter.facet): \(filter.label)"))))
                },
                .if(chosen.count > 1, .li(.a(.attr("href", SitePath.search.url(request.withoutFilters.parameters)), .text(t["search.removeAll"]))))
            )
        )
    }

    private func results(_ t: Strings) -> Node<HTML.BodyContext> {
        let first = request.offset + 1
        let last = request.offset + hits.count
        let count = total == 1 ? t["search.countOne"] : t("search.countMany", String(total))
        return .section(
            .attr("class", "search-results"), .attr("aria-labelledby", "resultaten"),
            .h2(.attr("id", "resultaten"), .text(count)),
            .if(total > SiteSearchRequest.pageSize && !hits.isEmpty,
                .p(.attr("class", "search-range"), .text(t("search.range", String(first), String(last), String(total))))),
            .if(total == 0, .group(
                .p(.text(request.hasFilters ? t["search.noneWithFilters"] : t["search.none"])),
                .if(request.hasFilters, .p(.a(.attr("href", SitePath.search.url(request.withoutFilters.parameters)), .text(t["search.removeAll"])))),
                .if(!request.hasFilters, .p(.text(t["search.noneHint"])))
            )),
            .if(total > 0 && hits.isEmpty, .p(
                .text(t["search.pastTheEnd"] + " "),
                .a(.attr("href", SitePath.search.url(request.onPage(1).parameters)), .text(t["search.firstPage"])))),
            .if(!hits.isEmpty, .ol(
                .attr("class", "search-hits"), .attr("start", String(first)),
                .forEach(hits) { hit in
                    .li(
                        .p(.attr("class", "search-kind"), .text(hit.kindName), .unwrap(hit.year) { .text(" · \($0)") }),
                        .h3(.a(.attr("href", hit.path), .text(hit.title))),
                        .if(!hit.snippet.isEmpty, .p(.attr("class", "search-snippet"), .forEach(hit.snippet) { part in
                            part.highlighted ? .element(named: "mark", nodes: [.text(part.text)]) : .text(part.text)
                        }))
                    )
                })),
            paging(t)
        )
    }

    private func paging(_ t: Strings) -> Node<HTML.BodyContext> {
        let current = request.page
        let pages = min(pageCount, SiteSearchRequest.maximumPage)
        return .if(pages > 1 && current <= pages, .nav(
            .attr("class", "search-paging"), .attr("aria-label", t["search.pages"]),
            .ul(
                .if(current > 1, .li(.a(.attr("href", link(current - 1)), .attr("rel", "prev"), .text(t["search.previous"])))),
                .li(.span(.attr("aria-current", "page"), .text(t("search.pageOf", String(current), String(pages))))),
                .if(current < pages, .li(.a(.attr("href", link(current + 1)), .attr("rel", "next"), .text(t["search.next"]))))
            )
        ))
    }

    private func link(_ page: Int) -> String {
        SitePath.search.url(request.parameters + [("pagina", page == 1 ? nil : String(page))])
    }

    private func facets(_ t: Strings) -> Node<HTML.BodyContext> {
        .nav(
            .attr("class", "search-facets"), .attr("aria-labelledby", "verfijnen"),
            .h2(.attr("id", "verfijnen"), .text(t["search.facets"])),
            facet("soort", t["search.facet.kind"], kinds, t),
            facet("thema", t["search.facet.theme"], themes, t),
            facet("stad", t["search.facet.city"], cities, t),
            facet("jaar", t["search.facet.year"], years, t)
        )
    }

    private func facet(_ id: String, _ name: String, _ values: [FacetValue], _ t: Strings) -> Node<HTML.BodyContext> {
        .if(!values.isEmpty, .group(
            .h3(.attr("id", "facet-\(id)"), .text(name)),
            .ul(.attr("aria-labelledby", "facet-\(id)"), .forEach(values) { value in
                .li(.attr("class", value.chosen ? "chosen" : ""),
                    .a(.attr("href", value.url), value.chosen ? .attr("aria-current", "true") : .empty,
                       .if(value.chosen, .span(.attr("aria-hidden", "true"), .text("✓ "))),
                       .text(value.label),
                       .span(.attr("class", "count"), .text(" (\(value.count))")),
                       .if(value.chosen, .span(.attr("class", "visually-hidden"), .text(" — " + t["search.chosenRemove"])))))
            })
        ))
    }
}
