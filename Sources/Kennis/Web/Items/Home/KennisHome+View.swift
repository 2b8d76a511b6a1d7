import KennisDomain
import Platform
import Plot

extension KennisHomeModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: t["items.home.title"],
            breadcrumbs: [(site.home, SitePath.home.path), (t["items.home.title"], nil)],
            description: t["items.home.description"],
            content: .group(
                .p(.attr("class", "kennis-intro"), .text(t["items.home.intro"])),
                SearchForm(strings: site, id: "kennis-zoekterm").node,
                actions(t),
                .div(
                    .attr("class", "kennis-home"),
                    block("nieuws", t["items.home.news"], news, kind: .nieuws, showKind: false, empty: t["items.home.noNews"], t),
                    block("praktijken", t["items.home.practices"], practices, kind: .praktijk, showKind: false,
                          empty: t["items.home.noPractices"], t),
                    block("evenementen", t["items.home.events"], events, kind: .evenement, showKind: false,
                          empty: t["items.home.noEvents"], t),
                    block("raamcontracten", t["items.home.contracts"], contracts, kind: .raamcontract, showKind: false,
                          empty: t["items.home.noContracts"], t),
                    block("netwerken", t["items.home.networks"], networks, kind: .netwerk, showKind: false,
                          empty: t["items.home.noNetworks"], t)
                ),
                kinds(t),
                newsletter(t)
            ),
            strings: site)
    }

    private func actions(_ t: Strings) -> Node<HTML.BodyContext> {
        guard isSignedIn else { return .empty }
        return .ul(
            .attr("class", "kennis-actions"),
            .li(.a(.attr("class", "kennis-button"), .attr("href", KennisPath.newItem.path), .text(t["items.home.propose"]))),
            .li(.a(.attr("href", KennisPath.review.path),
                   .text(isEditor ? t("items.home.reviewCount", String(reviewCount)) : t["items.home.ownProposals"])))
        )
    }

    private func block(_ id: String, _ title: String, _ items: [StoredKnowledge], kind: KnowledgeKind, showKind: Bool,
                       empty: String, _ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("class", "kennis-block"), .attr("aria-labelledby", "blok-\(id)"),
            .h2(.attr("id", "blok-\(id)"), .text(title)),
            items.isEmpty ? .p(.text(empty))
                : .forEach(items) { ItemWidgets.card($0, language, names: names, showKind: showKind) },
            .p(.a(.attr("href", KennisPath.list(kind).path), .text(t("items.home.all", KennisText.pair(kind.plural, language).lowercased()))))
        )
    }

    private func kinds(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "blok-soorten"),
            .h2(.attr("id", "blok-soorten"), .text(t["items.home.kinds"])),
            .ul(.attr("class", "kennis-kinds"), .forEach(KnowledgeKind.allCases) { kind in
                .li(.a(.attr("href", KennisPath.list(kind).path), .text(KennisText.pair(kind.plural, language))),
                    .text(" (\(counts[kind] ?? 0))"))
            })
        )
    }

    private func newsletter(_ t: Strings) -> Node<HTML.BodyContext> {
        .aside(
            .attr("class", "kennis-newsletter"), .attr("aria-labelledby", "blok-nieuwsbrief"),
            .h2(.attr("id", "blok-nieuwsbrief"), .text(t["items.home.newsletter"])),
            .p(.text(t["items.home.newsletterText"])),
            .p(.a(.attr("href", KennisPath.newsletter.path), .text(t["items.home.newsletterLink"])))
        )
    }
}
