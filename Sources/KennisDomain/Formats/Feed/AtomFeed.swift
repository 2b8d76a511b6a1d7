import Foundation

/// An Atom feed (RFC 4287), written as XML.
public struct AtomFeed: Sendable, Equatable {
    /// The `Content-Type` to serve the feed with.
    public static let contentType = "application/atom+xml; charset=utf-8"

    /// A permanent id for the feed, such as its URL.
    public var id: String
    /// Plain text, as are all texts of the feed.
    public var title: String
    /// A line under the title; left out when `nil` or empty.
    public var subtitle: String?
    /// Where the feed itself is served.
    public var selfURL: String
    /// The page the feed follows.
    public var alternateURL: String
    /// When any entry last changed.
    public var updated: Date
    /// The `xml:lang` of the feed, `nl` or `en`.
    public var language: String
    /// Written at feed level; Atom needs an author for the feed or for every entry.
    public var author: String
    /// Written in this order; put the newest first.
    public var entries: [AtomEntry]

    /// A feed in Dutch by the Kenniscentrum unless told otherwise.
    public init(
        id: String, title: String, subtitle: String? = nil, selfURL: String, alternateURL: String, updated: Date,
        language: String = "nl", author: String = "Kenniscentrum Vlaamse Steden", entries: [AtomEntry]
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.selfURL = selfURL
        self.alternateURL = alternateURL
        self.updated = updated
        self.language = language
        self.author = author
        self.entries = entries
    }

    /// The feed as UTF-8 XML: every text and attribute escaped, characters XML does not allow dropped,
    /// dates in RFC 3339 (UTC), entries in the given order.
    public func xml() -> String {
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(XMLText.escaped(language))">"#,
            "  " + XMLText.element("id", id),
            "  " + XMLText.element("title", title),
        ]
        if let subtitle, !subtitle.isEmpty { lines.append("  " + XMLText.element("subtitle", subtitle)) }
        lines += [
            #"  <link rel="self" type="application/atom+xml" href="\#(XMLText.escaped(selfURL))"/>"#,
            #"  <link rel="alternate" type="text/html" href="\#(XMLText.escaped(alternateURL))"/>"#,
            "  " + XMLText.element("updated", XMLText.rfc3339(updated)),
            "  <author>" + XMLText.element("name", author) + "</author>",
        ]
        for entry in entries { lines += Self.entryLines(entry) }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func entryLines(_ entry: AtomEntry) -> [String] {
        var lines = [
            "  <entry>",
            "    " + XMLText.element("id", entry.id),
            "    " + XMLText.element("title", entry.title),
            #"    <link rel="alternate" type="text/html" href="\#(XMLText.escaped(entry.url))"/>"#,
            "    " + XMLText.element("published", XMLText.rfc3339(entry.published)),
            "    " + XMLText.element("updated", XMLText.rfc3339(entry.updated)),
            "    <author>" + XMLText.element("name", entry.author) + "</author>",
        ]
        for category in entry.categories where !category.isEmpty {
            lines.append(#"    <category term="\#(XMLText.escaped(category))"/>"#)
        }
        lines.append(#"    <summary type="text">\#(XMLText.escaped(entry.summary))</summary>"#)
        if let html = entry.contentHTML {
            lines.append(#"    <content type="html">\#(XMLText.escaped(html))</content>"#)
        }
        lines.append("  </entry>")
        return lines
    }
}
