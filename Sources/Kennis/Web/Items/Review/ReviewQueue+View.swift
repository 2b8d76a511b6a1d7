import Foundation
import KennisDomain
import Platform
import Plot

extension ReviewQueueModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: t["items.review.title"],
            breadcrumbs: [(site.home, SitePath.home.path), (t["items.home.title"], KennisPath.home.path), (t["items.review.title"], nil)],
            content: .group(
                .p(.text(isEditor ? t["items.review.introEditor"] : t["items.review.introMember"])),
                .p(.a(.attr("class", "kennis-button"), .attr("href", KennisPath.newItem.path), .text(t["items.home.propose"]))),
                .if(isEditor, .group(
                    table("nazicht", t["items.review.inReview"], inReview, empty: t["items.review.noneInReview"], t),
                    table("concepten", t["items.review.concepts"], concepts, empty: t["items.review.noConcepts"], t)
                )),
                table("eigen", t["items.review.own"], own, empty: t["items.review.noneOwn"], t, showNote: true)
            ),
            strings: site)
    }

    private func table(_ id: String, _ title: String, _ items: [StoredKnowledge], empty: String, _ t: Strings,
                       showNote: Bool = false) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "lijst-\(id)"),
            .h2(.attr("id", "lijst-\(id)"), .text(title)),
            items.isEmpty ? .p(.text(empty)) : .div(
                .attr("class", "table-scroll"), .attr("tabindex", "0"), .attr("role", "region"), .attr("aria-labelledby", "lijst-\(id)"),
                .table(
                    .attr("class", "data kennis-queue"),
                    .thead(.tr(
                        .th(.attr("scope", "col"), .text(t["items.review.item"])),
                        .th(.attr("scope", "col"), .text(t["items.review.kind"])),
                        .th(.attr("scope", "col"), .text(t["items.review.status"])),
                        .th(.attr("scope", "col"), .text(t["items.review.changed"])),
                        .if(showNote, .th(.attr("scope", "col"), .text(t["items.review.note"])))
                    )),
                    .tbody(.forEach(items) { item in
                        .tr(
                            .td(.a(.attr("href", KennisPath.item(item.slug).path), .text(KennisText.text(item.content.title, language)))),
                            .td(.text(KennisText.pair(item.kind.name, language))),
                            .td(ItemWidgets.statusBadge(item.status, language)),
                            .td(.text(KennisText.date(KnowledgeDates.isoDay(item.updatedAt), language))),
                            .if(showNote, .td(.text(item.status == .concept ? (item.reviewNote ?? "") : "")))
                        )
                    })
                )
            )
        )
    }
}
