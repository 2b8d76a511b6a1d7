import Foundation
import KennisDomain
import Platform
import Vapor

/// The review queue: for editors the items waiting for review and the concepts; for everyone signed in their own
/// proposals with their status and the editor's note.
struct ReviewQueueModel {
    let isEditor: Bool
    let inReview: [StoredKnowledge]
    let concepts: [StoredKnowledge]
    let own: [StoredKnowledge]
    let names: [String: String]
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> ReviewQueueModel {
        let principal = try KnowledgeItemFormModel.principal(request)
        let isEditor = KennisAccess.isEditor(principal)
        let store = KnowledgeStore(database: request.db)
        func full(_ summaries: [KnowledgeSummary]) async throws -> [StoredKnowledge] {
            var out: [StoredKnowledge] = []
            for summary in summaries {
                if let item = try await store.item(id: summary.id) { out.append(item) }
            }
            return out
        }
        let inReview = isEditor ? try await full(store.items(statuses: [.review])) : []
        let concepts = isEditor ? try await full(store.items(statuses: [.concept])) : []
        let own = try await full(store.items(statuses: KnowledgeStatus.allCases, authorUserID: principal.userID))
        return ReviewQueueModel(isEditor: isEditor, inReview: inReview, concepts: concepts, own: own,
                                names: try await ItemWidgets.organisationNames(on: request.db), language: request.language)
    }
}
