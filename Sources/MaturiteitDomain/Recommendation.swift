/// A shared recommendation drawn from the gaps, scored on importance/impact and on urgency (each 1–5);
/// the top of the list is what the cities take up together.
public struct Recommendation: Sendable, Hashable {
    public let number: Int
    public let theme: String
    public let text: String
    public let importance: Int
    public let urgency: Int

    public init(number: Int, theme: String, text: String, importance: Int = 3, urgency: Int = 3) {
        self.number = number
        self.theme = theme
        self.text = text
        self.importance = importance
        self.urgency = urgency
    }

    /// Importance first, urgency to break ties, then the number as given, so the order is stable.
    public static func ranked(_ items: [Recommendation]) -> [Recommendation] {
        items.sorted { ($1.importance, $1.urgency, $0.number) < ($0.importance, $0.urgency, $1.number) }
    }

    public static func top(_ count: Int, of items: [Recommendation]) -> [Recommendation] {
        Array(ranked(items).prefix(count))
    }
}

/// A work package that turns recommendations into shared work: themes, lead organisations, priority 1 (first) to 4.
public struct WorkPackage: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable {
        case planned = "gepland"
        case started = "opgestart"
        case done = "afgerond"
        case onHold = "on hold"
    }

    public let number: Int
    public let title: String
    public let themes: [String]
    public let leads: [String]
    public let priority: Int
    public let start: String
    public let status: Status

    public init(number: Int, title: String, themes: [String], leads: [String], priority: Int, start: String, status: Status = .planned) {
        self.number = number
        self.title = title
        self.themes = themes
        self.leads = leads
        self.priority = min(max(priority, 1), 4)
        self.start = start
        self.status = status
    }
}
