import CijfersDomain
import Foundation
import Storage

/// Indicators and areas whose name or code contains every word of the query, ignoring case and accents.
struct SearchPageModel {
    let query: String
    let indicators: [(code: String, name: String, unit: String)]
    let areas: [(level: String, levelName: String, code: String, name: String)]

    /// Levels whose areas are worth finding by name; 20,000 statistical sectors would drown the rest.
    static let searchableLevels = ["gewest", "provincie2024", "centrumsteden", "gemeente2024", "ggw72024"]

    init(query: String, catalog: Catalog) {
        self.query = query
        let words = SearchPageModel.fold(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else {
            indicators = []
            areas = []
            return
        }
        func matches(_ text: String) -> Bool {
            let folded = SearchPageModel.fold(text)
            return words.allSatisfy { folded.contains($0) }
        }
        indicators = catalog.indicators.values
            .filter { $0.visible && matches("\($0.code) \($0.name) \($0.description)") }
            .sorted { $0.name < $1.name }
            .map { ($0.code, $0.name, $0.unit) }
        var found: [(String, String, String, String)] = []
        for level in SearchPageModel.searchableLevels {
            guard let levelInfo = catalog.level(level) else { continue }
            for area in catalog.areas(inLevel: level) where matches("\(area.code) \(area.name)") {
                found.append((level, levelInfo.name, area.code, area.name))
            }
        }
        areas = Array(found.prefix(200))
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "nl_BE"))
            .lowercased()
    }
}
