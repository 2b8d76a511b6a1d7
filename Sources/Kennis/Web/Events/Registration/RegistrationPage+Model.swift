import Foundation
import KennisDomain
import Platform
import Vapor

/// The answer to a registration for an event: a seat or the waiting list (with the mail that was sent), or — when
/// the service refused it — the form again with the problems at their fields.
struct RegistrationPageModel {
    /// What the visitor typed.
    struct Form: Content {
        var name: String?
        var email: String?
        var organisation: String?
    }

    let event: StoredKnowledge
    let language: SiteLanguage
    var form = Form()
    /// The registration made, on success.
    var registration: StoredRegistration?
    /// The refusal, when there was one.
    var refused: KennisRefused?
    var csrf = ""

    /// The visitor's form read leniently: a field that is missing or not text counts as empty.
    static func form(_ req: Request) -> Form {
        (try? req.content.decode(Form.self)) ?? Form()
    }

    /// Registers the visitor for the event of the path.
    static func register(_ req: Request, context: WriteContext) async throws -> Response {
        let event = try await KennisAccess.visibleItem(req)
        guard event.kind == .evenement else { throw Abort(.notFound, reason: KennisText.strings(req.language)["events.notAnEvent"]) }
        let form = Self.form(req)
        var model = RegistrationPageModel(event: event, language: req.language, form: form)
        let service = KnowledgeService(database: req.db, files: req.application.fileStore, rules: try await KennisCatalog.rules(on: req.db))
        let actor = context.principal.map(AuditActor.init) ?? .anonymous(address: req.clientAddress)
        do {
            model.registration = try await service.register(
                for: event, name: form.name ?? "", email: form.email ?? "", organisation: form.organisation ?? "",
                baseURL: req.siteBaseURL, actor: actor)
            return model.page().response(for: req)
        } catch let refused as KennisRefused {
            model.refused = refused
            let csrf = CSRF.token(for: req)
            model.csrf = csrf.token
            return model.page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
    }
}
