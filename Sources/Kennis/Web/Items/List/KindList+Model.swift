import Foundation
import KennisDomain
import Platform
import Vapor

/// The published items of one kind, newest first, filtered by topic (`thema`), city (`stad`) and year (`jaar`),
/// in pages (`pagina`). A value that does not exist is said on the page and that filter is left out.
struct KindListModel {
    static let pageSize = 20

    let kind: KnowledgeKind
    /// The items of this page.
    let items: [StoredKnowledge]
    let total: Int
    let pageNumber: Int
    let pages: Int
    let topic: String?
    let city: String?
    let year: Int?
    let topics: [(code: String, name: String)]
    let cities: [(code: String, name: String)]
    let years: [Int]
    let names: [String: String]
    /// What was asked but could not be used, in the visitor's language.
    let notes: [String]
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> KindListModel {
        let language = request.language
        let t = KennisText.strings(language)
        let code = try request.parameters.require("kind")
        guard let kind = KnowledgeKind(rawValue: code) else {
            throw Abort(.notFound, reason: language == .en ? "there is no list of ‘\(code)’" : "er is geen lijst van ‘\(code)’")
        }
        let all = try await KnowledgeStore(database: request.db).latestPublished(kinds: [kind], limit: 100_000)
            .sorted(by: KennisHomeModel.newestFirst)
        let names = try await ItemWidgets.organisationNames(on: request.db)
        var notes: [String] = []

        let topics = KennisCatalog.topics.map { ($0.code, KennisText.text($0.name, language)) }
        var topic = Self.parameter(request, "thema")
        if let asked = topic, !topics.contains(where: { $0.0 == asked }) {
            notes.append(t("items.list.unknownTopic", asked))
            topic = nil
        }
        let cityCodes = Set(all.flatMap(Self.cities))
        let cities = cityCodes.map { ($0, names[$0] ?? $0) }.sorted { $0.1.localizedCompare($1.1) == .orderedAscending }
        var city = Self.parameter(request, "stad")
        if let asked = city, names[asked] == nil {
            notes.append(t("items.list.unknownCity", asked))
            city = nil
        }
        let years = Set(all.compactMap { Int(ItemWidgets.listDate($0).prefix(4)) }).sorted(by: >)
        var year: Int?
        if let asked = Self.parameter(request, "jaar") {
            if let number = Int(asked), (1900...2200).contains(number) {
                year = number
            } else {
                notes.append(t("items.list.unknownYear", asked))
            }
        }

        let filtered = all.filter { item in
            (topic.map { item.content.themes.contains($0) } ?? true)
                && (city.map { Self.cities(item).contains($0) } ?? true)
                && (year.map { Int(ItemWidgets.listDate(item).prefix(4)) == $0 } ?? true)
        }
        let pages = max(1, (filtered.count + pageSize - 1) / pageSize)
        var page = 1
        if let asked = Self.parameter(request, "pagina") {
            if let number = Int(asked), number >= 1 {
                page = min(number, pages)
                if number > pages { notes.append(t("items.list.pageTooHigh", asked, String(pages))) }
            } else {
                notes.append(t("items.list.unknownPage", asked))
            }
        }
        let shown = Array(filtered.dropFirst((page - 1) * pageSize).prefix(pageSize))
        return KindListModel(kind: kind, items: shown, total: filtered.count, pageNumber: page, pages: pages, topic: topic, city: city,
                             year: year, topics: topics, cities: cities, years: years, names: names, notes: notes, language: language)
    }

    /// The cities an item is about: its tags and a practice's own city.
    static func cities(_ item: StoredKnowledge) -> [String] {
        item.content.cities + (item.content.details.city.map { [$0] } ?? [])
    }

    /// A query value, trimmed; nil when absent or empty.
    private static func parameter(_ request: Request, _ name: String) -> String? {
        guard let value = request.query[String.self, at: name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return String(value.prefix(100))
    }

    /// This list's address with the filters and a page.
    func url(page: Int) -> String {
        KennisPath.list(kind).url([("thema", topic), ("stad", city), ("jaar", year.map(String.init)), ("pagina", page > 1 ? String(page) : nil)])
    }
}
