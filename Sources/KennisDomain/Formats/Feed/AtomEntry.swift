import Foundation

/// One entry of an Atom feed: a news item, a new good practice, an event.
public struct AtomEntry: Sendable, Equatable {
    /// A permanent id that never changes, such as `tag:stadsbeeld.be,2025:kennis/42` or the entry's URL.
    public var id: String
    /// Plain text.
    public var title: String
    /// Plain text.
    public var summary: String
    /// The body as HTML that is already safe (for example from SafeMarkdown); it is escaped into the feed.
    public var contentHTML: String?
    /// The entry's page.
    public var url: String
    /// When the entry last changed in a way readers should see.
    public var updated: Date
    /// When it first appeared.
    public var published: Date
    /// A person or organisation name.
    public var author: String
    /// Category terms, such as themes or content types.
    public var categories: [String]

    /// An entry; without `contentHTML` readers show the summary.
    public init(
        id: String, title: String, summary: String, contentHTML: String? = nil, url: String, updated: Date,
        published: Date, author: String, categories: [String] = []
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.contentHTML = contentHTML
        self.url = url
        self.updated = updated
        self.published = published
        self.author = author
        self.categories = categories
    }
}
