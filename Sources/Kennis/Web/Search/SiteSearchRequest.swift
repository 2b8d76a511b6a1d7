import Foundation
import KennisDomain
import SearchText

/// What a visitor asked the site-wide search (`/zoeken?q=…&soort=…&thema=…&stad=…&jaar=…&pagina=…`), read from the
/// query string. Every value that cannot be used is left out and said (`notices`), never silently replaced.
struct SiteSearchRequest: Sendable {
    /// What the page says about the query and the filters.
    enum Notice: Sendable, Hashable {
        case shortened(limit: Int)
        case tooManyWords(limit: Int, ignored: [String])
        case stopWords([String])
        case onlyStopWords
        case unknownKind(String)
        case badYear(String)
        case unknownTheme(String)
        case unknownCity(String)
        case badPage(String)
    }

    static let maximumQueryLength = 200
    static let maximumWords = 8
    static let pageSize = 25
    /// Deeper pages are not offered: nobody reads result 25,000, and a deep offset costs the database.
    static let maximumPage = 400
    /// The kinds of the other pillars' documents; Kennis' own are `KnowledgeKind`'s codes.
    /// The knowledge base's own kinds; the other pillars declare theirs (`Pillar.searchKinds`).
    static var ownKinds: [String] { KnowledgeKind.allCases.map(\.rawValue) }

    var query = ""
    var terms = SearchText.query("")
    var kinds: [String] = []
    var theme: String?
    var city: String?
    var year: Int?
    var page = 1
    var notices: [Notice] = []

    /// True when there is something to look for: words or a filter.
    var isSearch: Bool { !terms.isEmpty || hasFilters }
    var hasFilters: Bool { !kinds.isEmpty || theme != nil || city != nil || year != nil }
    var offset: Int { (page - 1) * Self.pageSize }

    /// Reads the query string's items (in order; a key may repeat). `knownTheme` and `knownCity` say whether a code
    /// names a theme or an organisation the site knows.
    static func read(_ items: [(key: String, value: String)], otherKinds: [String] = [], knownTheme: (String) -> Bool,
                     knownCity: (String) -> Bool) -> SiteSearchRequest {
        var request = SiteSearchRequest()
        func first(_ key: String) -> String? {
            items.first { $0.key == key }.map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var query = items.first { $0.key == "q" }?.value ?? ""
        if query.count > maximumQueryLength {
            query = String(query.prefix(maximumQueryLength))
            request.notices.append(.shortened(limit: maximumQueryLength))
        }
        request.query = query.trimmingCharacters(in: .whitespacesAndNewlines)
        request.terms = SearchText.query(request.query, maximumWords: maximumWords)
        if !request.terms.droppedExtraWords.isEmpty {
            request.notices.append(.tooManyWords(limit: maximumWords, ignored: request.terms.droppedExtraWords))
        }
        if request.terms.consistsOfStopWords {
            request.notices.append(.onlyStopWords)
        } else if !request.terms.droppedStopWords.isEmpty {
            request.notices.append(.stopWords(request.terms.droppedStopWords))
        }

        let known = Set(ownKinds + otherKinds)
        for raw in items where raw.key == "soort" || raw.key == "soort[]" {
            let kind = raw.value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !kind.isEmpty, !request.kinds.contains(kind) else { continue }
            if known.contains(kind) {
                request.kinds.append(kind)
            } else if !request.notices.contains(.unknownKind(String(kind.prefix(60)))) {
                request.notices.append(.unknownKind(String(kind.prefix(60))))
            }
        }
        if let theme = first("thema") {
            if knownTheme(theme) { request.theme = theme } else { request.notices.append(.unknownTheme(String(theme.prefix(60)))) }
        }
        if let city = first("stad") {
            if knownCity(city) { request.city = city } else { request.notices.append(.unknownCity(String(city.prefix(60)))) }
        }
        if let year = first("jaar") {
            if year.count <= 4, let value = Int(year), value > 0 { request.year = value } else { request.notices.append(.badYear(String(year.prefix(60)))) }
        }
        if let page = first("pagina") {
            if let value = Int(page), value >= 1, value <= maximumPage { request.page = value } else { request.notices.append(.badPage(String(page.prefix(60)))) }
        }
        return request
    }

    /// The items of a query string: split on `&` and the first `=`, `+` as a space, percent-decoded.
    static func items(_ queryString: String?) -> [(key: String, value: String)] {
        guard let queryString, !queryString.isEmpty else { return [] }
        return queryString.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    // MARK: Links that change one thing

    /// The query of this search with its filters, for links and the form (the page number is left out).
    var parameters: [(String, String?)] {
        [("q", query.isEmpty ? nil : query)] + kinds.map { ("soort", $0) }
            + [("thema", theme), ("stad", city), ("jaar", year.map(String.init))]
    }

    /// This search with `kind` added (or removed when chosen), from the first page.
    func togglingKind(_ kind: String) -> SiteSearchRequest {
        var next = self
        if let index = next.kinds.firstIndex(of: kind) { next.kinds.remove(at: index) } else { next.kinds.append(kind) }
        next.page = 1
        return next
    }

    func togglingTheme(_ value: String) -> SiteSearchRequest {
        var next = self
        next.theme = theme == value ? nil : value
        next.page = 1
        return next
    }

    func togglingCity(_ value: String) -> SiteSearchRequest {
        var next = self
        next.city = city == value ? nil : value
        next.page = 1
        return next
    }

    func togglingYear(_ value: Int) -> SiteSearchRequest {
        var next = self
        next.year = year == value ? nil : value
        next.page = 1
        return next
    }

    /// The same words without any filter.
    var withoutFilters: SiteSearchRequest {
        var next = self
        next.kinds = []
        next.theme = nil
        next.city = nil
        next.year = nil
        next.page = 1
        return next
    }

    func onPage(_ page: Int) -> SiteSearchRequest {
        var next = self
        next.page = page
        return next
    }
}
