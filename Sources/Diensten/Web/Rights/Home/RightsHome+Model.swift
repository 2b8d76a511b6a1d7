import DienstenDomain
import Foundation
import Platform
import Vapor

/// The start of the Rechtenverkenner: find a municipality by postcode or name (`?plaats=`), or pick it from the
/// list by province; how many rights the catalogue holds and when it was last imported.
struct RightsHomeModel {
    let typed: String
    let match: PlaceMatch
    let count: Int
    let lastImport: Date?
    let provinces: [(name: String, municipalities: [Municipality])]
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> RightsHomeModel {
        let typed = String((request.query[String.self, at: "plaats"] ?? "").prefix(100))
        let store = RightsStore(database: request.db)
        let count = try await store.count()
        let lastImport = try await store.importStates().map(\.lastRunAt).max()
        return RightsHomeModel(typed: typed, match: PlaceFinder().find(typed), count: count, lastImport: lastImport,
                               provinces: provinces(request.language), language: request.language)
    }

    /// The municipalities by province (Brussels last), each list by name.
    static func provinces(_ language: SiteLanguage) -> [(name: String, municipalities: [Municipality])] {
        let t = DienstenText.strings(language)
        let order = ["10000", "20001", "30000", "40000", "70000", "4000"]
        let grouped = Dictionary(grouping: Municipalities.all, by: \.province)
        let codes = order.filter { grouped[$0] != nil } + grouped.keys.filter { !order.contains($0) }.sorted()
        return codes.map { code in
            (name: t["rights.province.\(code)"], municipalities: (grouped[code] ?? []).sorted { $0.name < $1.name })
        }
    }
}
