import Fluent
import Foundation
import KennisDomain
import Platform
import Plot
import SafeMarkdown

/// Markdown written by authors, on a page: only through SafeMarkdown, whose output passes its own allowlist.
enum ItemMarkdown {
    /// The text's highest heading becomes `<h\(top)>` whether the author started at `#` or `##`, so the page's
    /// outline has no gaps. Images only from the item's own files.
    static func node(_ markdown: String, top: Int = 2, slug: String? = nil) -> Node<HTML.BodyContext> {
        let offset = max(0, top - (highestHeading(markdown) ?? top))
        let options = SafeMarkdown.Options(headingOffset: offset, imagePathPrefix: slug.map { KennisPath.item($0).path + "/bestanden/" })
        return .raw(SafeMarkdown.html(markdown, options: options))
    }

    /// The level of the highest ATX heading (`#` = 1) outside fenced code, or nil.
    static func highestHeading(_ markdown: String) -> Int? {
        var highest: Int?
        var fenced = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fenced.toggle(); continue }
            guard !fenced, line.count - trimmed.count < 4 else { continue }
            let hashes = trimmed.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes) else { continue }
            let rest = trimmed.dropFirst(hashes)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            highest = min(highest ?? hashes, hashes)
        }
        return highest
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

    /// A table that scrolls sideways on a phone, reachable by keyboard and named for screen readers.
    static func scrollTable(_ label: String, _ table: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .div(.attr("class", "table-scroll"), .attr("tabindex", "0"), .attr("role", "region"), .attr("aria-label", label), table)
    }

    /// Organisation names by code, for cards and facts.
    static func organisationNames(on database: any Database) async throws -> [String: String] {
        Dictionary(try await KennisCatalog.organisations(on: database).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
}
