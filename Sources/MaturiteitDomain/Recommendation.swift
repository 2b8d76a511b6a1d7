import Foundation

/// A shared recommendation drawn from the gaps, scored on importance/impact and on urgency (each 1–5, or not yet
/// rated); the top of the list is what the cities take up together.
public struct Recommendation: Sendable, Hashable, Encodable {
    public let number: Int
    public let theme: String
    public let text: String
    public let importance: Int?
    public let urgency: Int?
    /// Chosen for the top-N the organisations work on.
    public let selected: Bool

    public init(number: Int, theme: String, text: String, importance: Int? = nil, urgency: Int? = nil, selected: Bool = false) {
        self.number = number
        self.theme = theme
        self.text = text
        self.importance = importance.map { min(max($0, 1), 5) }
        self.urgency = urgency.map { min(max($0, 1), 5) }
        self.selected = selected
    }

    /// Importance first, urgency to break ties, then the number as given, so the order is stable.
    /// Recommendations not yet rated come after the rated ones, in their own order.
    public static func ranked(_ items: [Recommendation]) -> [Recommendation] {
        items.sorted { a, b in
            let left = (a.importance ?? 0, a.urgency ?? 0)
            let right = (b.importance ?? 0, b.urgency ?? 0)
            if left != right { return left > right }
            return a.number < b.number
        }
    }

    /// The top `count`: the selected ones first (in ranked order), then the best ranked of the rest.
    public static func top(_ count: Int, of items: [Recommendation]) -> [Recommendation] {
        let ranked = ranked(items)
        return Array((ranked.filter(\.selected) + ranked.filter { !$0.selected }).prefix(count))
    }

    public static func scoreProblem(_ value: Int?, _ name: String) -> String? {
        guard let value else { return nil }
        return (1...5).contains(value) ? nil : "\(name) is een getal van 1 tot 5"
    }
}

/// A work package that turns recommendations into shared work: themes, lead organisations, priority 1 (first) to 4.
public struct WorkPackage: Sendable, Hashable, Encodable {
    public enum Status: String, Sendable, CaseIterable, Encodable {
        case planned = "gepland"
        case started = "opgestart"
        case done = "afgerond"
        case onHold = "on hold"

        public var label: String { rawValue }
    }

    public let number: Int
    public let title: String
    public let themes: [String]
    public let subtopics: [String]
    public let leads: [String]
    public let priority: Int
    public let start: String
    public let status: Status
    public let progress: String

    public init(number: Int, title: String, themes: [String], subtopics: [String] = [], leads: [String], priority: Int,
                start: String, status: Status = .planned, progress: String = "") {
        self.number = number
        self.title = title
        self.themes = themes
        self.subtopics = subtopics
        self.leads = leads
        self.priority = min(max(priority, 1), 4)
        self.start = start
        self.status = status
        self.progress = progress
    }

    /// Filters as the list page offers them: by theme and by lead (both optional).
    public func matches(theme: String?, lead: String?) -> Bool {
        (theme == nil || themes.contains(theme!)) && (lead == nil || leads.contains { $0.caseInsensitiveCompare(lead!) == .orderedSame })
    }

    /// Lists in a cell are separated by semicolons, as in the Kenniscentrum's sheets.
    public static func list(_ text: String) -> [String] {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
