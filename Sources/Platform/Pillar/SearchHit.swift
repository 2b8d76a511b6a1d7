/// The words a visitor searched for, already bounded by the search page (length and number of words).
public struct SearchQuery: Sendable, Equatable {
    public let text: String
    public let words: [String]

    public init(text: String, words: [String]) {
        self.text = text
        self.words = words
    }
}

/// One thing a pillar found for the site-wide search.
public struct SearchHit: Sendable, Equatable {
    /// What kind of thing it is, in the visitor's language ("Indicator", "Gebied", "Meting").
    public let kind: String
    public let title: String
    public let path: String
    public let summary: String
    /// Higher is better; hits of all pillars are sorted on it.
    public let score: Double

    public init(kind: String, title: String, path: String, summary: String = "", score: Double) {
        self.kind = kind
        self.title = title
        self.path = path
        self.summary = summary
        self.score = score
    }
}
