import Foundation
import KennisDomain
import Platform
import Vapor

/// The read-only JSON API of the knowledge base: the published items (filtered by kind, topic and city) and one
/// published item whole. What is not published answers 404, as something that does not exist.
struct KennisAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(KennisAPIPath.Route.items.pattern, use: items)
        routes.get(KennisAPIPath.Route.item.pattern, use: item)
    }

    @Sendable func items(req: Request) async throws -> KennisAPI.ItemListDTO {
        func value(_ key: String) -> String? {
            req.query[String.self, at: key].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var kind: KnowledgeKind?
        if let text = value("soort") {
            guard let known = KnowledgeKind(rawValue: text) else {
                throw Abort(.badRequest, reason: "soort '\(text.prefix(60))' bestaat niet; kies uit "
                    + KnowledgeKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            kind = known
        }
        let theme = value("thema")
        if let theme, KennisCatalog.topic(theme) == nil {
            throw Abort(.badRequest, reason: "thema '\(theme.prefix(60))' bestaat niet; kies uit "
                + KennisCatalog.topics.map(\.code).joined(separator: ", "))
        }
        let city = value("stad")
        if let city, !(try await KennisCatalog.organisations(on: req.db).contains { $0.code == city }) {
            throw Abort(.badRequest, reason: "stad '\(city.prefix(60))' is geen organisatie van Stadsbeeld")
        }
        let found = try await KnowledgeStore(database: req.db).allItems().filter { item in
            item.status == .gepubliceerd && (kind == nil || item.kind == kind)
                && (theme == nil || item.content.themes.contains(theme!))
                && (city == nil || Self.cities(item).contains(city!))
        }.sorted { ($0.shownDate, $0.id) > ($1.shownDate, $1.id) }
        let base = req.siteBaseURL
        return KennisAPI.ItemListDTO(count: found.count, items: found.map { item in
            let c = item.content
            return KennisAPI.ItemSummaryDTO(
                slug: c.slug, kind: c.kind.rawValue, title: .init(c.title), summary: .init(c.summary), date: item.shownDate,
                themes: c.themes, cities: Self.cities(item), url: base + KennisPath.item(c.slug).path,
                api: base + KennisAPIPath.item(c.slug).path, files: Self.files(item, base: base))
        })
    }

    @Sendable func item(req: Request) async throws -> KennisAPI.ItemDTO {
        let slug = try req.parameters.require("slug")
        guard let item = try await KnowledgeStore(database: req.db).item(slug: slug), item.status == .gepubliceerd else {
            throw Abort(.notFound, reason: "item '\(slug.prefix(80))' bestaat niet of is niet gepubliceerd")
        }
        let c = item.content
        let base = req.siteBaseURL
        return KennisAPI.ItemDTO(
            slug: c.slug, kind: c.kind.rawValue, title: .init(c.title), summary: .init(c.summary), body: .init(c.body),
            date: item.shownDate, themes: c.themes, cities: Self.cities(item), maturityThemes: c.maturityThemes,
            workPackages: c.workPackages, recommendations: c.recommendations, url: base + KennisPath.item(c.slug).path,
            files: Self.files(item, base: base), details: c.details)
    }

    /// The cities an item concerns: its list and a practice's own city.
    static func cities(_ item: StoredKnowledge) -> [String] {
        var cities = item.content.cities
        if let city = item.content.details.city, !cities.contains(city) { cities.append(city) }
        return cities
    }

    static func files(_ item: StoredKnowledge, base: String) -> [KennisAPI.FileDTO] {
        item.files.map { file in
            KennisAPI.FileDTO(name: file.name, title: file.title, mediaType: file.mediaType, size: file.size,
                              url: base + KennisPath.file(item.slug, file: file.id, name: file.name).path)
        }
    }
}
