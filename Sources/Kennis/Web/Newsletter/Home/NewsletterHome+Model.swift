import Foundation
import KennisDomain
import Platform
import Vapor

/// `/nieuwsbrief`: the form to subscribe (an address only, double opt-in, one-click unsubscribe), the archive of
/// the issues sent, and the Atom feeds. After a POST the same page says "check your mail" — whether or not the
/// address was known, so the form does not reveal who subscribes.
struct NewsletterHomeModel {
    let issues: [StoredNewsletter]
    let language: SiteLanguage
    let isEditor: Bool
    var csrf = ""
    var email = ""
    var refused: KennisRefused?
    /// Set after a subscription was asked for.
    var asked = false

    static func load(_ req: Request) async throws -> NewsletterHomeModel {
        let issues = try await KnowledgeStore(database: req.db).newsletters(sentOnly: true)
        return NewsletterHomeModel(issues: issues, language: req.language, isEditor: KennisAccess.isEditor(req.pagePrincipal),
                                   csrf: CSRF.token(for: req).token)
    }

    static func show(_ req: Request) async throws -> Response {
        let csrf = CSRF.token(for: req)
        var model = try await load(req)
        model.csrf = csrf.token
        return model.page().response(for: req, csrfCookie: csrf.cookie)
    }

    struct Form: Content { var email: String? }

    static func subscribe(_ req: Request, context: WriteContext) async throws -> Response {
        let email = ((try? req.content.decode(Form.self))?.email ?? "")
        let service = KnowledgeService(database: req.db, files: req.application.fileStore, rules: try await KennisCatalog.rules(on: req.db))
        var model = try await load(req)
        do {
            try await service.subscribe(email: email, baseURL: req.siteBaseURL)
            model.asked = true
            return model.page().response(for: req)
        } catch let refused as KennisRefused {
            model.email = email
            model.refused = refused
            return model.page().response(for: req, status: .badRequest)
        }
    }
}
