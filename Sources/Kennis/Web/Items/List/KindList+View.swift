import KennisDomain
import Platform
import Plot

extension KindListModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let site = SiteStrings(language)
        let title = KennisText.pair(kind.plural, language)
        return Page(
            title: title,
            breadcrumbs: [(site.home, SitePath.home.path), (t["items.home.title"], KennisPath.home.path), (title, nil)],
            description: t("items.list.description", title.lowercased()),
            content: .group(
                filters(t),
                .if(!notes.isEmpty, .div(.attr("class", "kennis-notes"), .attr("role", "status"),
                                         .ul(.forEach(notes) { .li(.text($0)) }))),
                .p(.attr("class", "kennis-count"), .text(countText(t))),
                .div(.attr("class", "kennis-list"), .forEach(items) { ItemWidgets.card($0, language, names: names, showKind: false, heading: 2) }),
                pager(t)
            ),
            strings: site)
    }

    private func countText(_ t: Strings) -> String {
        if total == 0 { return t["items.list.none"] }
        if pages == 1 { return total == 1 ? t["items.list.countOne"] : t("items.list.count", String(total)) }
        return t("items.list.countPaged", String(total), String(pageNumber), String(pages))
    }

    private func filters(_ t: Strings) -> Node<HTML.BodyContext> {
        var cityOptions = cities
        if let city, !cityOptions.contains(where: { $0.code == city }) { cityOptions.append((city, names[city] ?? city)) }
        return .getForm(
            action: KennisPath.list(kind).path,
            .fieldset(
                .attr("class", "kennis-filters"),
                .legend(.text(t["items.list.filter"])),
                .selectField(id: "filter-thema", label: t["items.list.topic"], name: "thema",
                             options: [("", t["items.list.allTopics"])] + topics.map { ($0.code, $0.name) }, selected: topic ?? ""),
                .selectField(id: "filter-stad", label: t["items.list.city"], name: "stad",
                             options: [("", t["items.list.allCities"])] + cityOptions.map { ($0.code, $0.name) }, selected: city ?? ""),
                .selectField(id: "filter-jaar", label: t["items.list.year"], name: "jaar",
                             options: [("", t["items.list.allYears"])] + years.map { (String($0), String($0)) }, selected: year.map(String.init) ?? ""),
                .submitButton(t["items.list.show"])
            )
        )
    }

    private func pager(_ t: Strings) -> Node<HTML.BodyContext> {
        guard pages > 1 else { return .empty }
        return .nav(
            .attr("class", "pager"), .attr("aria-label", t["items.list.pages"]),
            .if(pageNumber > 1, .a(.attr("href", url(page: pageNumber - 1)), .attr("rel", "prev"), .text(t["items.list.previous"]))),
            .span(.text(t("items.list.pageOf", String(pageNumber), String(pages)))),
            .if(pageNumber < pages, .a(.attr("href", url(page: pageNumber + 1)), .attr("rel", "next"), .text(t["items.list.next"])))
        )
    }
}
