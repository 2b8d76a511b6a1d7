import Foundation

/// A life event (a birth, moving house, losing one's job …) and the rights that belong to it. LPDC has no such
/// field, so the list is kept as data in `Resources/rechten/levensgebeurtenissen.json`: per event the product
/// numbers, themes and keywords that place a right in it.
public struct LifeEvent: Codable, Sendable, Hashable {
    public let code: String
    public let name: RightsVocabulary.Label
    public let themes: [String]
    public let productNumbers: [String]
    public let keywords: [String]

    public init(code: String, name: RightsVocabulary.Label, themes: [String], productNumbers: [String], keywords: [String]) {
        self.code = code
        self.name = name
        self.themes = themes
        self.productNumbers = productNumbers
        self.keywords = keywords
    }

    /// Whether `service` belongs to this event: its product number is listed, or a keyword starts a word of its
    /// name or search terms (in any language) and — when the event lists themes — it has one of those themes.
    public func contains(_ service: PublicService) -> Bool {
        if let number = service.productNumber, productNumbers.contains(number) { return true }
        guard !keywords.isEmpty else { return false }
        if !themes.isEmpty, Set(themes).isDisjoint(with: service.themes) { return false }
        let text = (Array(service.name.variants.values) + service.keywords.values.flatMap { $0 }).joined(separator: " ")
        let words = TextFolding.fold(text).split(separator: " ")
        return keywords.map(TextFolding.fold).contains { keyword in words.contains { $0.hasPrefix(keyword) } }
    }
}

public enum LifeEvents {
    public static let all: [LifeEvent] = load()

    public static func named(_ code: String) -> LifeEvent? { all.first { $0.code == code } }

    private struct File: Decodable { let events: [LifeEvent] }

    static func load() -> [LifeEvent] {
        guard let url = RightsResources.url("levensgebeurtenissen", "json"), let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(File.self, from: data) else { return [] }
        return file.events
    }
}
