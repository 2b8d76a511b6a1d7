import Foundation
import KennisDomain
import Platform
import Vapor

/// The start of the knowledge base: the newest news and practices, the coming events, the framework contracts and
/// networks, links to every list; a proposal button for members and the review queue for editors.
struct KennisHomeModel {
    let news: [StoredKnowledge]
    let practices: [StoredKnowledge]
    let events: [StoredKnowledge]
    let contracts: [StoredKnowledge]
    let networks: [StoredKnowledge]
    /// Published items per kind, for the links to the lists.
    let counts: [KnowledgeKind: Int]
    let names: [String: String]
    let isSignedIn: Bool
    let isEditor: Bool
    /// Items waiting for review (editors only).
    let reviewCount: Int
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> KennisHomeModel {
        let principal = request.pagePrincipal
        let store = KnowledgeStore(database: request.db)
        let published = try await store.latestPublished(kinds: KnowledgeKind.allCases, limit: 5000)
        let byKind = Dictionary(grouping: published, by: \.kind)
        func newest(_ kind: KnowledgeKind, _ count: Int) -> [StoredKnowledge] {
            Array((byKind[kind] ?? []).sorted(by: Self.newestFirst).prefix(count))
        }
        let today = KnowledgeDates.today().description
        let upcoming = (byKind[.evenement] ?? [])
            .filter { ($0.content.details.starts.map { String($0.prefix(10)) } ?? "") >= today }
            .sorted { ($0.content.details.starts ?? "") < ($1.content.details.starts ?? "") }
        let isEditor = KennisAccess.isEditor(principal)
        return KennisHomeModel(
            news: newest(.nieuws, 3), practices: newest(.praktijk, 6), events: Array(upcoming.prefix(3)),
            contracts: newest(.raamcontract, 6), networks: newest(.netwerk, 8),
            counts: byKind.mapValues(\.count),
            names: try await ItemWidgets.organisationNames(on: request.db),
            isSignedIn: principal != nil, isEditor: isEditor,
            reviewCount: isEditor ? try await store.count(statuses: [.review]) : 0,
            language: request.language)
    }

    /// Newest first by the date shown, then by id.
    static func newestFirst(_ a: StoredKnowledge, _ b: StoredKnowledge) -> Bool {
        let (da, db) = (ItemWidgets.listDate(a), ItemWidgets.listDate(b))
        return da != db ? da > db : a.id > b.id
    }
}
