import Foundation
import KennisDomain
import Platform
import Vapor

/// `/nieuwsbrief/nummer/:number`: a sent issue as a page (its introduction and its items). A draft is shown only to
/// editors, as a preview; for everyone else it does not exist (404).
struct NewsletterIssueModel {
    let letter: StoredNewsletter
    let items: [StoredKnowledge]
    let language: SiteLanguage
    let isEditor: Bool

    static func load(_ req: Request) async throws -> NewsletterIssueModel {
        let isEditor = KennisAccess.isEditor(req.pagePrincipal)
        let store = KnowledgeStore(database: req.db)
        guard let number = req.parameters.get("number").flatMap(Int.init), let letter = try await store.newsletter(number: number),
              letter.sent || isEditor else {
            throw Abort(.notFound, reason: KennisText.strings(req.language)["newsletter.issue.notFound"])
        }
        return NewsletterIssueModel(letter: letter, items: try await store.published(slugs: letter.itemSlugs), language: req.language,
                                    isEditor: isEditor)
    }
}
