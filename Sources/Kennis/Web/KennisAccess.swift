import AccessDomain
import KennisDomain
import Platform
import Vapor

/// Who may see and do what in the knowledge base.
enum KennisAccess {
    /// A Kenniscentrum editor (or more) or a platform admin.
    static func isEditor(_ principal: Principal?) -> Bool {
        guard let principal else { return false }
        return principal.isPlatformAdmin || (principal.organisationType == .kenniscentrum && principal.role >= .editor)
    }

    static func isAuthor(_ item: StoredKnowledge, _ principal: Principal?) -> Bool {
        guard let principal, let author = item.authorUserID else { return false }
        return author == principal.userID
    }

    /// Published items are for everyone; the others for editors and their author.
    static func maySee(_ item: StoredKnowledge, _ principal: Principal?) -> Bool {
        item.status == .gepubliceerd || isEditor(principal) || isAuthor(item, principal)
    }

    static func workflowActor(_ item: StoredKnowledge, _ principal: Principal?) -> WorkflowActor {
        WorkflowActor(isEditor: isEditor(principal), isAuthor: isAuthor(item, principal))
    }

    /// The item of the `:slug` parameter as this visitor may see it; 404 (not 403) for what they may not, so an
    /// unpublished title is not revealed.
    static func visibleItem(_ req: Request) async throws -> StoredKnowledge {
        let slug = try req.parameters.require("slug")
        guard let item = try await KnowledgeStore(database: req.db).item(slug: slug), maySee(item, req.pagePrincipal) else {
            throw Abort(.notFound, reason: req.language == .en ? "This item does not exist or is not published" : "Dit item bestaat niet of is niet gepubliceerd")
        }
        return item
    }
}
