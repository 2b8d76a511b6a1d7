import Foundation

/// One right as the browser sees it: its page key, the snapshot and the government it comes from.
public struct BrowseEntry: Sendable, Hashable {
    public let key: String
    public let service: PublicService
    public let scope: RightScope

    public init(key: String, service: PublicService, scope: RightScope) {
        self.key = key
        self.service = service
        self.scope = scope
    }
}

/// What a visitor asked for, as written in the address (`thema`, `doelgroep`, `gebeurtenis`, `bestuur`, `q`).
public struct BrowseRequest: Sendable, Hashable {
    public var theme: String?
    public var targetGroup: String?
    public var lifeEvent: String?
    public var scope: String?
    public var text: String?

    public init(theme: String? = nil, targetGroup: String? = nil, lifeEvent: String? = nil, scope: String? = nil, text: String? = nil) {
        func cleaned(_ value: String?) -> String? {
            guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return String(value.prefix(200))
        }
        self.theme = cleaned(theme)
        self.targetGroup = cleaned(targetGroup)
        self.lifeEvent = cleaned(lifeEvent)
        self.scope = cleaned(scope)
        self.text = cleaned(text)
    }
}

/// A filter of the browser.
public enum BrowseFacet: String, Sendable, Hashable, CaseIterable {
    case theme = "thema"
    case targetGroup = "doelgroep"
    case lifeEvent = "gebeurtenis"
    case scope = "bestuur"
}

/// A value asked for that does not exist: said on the page, and that filter left out.
public struct BrowseProblem: Sendable, Hashable {
    public let facet: BrowseFacet
    public let value: String

    public init(facet: BrowseFacet, value: String) {
        self.facet = facet
        self.value = value
    }
}

/// One value of a facet with the number of rights it would show (given the other filters and the search).
public struct BrowseFacetCount: Sendable, Hashable {
    public let code: String
    public let label: String
    public let count: Int
    public let selected: Bool
}

/// The result of browsing: the rights that match, the facets with their counts and what could not be used.
public struct BrowseResult: Sendable {
    public let entries: [BrowseEntry]
    public let facets: [BrowseFacet: [BrowseFacetCount]]
    public let problems: [BrowseProblem]
    /// The filters in force (unknown values left out).
    public let applied: BrowseRequest
    public let words: [String]
}

/// Facets and free-text search over a list of rights (pure: the pillar loads the list, this decides).
public enum RightsBrowser {
    public static func browse(_ entries: [BrowseEntry], _ request: BrowseRequest, language: String,
                              vocabulary: RightsVocabulary = .shared, events: [LifeEvent] = LifeEvents.all) -> BrowseResult {
        var problems: [BrowseProblem] = []
        var applied = request

        let knownThemes = Set(vocabulary.themes.map(\.code)).union(entries.flatMap(\.service.themes))
        if let theme = request.theme, !knownThemes.contains(theme) {
            problems.append(BrowseProblem(facet: .theme, value: theme))
            applied.theme = nil
        }
        let knownGroups = Set(vocabulary.targetGroups.map(\.code)).union(entries.flatMap(\.service.targetAudiences))
        if let group = request.targetGroup, !knownGroups.contains(group) {
            problems.append(BrowseProblem(facet: .targetGroup, value: group))
            applied.targetGroup = nil
        }
        if let event = request.lifeEvent, !events.contains(where: { $0.code == event }) {
            problems.append(BrowseProblem(facet: .lifeEvent, value: event))
            applied.lifeEvent = nil
        }
        if let scope = request.scope, RightScope(rawValue: scope) == nil {
            problems.append(BrowseProblem(facet: .scope, value: scope))
            applied.scope = nil
        }

        let words = applied.text.map(TextFolding.words) ?? []
        let searched = words.isEmpty ? entries : entries.filter { TextFolding.matches(words, in: searchText($0.service)) }
        let event = applied.lifeEvent.flatMap { code in events.first { $0.code == code } }

        func passes(_ entry: BrowseEntry, except skipped: BrowseFacet?) -> Bool {
            if skipped != .theme, let theme = applied.theme, !entry.service.themes.contains(theme) { return false }
            if skipped != .targetGroup, let group = applied.targetGroup, !entry.service.targetAudiences.contains(group) { return false }
            if skipped != .lifeEvent, let event, !event.contains(entry.service) { return false }
            if skipped != .scope, let scope = applied.scope, entry.scope.rawValue != scope { return false }
            return true
        }

        let shown = searched.filter { passes($0, except: nil) }.sorted { name($0, language) < name($1, language) }

        var facets: [BrowseFacet: [BrowseFacetCount]] = [:]
        let forTheme = searched.filter { passes($0, except: .theme) }
        let themeCodes = vocabulary.themes.map(\.code) + Set(entries.flatMap(\.service.themes)).subtracting(vocabulary.themes.map(\.code)).sorted()
        facets[.theme] = themeCodes.map { code in
            BrowseFacetCount(code: code, label: vocabulary.theme(code, language), count: forTheme.filter { $0.service.themes.contains(code) }.count,
                       selected: applied.theme == code)
        }
        let forGroup = searched.filter { passes($0, except: .targetGroup) }
        let groupCodes = vocabulary.targetGroups.map(\.code)
            + Set(entries.flatMap(\.service.targetAudiences)).subtracting(vocabulary.targetGroups.map(\.code)).sorted()
        facets[.targetGroup] = groupCodes.map { code in
            BrowseFacetCount(code: code, label: vocabulary.targetGroup(code, language),
                       count: forGroup.filter { $0.service.targetAudiences.contains(code) }.count, selected: applied.targetGroup == code)
        }
        let forEvent = searched.filter { passes($0, except: .lifeEvent) }
        facets[.lifeEvent] = events.map { event in
            BrowseFacetCount(code: event.code, label: event.name.text(language), count: forEvent.filter { event.contains($0.service) }.count,
                       selected: applied.lifeEvent == event.code)
        }
        let forScope = searched.filter { passes($0, except: .scope) }
        facets[.scope] = [RightScope.lokaal, .vlaams, .provinciaal, .federaal].map { scope in
            BrowseFacetCount(code: scope.rawValue, label: scope.name(language), count: forScope.filter { $0.scope == scope }.count,
                       selected: applied.scope == scope.rawValue)
        }
        return BrowseResult(entries: shown, facets: facets, problems: problems, applied: applied, words: words)
    }

    /// The name a reader of `language` sees, folded for sorting.
    static func name(_ entry: BrowseEntry, _ language: String) -> String {
        TextFolding.fold(entry.service.name.text(language) ?? entry.key)
    }

    /// Everything the free-text search looks in: names, descriptions (tags left out), search terms, product number.
    public static func searchText(_ service: PublicService) -> String {
        var parts: [String] = []
        parts += service.name.variants.values
        parts += service.description.variants.values.map(stripTags)
        parts += service.additionalDescription.variants.values.map(stripTags)
        parts += service.keywords.values.flatMap { $0 }
        parts += service.requirements.flatMap { Array($0.name.variants.values) }
        if let number = service.productNumber { parts.append(number) }
        return parts.joined(separator: " ")
    }

    /// Text with HTML tags replaced by spaces (for searching only; pages clean HTML with `SafeHTML`).
    public static func stripTags(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
    }
}
