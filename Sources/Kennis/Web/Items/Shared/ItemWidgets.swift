import Fluent
import Foundation
import KennisDomain
import Platform
import Plot
import SafeMarkdown

/// Markdown written by authors, on a page: only through SafeMarkdown, whose output passes its own allowlist.
enum ItemMarkdown {
    /// The body's `#` becomes `<h2>` (`headingOffset` 1); a section under its own `<h2>` passes 2. Images only from
    /// the item's own files.
    static func node(_ markdown: String, headingOffset: Int = 1, slug: String? = nil) -> Node<HTML.BodyContext> {
        let options = SafeMarkdown.Options(headingOffset: headingOffset, imagePathPrefix: slug.map { KennisPath.item($0).path + "/bestanden/" })
        return .raw(SafeMarkdown.html(markdown, options: options))
    }
}

/// Small pieces the item pages share: the status badge, the kind label, a card in a list.
enum ItemWidgets {
    /// The status in words (the colour only repeats it), for what is not published.
    static func statusBadge(_ status: KnowledgeStatus, _ language: SiteLanguage) -> Node<HTML.BodyContext> {
        .span(.attr("class", "kennis-status kennis-status-\(status.rawValue)"), .text(KennisText.pair(status.name, language)))
    }

    /// The date a list shows for an item: an event's first day, else the item's own date.
    static func listDate(_ item: StoredKnowledge) -> String {
        if item.kind == .evenement, let starts = item.content.details.starts, starts.count >= 10 { return String(starts.prefix(10)) }
        return item.shownDate
    }

    /// One item in a list: kind, title (linked), date, summary.
    static func card(_ item: StoredKnowledge, _ language: SiteLanguage, names: [String: String], showKind: Bool = true,
                     heading: Int = 3, showStatus: Bool = false) -> Node<HTML.BodyContext> {
        let t = KennisText.strings(language)
        let title: Node<HTML.BodyContext> = .a(.attr("href", KennisPath.item(item.slug).path), .text(KennisText.text(item.content.title, language)))
        let summary = KennisText.text(item.content.summary, language)
        var facts: [String] = []
        if showKind { facts.append(KennisText.pair(item.kind.name, language)) }
        if item.kind == .evenement, let starts = item.content.details.starts {
            facts.append(KennisText.dateTime(starts, language))
            let place = KennisText.text(item.content.details.place, language)
            if !place.isEmpty { facts.append(place) }
        } else {
            facts.append(KennisText.date(item.shownDate, language))
        }
        if item.kind == .praktijk, let city = item.content.details.city, !city.isEmpty { facts.append(t("items.card.city", names[city] ?? city)) }
        return .article(
            .attr("class", "kennis-card"),
            heading == 2 ? .h2(title) : .h3(title),
            .p(.attr("class", "kennis-card-facts"), .text(facts.joined(separator: " · ")),
               .if(showStatus && item.status != .gepubliceerd, .group(.text(" "), statusBadge(item.status, language)))),
            .if(!summary.isEmpty, .p(.text(summary)))
        )
    }

    /// Organisation names by code, for cards and facts.
    static func organisationNames(on database: any Database) async throws -> [String: String] {
        Dictionary(try await KennisCatalog.organisations(on: database).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
}
