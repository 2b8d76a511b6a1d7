import Cijfers
import Foundation
import KennisDomain
import Platform
import SearchText
import Vapor

/// The site-wide search: one box over every pillar's documents (`SearchIndex`), with facets to narrow by kind,
/// theme, city and year. What a visitor may not see is not found (`SearchAudience`).
struct SiteSearchPageModel {
    struct Hit {
        let kind: String
        let kindName: String
        let title: String
        let path: String
        let snippet: [SnippetPart]
        let year: Int?
    }

    /// One value of a facet as a link that adds it to the search (or removes it when chosen).
    struct FacetValue {
        let label: String
        let count: Int
        let chosen: Bool
        let url: String
    }

    /// A chosen filter with the link that removes it.
    struct ChosenFilter {
        let facet: String
        let label: String
        let removeURL: String
    }

    let request: SiteSearchRequest
    let total: Int
    let hits: [Hit]
    let kinds: [FacetValue]
    let themes: [FacetValue]
    let cities: [FacetValue]
    let years: [FacetValue]
    let chosen: [ChosenFilter]
    let language: SiteLanguage
    /// Figures for an indicator in an area named in the query ("elektriciteit gent"): no single document holds both.
    var combinations: [Combination] = []

    struct Combination: Sendable, Hashable {
        let indicator: String
        let area: String
        let areaLevel: String
        let path: String
    }

    /// Most combinations shown.
    static let combinationLength = 8

    static let facetLength = 12

    var pageCount: Int { max(1, (total + SiteSearchRequest.pageSize - 1) / SiteSearchRequest.pageSize) }

    static func load(_ req: Request) async throws -> SiteSearchPageModel {
        let language = req.language
        let names = try await Names.load(req)
        let search = SiteSearchRequest.read(
            SiteSearchRequest.items(req.url.query), otherKinds: names.otherKinds.map(\.code), knownTheme: { names.themes[$0] != nil }, knownCity: { names.cities[$0] != nil })
        guard search.isSearch else {
            return SiteSearchPageModel(request: search, total: 0, hits: [], kinds: [], themes: [], cities: [], years: [], chosen: [],
                                       language: language)
        }
        let result = try await SearchIndex.search(IndexQuery(
            groups: IndexQuery.groups(for: search.terms), audiences: SearchAudience.of(req.pagePrincipal),
            kinds: search.kinds, theme: search.theme, city: search.city, year: search.year,
            limit: SiteSearchRequest.pageSize, offset: search.offset), on: req.db)
        var model = make(search, result: result, names: names, language: language)
        if search.page == 1 { model.combinations = try await combinations(search, req) }
        return model
    }

    /// When the query names an area and other words, the indicators those other words find, each for that area:
    /// "elektriciteit gent" gives the electricity indicators for Gent (and its wijken). Synonyms count as for any
    /// search ("stroom gent" too).
    static func combinations(_ search: SiteSearchRequest, _ req: Request) async throws -> [Combination] {
        let words = search.terms.words
        guard words.count >= 2, search.kinds.isEmpty || search.kinds.contains("indicator") else { return [] }
        for area in await CijfersFigures.areasNamed(in: words.map(\.folded), request: req) {
            let rest = words.filter { !area.words.contains($0.folded) }
            guard !rest.isEmpty else { continue }
            let terms = SearchQueryTerms(words: rest, droppedStopWords: [], droppedExtraWords: [], consistsOfStopWords: false)
            let found = try await SearchIndex.search(IndexQuery(
                groups: IndexQuery.groups(for: terms), audiences: SearchAudience.of(req.pagePrincipal),
                kinds: ["indicator"], theme: nil, city: nil, year: nil, limit: combinationLength, offset: 0), on: req.db)
            var combinations: [Combination] = []
            for hit in found.hits {
                let code = hit.key.replacingOccurrences(of: "cijfers:indicator:", with: "")
                guard let path = await CijfersFigures.indicatorPath(indicator: code, area: area, request: req) else { continue }
                combinations.append(Combination(indicator: hit.title.nl, area: area.name, areaLevel: area.levelName, path: path))
            }
            if !combinations.isEmpty { return combinations }
        }
        return []
    }

