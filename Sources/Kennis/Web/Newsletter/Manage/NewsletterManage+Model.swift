import AccessDomain
import Foundation
import KennisDomain
import Platform
import Vapor

/// `/nieuwsbrief/beheer`, for Kenniscentrum editors: the subscribers per status, the drafts and the sent issues, and
/// the form for a new issue (posting to `/nieuwsbrief/beheer/nieuw`; refused, it comes back here with the problems).
struct NewsletterManageModel {
    let counts: [SubscriberStatus: Int]
    let drafts: [StoredNewsletter]
    let sent: [StoredNewsletter]
    let choices: [(kind: KnowledgeKind, items: [KnowledgeSummary])]
    let language: SiteLanguage
    let csrf: String
    var form = NewsletterForm()
    var refused: KennisRefused?

    /// The editor of the request: 401 for visitors, 403 for other members.
    @discardableResult
    static func editor(_ req: Request) throws -> Principal {
        try WriteGuard.requirePage(.kenniscentrum(.editor), req)
    }

    static func load(_ req: Request) async throws -> NewsletterManageModel {
        try editor(req)
        // Addresses the mail worker gave up on stop receiving mail before the counts are read.
        let service = KnowledgeService(database: req.db, files: req.application.fileStore, rules: try await KennisCatalog.rules(on: req.db))
        try await service.markBouncesFromOutbox()
        let store = KnowledgeStore(database: req.db)
        let letters = try await store.newsletters()
        return NewsletterManageModel(
            counts: try await store.subscriberCounts(), drafts: letters.filter { !$0.sent }, sent: letters.filter(\.sent),
            choices: try await NewsletterForm.choices(on: req.db), language: req.language, csrf: CSRF.token(for: req).token)
    }

    /// Writes a new draft and opens it.
    static func create(_ req: Request, context: WriteContext) async throws -> Response {
        let principal = try editor(req)
        let form = NewsletterForm.read(req)
        let service = KnowledgeService(database: req.db, files: req.application.fileStore, rules: try await KennisCatalog.rules(on: req.db))
        do {
            let number = try await service.saveNewsletter(number: nil, subject: form.subject, intro: form.intro, slugs: form.chosen,
                                                          by: KennisActor(principal))
            return req.redirect(to: KennisPath.newsletterEdit(number).url([("gelukt", "aangemaakt")]), redirectType: .normal)
        } catch let refused as KennisRefused {
            var model = try await load(req)
            model.form = form
            model.refused = refused
            return model.page().response(for: req, status: .badRequest)
        }
    }
}
