import Foundation
import KennisDomain
import Platform
import Vapor

/// The page of a registration's signed cancel link (from the confirmation mail): the event, the registration's
/// status and a button to cancel (a button, not the link itself: mail scanners open links). After the POST, the
/// same page says it is cancelled. A link that does not check out gets a 400 page with the reason, never a 500.
struct CancelPageModel {
    enum State {
        /// The link checks out and the registration still holds: the button.
        case open
        /// Cancelled just now.
        case cancelled
        /// It was cancelled before.
        case wasCancelled
        /// The link does not check out.
        case invalid(KennisRefused)
    }

    let language: SiteLanguage
    var event: StoredKnowledge?
    var registration: StoredRegistration?
    var state: State
    var csrf = ""
    var path = ""

    static let invalidLink = KennisRefused(nl: "Deze link om te annuleren klopt niet.", en: "This cancellation link is not valid.")

    /// The registration and its event when the path's signature is right.
    static func checked(_ req: Request) async throws -> (StoredRegistration, StoredKnowledge)? {
        guard let id = req.parameters.get("registration").flatMap(Int.init), let signature = req.parameters.get("signature") else { return nil }
        let store = KnowledgeStore(database: req.db)
        guard let registration = try await store.registration(id: id) else { return nil }
        let signer = try await LinkSigner.load("kennis", on: req.db)
        guard signer.verify(KnowledgeService.cancelMessage(registration), signature: signature),
              let event = try await store.item(id: registration.itemID) else { return nil }
        return (registration, event)
    }

    static func show(_ req: Request) async throws -> Response {
        guard let (registration, event) = try await checked(req), let signature = req.parameters.get("signature") else {
            return CancelPageModel(language: req.language, state: .invalid(invalidLink)).page().response(for: req, status: .badRequest)
        }
        let csrf = CSRF.token(for: req)
        let model = CancelPageModel(language: req.language, event: event, registration: registration,
                                    state: registration.status == .geannuleerd ? .wasCancelled : .open,
                                    csrf: csrf.token, path: KennisPath.cancelRegistration(id: registration.id, signature: signature).path)
        return model.page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func cancel(_ req: Request, context: WriteContext) async throws -> Response {
        guard let id = req.parameters.get("registration").flatMap(Int.init), let signature = req.parameters.get("signature") else {
            return CancelPageModel(language: req.language, state: .invalid(invalidLink)).page().response(for: req, status: .badRequest)
        }
        let service = KnowledgeService(database: req.db, files: req.application.fileStore, rules: try await KennisCatalog.rules(on: req.db))
        do {
            let (before, event) = try await service.cancel(registrationID: id, signature: signature, baseURL: req.siteBaseURL)
            let model = CancelPageModel(language: req.language, event: event, registration: before,
                                        state: before.status == .geannuleerd ? .wasCancelled : .cancelled)
            return model.page().response(for: req)
        } catch let refused as KennisRefused {
            return CancelPageModel(language: req.language, state: .invalid(refused)).page().response(for: req, status: .badRequest)
        }
    }
}
