/// One organisation's score on one theme: a number on the scale, or honestly none, with the reason given.
public enum ThemeScore: Sendable, Hashable, Codable {
    case scored(Double)
    case none(reason: String)

    public var value: Double? {
        if case .scored(let value) = self { return value }
        return nil
    }

    public var reason: String? {
        if case .none(let reason) = self { return reason }
        return nil
    }
}

/// What an organisation answers on one theme: the score and what backs it up.
public struct ThemeAnswer: Sendable, Hashable {
    public var score: ThemeScore
    /// Evidence in words (documents, decisions, examples).
    public var evidence: String
    /// Web addresses that back the score up.
    public var links: [String]
    public var strengths: String
    public var improvements: String
    public var practices: String

    public init(score: ThemeScore, evidence: String = "", links: [String] = [], strengths: String = "",
                improvements: String = "", practices: String = "") {
        self.score = score
        self.evidence = evidence
        self.links = links
        self.strengths = strengths
        self.improvements = improvements
        self.practices = practices
    }

    /// Links must be web addresses; anything else would become a dangerous or broken link on the page.
    public static func linkProblem(_ link: String) -> String? {
        let lower = link.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), link.count > 10, link.count < 500 else {
            return "'\(link.prefix(60))' is geen webadres (begin met https://)"
        }
        return nil
    }
}
