import AccessDomain
import Foundation

/// Who may find a document: the search shows a visitor only the documents of the audiences they belong to.
public enum SearchAudience: Sendable, Hashable {
    case everyone
    case signedIn
    case organisation(Int)
    case user(Int)
    /// Kenniscentrum editors and platform admins.
    case editors
    case platformAdmins

    public var code: String {
        switch self {
        case .everyone: "public"
        case .signedIn: "signed-in"
        case .organisation(let id): "org:\(id)"
        case .user(let id): "user:\(id)"
        case .editors: "editors"
        case .platformAdmins: "platform-admins"
        }
    }

    /// The audiences a visitor belongs to.
    public static func of(_ principal: Principal?) -> [SearchAudience] {
        guard let principal else { return [.everyone] }
        var out: [SearchAudience] = [.everyone, .signedIn, .organisation(principal.organisationID), .user(principal.userID)]
        if principal.isPlatformAdmin || (principal.organisationType == .kenniscentrum && principal.role >= .editor) { out.append(.editors) }
        if principal.isPlatformAdmin { out.append(.platformAdmins) }
        return out
    }
}

/// One findable thing of a pillar, as the index keeps it. `key` is unique over the whole site
/// ("kennis:warmteplan-gent", "cijfers:indicator:v2501"); `kind` is the type facet's code.
public struct SearchDocument: Sendable, Hashable {
    public var key: String
    public var kind: String
    public var title: LocalizedText
    public var summary: LocalizedText
    public var path: String
    /// Plain text (no markup) the terms and snippets come from; long texts are kept up to `SearchIndex.maximumBody`.
    public var body: String
    public var year: Int?
    public var themes: [String]
    public var cities: [String]
    public var audiences: [SearchAudience]

    public init(key: String, kind: String, title: LocalizedText, summary: LocalizedText = LocalizedText(nl: "", en: ""),
                path: String, body: String = "", year: Int? = nil, themes: [String] = [], cities: [String] = [],
                audiences: [SearchAudience] = [.everyone]) {
        self.key = key
        self.kind = kind
        self.title = title
        self.summary = summary
        self.path = path
        self.body = body
        self.year = year
        self.themes = themes
        self.cities = cities
        self.audiences = audiences
    }
}

/// One term of a query as the index matches it: the whole stemmed word, or every term starting with it.
public struct IndexTerm: Sendable, Hashable {
    public let text: String
    public let prefix: Bool

    public init(_ text: String, prefix: Bool) {
        self.text = text
        self.prefix = prefix
    }
}

/// What to look for: every group must match (AND); within a group any term (OR: a word, its synonyms).
public struct IndexQuery: Sendable, Hashable {
    public var groups: [[IndexTerm]]
    public var audiences: [SearchAudience]
    public var kinds: [String]
    public var theme: String?
    public var city: String?
    public var year: Int?
    public var limit: Int
    public var offset: Int

    public init(groups: [[IndexTerm]], audiences: [SearchAudience], kinds: [String] = [], theme: String? = nil,
                city: String? = nil, year: Int? = nil, limit: Int = 20, offset: Int = 0) {
        self.groups = groups
        self.audiences = audiences
        self.kinds = kinds
        self.theme = theme
        self.city = city
        self.year = year
        self.limit = limit
        self.offset = offset
    }
}

/// One document found, best first.
public struct IndexHit: Sendable, Hashable {
    public let key: String
    public let kind: String
    public let title: LocalizedText
    public let summary: LocalizedText
    public let path: String
    public let body: String
    public let year: Int?
}

/// A value of a facet and how many found documents have it.
public struct FacetCount: Sendable, Hashable {
    public let value: String
    public let count: Int
}

/// The answer: the page of hits, the total and the facet counts. Kind counts ignore the kind filter (so the other
/// kinds stay choosable); theme, city and year counts are within every filter.
public struct IndexResult: Sendable, Hashable {
    public let total: Int
    public let hits: [IndexHit]
    public let kinds: [FacetCount]
    public let themes: [FacetCount]
    public let cities: [FacetCount]
    public let years: [FacetCount]
}

import SearchText

extension IndexQuery {
    /// The index groups of an analysed query: per word its stem (or its prefixes) and its synonyms' stems.
    public static func groups(for query: SearchQueryTerms) -> [[IndexTerm]] {
        query.words.map { word in
            let own = word.isPrefix ? word.prefixes.map { IndexTerm($0, prefix: true) } : [IndexTerm(word.stem, prefix: false)]
            return own + word.synonymStems.filter { $0 != word.stem }.map { IndexTerm($0, prefix: false) }
        }
    }
}
