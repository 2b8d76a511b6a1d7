import CijfersDomain
import Foundation
import Platform

/// Indicators and areas whose name or code contains every word of the query, ignoring case and accents.
struct SearchPageModel {
    /// What was left out of the query, said on the page: the search never silently answers another question.
    enum Notice: Equatable {
        /// The query was cut to its first `limit` characters.
        case shortened(limit: Int)
        /// Only the first `limit` words were used; `ignored` lists (some of) the others.
        case tooManyWords(limit: Int, ignored: String)
        /// `found` areas matched; the first `shown` are listed.
        case manyAreas(found: Int, shown: Int)
    }

    let query: String
    let indicators: [(code: String, name: String, unit: String)]
    let areas: [(level: String, levelName: String, code: String, name: String)]

    /// Levels whose areas are worth finding by name; 20,000 statistical sectors would drown the rest.
    static let searchableLevels = ["gewest", "provincie2024", "centrumsteden", "gemeente2024", "ggw72024"]

    let notices: [Notice]
    /// How many areas matched; at most `maximumAreas` are listed.
    let areasFound: Int
    /// The visitor's language: the page's own words (the catalog's names are Dutch only).
    let language: SiteLanguage

    /// Longest query read, in characters, and most distinct words used: the work of one search stays bounded
    /// (every word is looked for in every name).
    static let maximumQueryLength = 200
    static let maximumWords = 8
    static let maximumAreas = 200

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "nl_BE"))
            .lowercased()
    }
}

extension SearchPageModel {
    init(query rawQuery: String, catalog: Catalog, language: SiteLanguage = .nl) {
        self.language = language
        var notices: [Notice] = []
        var query = rawQuery
        if query.count > Self.maximumQueryLength {
            query = String(query.prefix(Self.maximumQueryLength))
            notices.append(.shortened(limit: Self.maximumQueryLength))
        }
        self.query = query
        var words: [String] = []
        for word in SearchPageModel.fold(query).split(whereSeparator: { $0.isWhitespace }).map(String.init) where !words.contains(word) {
            words.append(word)
        }
        if words.count > Self.maximumWords {
            notices.append(.tooManyWords(
                limit: Self.maximumWords,
                ignored: words.dropFirst(Self.maximumWords).prefix(20).joined(separator: " ") + (words.count > Self.maximumWords + 20 ? " …" : "")))
            words = Array(words.prefix(Self.maximumWords))
        }
        guard !words.isEmpty else {
            indicators = []
            areas = []
            areasFound = 0
            self.notices = notices
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
        areasFound = found.count
        if found.count > Self.maximumAreas {
            notices.append(.manyAreas(found: found.count, shown: Self.maximumAreas))
        }
        areas = Array(found.prefix(Self.maximumAreas))
        self.notices = notices
    }
}