    /// The page from an index result: pure, so it can be built from a hand-made result.
    static func make(_ search: SiteSearchRequest, result: IndexResult, names: Names, language: SiteLanguage) -> SiteSearchPageModel {
        let code = KennisText.code(language)
        let hits = result.hits.map { hit in
            let summary = code == "en" ? hit.summary.en : hit.summary.nl
            let text = hit.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? summary : hit.body
            return Hit(kind: hit.kind, kindName: names.kind(hit.kind, language), title: code == "en" ? hit.title.en : hit.title.nl,
                       path: hit.path, snippet: Snippet.make(text: text, query: search.terms, length: 220), year: hit.year)
        }
        func url(_ next: SiteSearchRequest) -> String { SitePath.search.url(next.parameters) }
        func values(_ counts: [FacetCount], chosen: [String], label: (String) -> String, toggle: (String) -> SiteSearchRequest) -> [FacetValue] {
            var shown = counts.prefix(facetLength).map { ($0.value, $0.count) }
            for value in chosen where !shown.contains(where: { $0.0 == value }) {
                shown.append((value, counts.first { $0.value == value }?.count ?? 0))
            }
            return shown.map { FacetValue(label: label($0.0), count: $0.1, chosen: chosen.contains($0.0), url: url(toggle($0.0))) }
        }
        let t = KennisText.strings(language)
        var chosen: [ChosenFilter] = search.kinds.map {
            ChosenFilter(facet: t["search.facet.kind"], label: names.kind($0, language), removeURL: url(search.togglingKind($0)))
        }
        if let theme = search.theme {
            chosen.append(ChosenFilter(facet: t["search.facet.theme"], label: names.theme(theme, language), removeURL: url(search.togglingTheme(theme))))
        }
        if let city = search.city {
            chosen.append(ChosenFilter(facet: t["search.facet.city"], label: names.city(city), removeURL: url(search.togglingCity(city))))
        }
        if let year = search.year {
            chosen.append(ChosenFilter(facet: t["search.facet.year"], label: String(year), removeURL: url(search.togglingYear(year))))
        }
        return SiteSearchPageModel(
            request: search, total: result.total, hits: hits,
            kinds: values(result.kinds, chosen: search.kinds, label: { names.kind($0, language) }, toggle: search.togglingKind),
            themes: values(result.themes, chosen: search.theme.map { [$0] } ?? [], label: { names.theme($0, language) }, toggle: search.togglingTheme),
            cities: values(result.cities, chosen: search.city.map { [$0] } ?? [], label: names.city, toggle: search.togglingCity),
            years: values(result.years, chosen: search.year.map { [String($0)] } ?? [], label: { $0 },
                          toggle: { search.togglingYear(Int($0) ?? 0) }),
            chosen: chosen, language: language)
    }

    /// The names the facets show: kinds, themes (the knowledge base's topics, else Cijfers' themes, else the code)
    /// and organisations.
    struct Names: Sendable {
        var themes: [String: (nl: String, en: String)]
        var cities: [String: String]
        /// The kinds of documents the other pillars write, with their names.
        var otherKinds: [SearchKind] = []

        func kind(_ code: String, _ language: SiteLanguage) -> String {
            if let kind = KnowledgeKind(rawValue: code) { return KennisText.pair(kind.name, language) }
            if let other = otherKinds.first(where: { $0.code == code }) { return language == .en ? other.label.en : other.label.nl }
            return code
        }

        func theme(_ code: String, _ language: SiteLanguage) -> String {
            themes[code].map { KennisText.pair($0, language) } ?? code
        }

        func city(_ code: String) -> String { cities[code] ?? code }

        static func load(_ req: Request) async throws -> Names {
            var themes: [String: (nl: String, en: String)] = [:]
            for theme in await CijfersFigures.themes(request: req) { themes[theme.code] = (theme.name, theme.name) }
            for topic in KennisCatalog.topics { themes[topic.code] = (topic.name.nl, topic.name.text("en")) }
            var cities: [String: String] = [:]
            for organisation in try await KennisCatalog.organisations(on: req.db) { cities[organisation.code] = organisation.name }
            return Names(themes: themes, cities: cities, otherKinds: req.application.pillars.searchKinds)
        }
    }
}
