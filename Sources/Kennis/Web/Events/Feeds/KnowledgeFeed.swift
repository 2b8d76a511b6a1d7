import Foundation
import KennisDomain
import Platform
import SafeMarkdown
import Vapor

/// The Atom feeds (`/kennis/feeds/nieuws.atom`, `praktijken.atom`, `evenementen.atom`): the newest 30 published
/// items of the kind, with absolute links from the site's address, in the visitor's language (`?lang=en`).
enum KnowledgeFeed {
    static let contentType = "application/atom+xml; charset=utf-8"
    static let size = 30

    static func response(_ req: Request) async throws -> Response {
        let t = KennisText.strings(req.language)
        guard let feed = req.parameters.get("feed").flatMap(KennisPath.Feed.init(rawValue:)) else {
            throw Abort(.notFound, reason: t["events.feed.unknown"])
        }
        let items = try await KnowledgeStore(database: req.db).latestPublished(kinds: feed.kinds, limit: size)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        return Response(status: .ok, headers: headers, body: .init(string: document(feed, items: items, baseURL: req.siteBaseURL,
                                                                                       language: req.language).xml()))
    }

    static func title(_ feed: KennisPath.Feed, _ t: Strings) -> String {
        switch feed {
        case .news: t["events.feed.news"]
        case .practices: t["events.feed.practices"]
        case .events: t["events.feed.events"]
        }
    }

    static func document(_ feed: KennisPath.Feed, items: [StoredKnowledge], baseURL: String, language: SiteLanguage) -> AtomFeed {
        let t = KennisText.strings(language)
        let selfURL = baseURL + KennisPath.feed(feed).path
        let entries = items.map { item in
            let url = baseURL + KennisPath.item(item.slug).path
            let published = item.publishedAt ?? item.createdAt
            return AtomEntry(
                id: url, title: KennisText.text(item.content.title, language), summary: KennisText.text(item.content.summary, language),
                contentHTML: contentHTML(item, language), url: url, updated: max(item.updatedAt, published), published: published,
                author: "Kenniscentrum Vlaamse Steden",
                categories: item.content.themes.map { code in KennisCatalog.topic(code).map { KennisText.text($0.name, language) } ?? code })
        }
        return AtomFeed(
            id: selfURL, title: title(feed, t), subtitle: t["events.feed.subtitle"], selfURL: selfURL,
            alternateURL: baseURL + KennisPath.list(feed.kinds[0]).path, updated: entries.map(\.updated).max() ?? Date(timeIntervalSince1970: 0),
            language: KennisText.code(language), entries: entries)
    }

    /// The body as safe HTML; for an event, when and where first.
    static func contentHTML(_ item: StoredKnowledge, _ language: SiteLanguage) -> String? {
        let body = KennisText.text(item.content.body, language)
        var markdown = ""
        if item.kind == .evenement {
            let t = KennisText.strings(language)
            markdown += "**\(t["events.facts.when"]):** \(EventFacts.when(item.content.details, language))\n\n"
            let place = KennisText.text(item.content.details.place, language)
            if !place.isEmpty { markdown += "**\(t["events.facts.where"]):** \(place)\n\n" }
        }
        markdown += body
        guard !markdown.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return SafeMarkdown.html(markdown, options: .init(headingOffset: 1))
    }
}
