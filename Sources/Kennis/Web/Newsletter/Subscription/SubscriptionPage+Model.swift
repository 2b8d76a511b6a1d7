import Foundation
import KennisDomain
import Platform
import Vapor

/// The pages of the signed links in the newsletter mails: confirming a subscription and ending one. The GET shows a
/// button (mail scanners open links; a button needs a person); the POST does it. A link that does not check out gets
/// a 400 page with the reason, never a 500.
struct SubscriptionPageModel {
    enum Action {
        case confirm
        case unsubscribe
    }

    enum State {
        /// The link checks out: the button.
        case ask
        /// Done now (or it was so already).
        case done
        /// The link does not check out.
        case invalid(KennisRefused)
    }

    let action: Action
    let language: SiteLanguage
    var subscriber: StoredSubscriber?
    var state: State
    var csrf = ""
    var path = ""

    static let invalidLink = KennisRefused(nl: "Deze link klopt niet of is onvolledig. Kopieer de hele link uit de e-mail.",
                                           en: "This link is not valid or incomplete. Copy the whole link from the e-mail.")

    static func parameters(_ req: Request) -> (id: Int, signature: String)? {
        guard let id = req.parameters.get("subscriber").flatMap(Int.init), let signature = req.parameters.get("signature") else { return nil }
        return (id, signature)
    }

    static func signedPath(_ action: Action, id: Int, signature: String) -> String {
        switch action {
        case .confirm: KennisPath.confirmSubscription(id: id, signature: signature).path
        case .unsubscribe: KennisPath.unsubscribe(id: id, signature: signature).path
        }
    }

    static func show(_ action: Action, _ req: Request) async throws -> Response {
        guard let (id, signature) = parameters(req), let subscriber = try await KnowledgeStore(database: req.db).subscriber(id: id) else {
            return invalid(action, req, invalidLink)
        }
        let signer = try await LinkSigner.load(KnowledgeService.signerPurpose, on: req.db)
        let message = action == .confirm ? KnowledgeService.confirmMessage(subscriber.id, subscriber.email)
            : KnowledgeService.unsubscribeMessage(subscriber.id, subscriber.email)
        guard signer.verify(message, signature: signature) else { return invalid(action, req, invalidLink) }
        let already = action == .confirm ? subscriber.status == .confirmed : subscriber.status == .unsubscribed
        let csrf = CSRF.token(for: req)
        let model = SubscriptionPageModel(action: action, language: req.language, subscriber: subscriber, state: already ? .done : .ask,
                                          csrf: csrf.token, path: signedPath(action, id: id, signature: signature))
        return model.page().response(for: req, csrfCookie: action == .confirm ? csrf.cookie : nil)
    }

    static func perform(_ action: Action, _ req: Request) async throws -> Response {
        guard let (id, signature) = parameters(req) else { return invalid(action, req, invalidLink) }
        let service = KnowledgeService(database: req.db, files: req.application.fileStore, rules: try await KennisCatalog.rules(on: req.db))
        do {
            let subscriber = switch action {
            case .confirm: try await service.confirm(subscriberID: id, signature: signature)
            case .unsubscribe: try await service.unsubscribe(subscriberID: id, signature: signature)
            }
            return SubscriptionPageModel(action: action, language: req.language, subscriber: subscriber, state: .done).page().response(for: req)
        } catch let refused as KennisRefused {
            return invalid(action, req, refused)
        }
    }

    static func invalid(_ action: Action, _ req: Request, _ refused: KennisRefused) -> Response {
        SubscriptionPageModel(action: action, language: req.language, state: .invalid(refused)).page().response(for: req, status: .badRequest)
    }
}
