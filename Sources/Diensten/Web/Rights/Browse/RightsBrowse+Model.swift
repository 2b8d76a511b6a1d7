import Cijfers
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The rights of one municipality (its local rights first, then the Flemish, provincial and federal ones) or of the
/// whole catalogue, with the facets (`thema`, `doelgroep`, `gebeurtenis`, `bestuur`) and the search (`q`) as GET
/// parameters. A value that does not exist is said on the page and that filter left out.
struct RightsBrowseModel {
    let municipality: Municipality?
    let result: BrowseResult
    let total: Int
    /// The explorer page of the municipality in Cijfers, when it holds the area.
    let figures: (name: String, path: String)?
    let language: SiteLanguage

    /// nil when `municipality` is given and is not a municipality of Flanders or Brussels.
    static func load(_ request: Request, municipality nis: String?) async throws -> RightsBrowseModel? {
        var municipality: Municipality?
        if let nis {
            guard let found = Municipalities.named(nis) else { return nil }
            municipality = found
        }
        let stored = try await RightsStore(database: request.db).rights(municipality: municipality?.nis)
        let entries = stored.map { BrowseEntry(key: $0.key, service: $0.service, scope: $0.scope) }
        let asked = BrowseRequest(
            theme: request.query[String.self, at: BrowseFacet.theme.rawValue],
            targetGroup: request.query[String.self, at: BrowseFacet.targetGroup.rawValue],
            lifeEvent: request.query[String.self, at: BrowseFacet.lifeEvent.rawValue],
            scope: request.query[String.self, at: BrowseFacet.scope.rawValue],
            text: request.query[String.self, at: "q"])
        let result = RightsBrowser.browse(entries, asked, language: DienstenText.code(request.language))
        var figures: (name: String, path: String)?
        if let municipality {
            figures = await CijfersFigures.areaPage(level: "gemeente2024", code: municipality.nis, request: request)
        }
        return RightsBrowseModel(municipality: municipality, result: result, total: entries.count, figures: figures,
                                 language: request.language)
    }

    /// The rights shown, by scope: local first.
    var groups: [(scope: RightScope, entries: [BrowseEntry])] {
        [RightScope.lokaal, .vlaams, .provinciaal, .federaal].compactMap { scope in
            let entries = result.entries.filter { $0.scope == scope }
            return entries.isEmpty ? nil : (scope, entries)
        }
    }

    /// This page's address.
    var path: String { municipality.map { RightsPath.municipality($0.nis).path } ?? RightsPath.all.path }

    /// The address of a right's page, keeping the municipality.
    func rightURL(_ key: String) -> String {
        RightsPath.right(key).url([("gemeente", municipality?.nis)])
    }

    /// This page with one facet set to `value` (nil: that facet cleared), the other filters kept.
    func url(setting facet: BrowseFacet, to value: String?) -> String {
        let applied = result.applied
        var values: [BrowseFacet: String?] = [.theme: applied.theme, .targetGroup: applied.targetGroup, .lifeEvent: applied.lifeEvent,
                                              .scope: applied.scope]
        values[facet] = value
        let query: [(String, String?)] = BrowseFacet.allCases.map { ($0.rawValue, values[$0] ?? nil) } + [("q", applied.text)]
        let base = municipality.map { RightsPath.municipality($0.nis) } ?? RightsPath.all
        return base.url(query)
    }
}
