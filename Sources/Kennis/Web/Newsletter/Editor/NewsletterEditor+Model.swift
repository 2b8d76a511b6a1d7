import AccessDomain
import Foundation
import KennisDomain
import Platform
import Vapor

/// `/nieuwsbrief/beheer/:number`, for editors: a draft's form, a preview of the mail as it will be sent (its text, and
/// its HTML shown as source, never rendered raw), and the button to send it. A sent issue is shown as sent.
struct NewsletterEditorModel {
    let letter: StoredNewsletter
    let items: [StoredKnowledge]
    let choices: [(kind: KnowledgeKind, items: [KnowledgeSummary])]
    let confirmedSubscribers: Int
    let baseURL: String
    let language: SiteLanguage
    let csrf: String
    var form: NewsletterForm
    var refused: KennisRefused?
    /// Which form the refusal belongs to ("send" or the draft form).
    var refusedSend = false
    var notice: String?

    static func load(_ req: Request) async throws -> NewsletterEditorModel {
        try NewsletterManageModel.editor(req)
        let store = KnowledgeStore(database: req.db)
        guard let number = req.parameters.get("number").flatMap(Int.init), let letter = try await store.newsletter(number: number) else {
            throw Abort(.notFound, reason: KennisText.strings(req.language)["newsletter.issue.notFound"])
        }
        let t = KennisText.strings(req.language)
        let notice: String? = switch req.query[String.self, at: "gelukt"] {
        case "aangemaakt": t["newsletter.editor.created"]
        case "bewaard": t["newsletter.editor.saved"]
        default: nil
        }
        return NewsletterEditorModel(
            letter: letter, items: try await store.published(slugs: letter.itemSlugs), choices: try await NewsletterForm.choices(on: req.db),
            confirmedSubscribers: (try await store.subscriberCounts())[.confirmed] ?? 0, baseURL: req.siteBaseURL,
            language: req.language, csrf: CSRF.token(for: req).token, form: NewsletterForm(letter), notice: notice)
    }

    static func service(_ req: Request) async throws -> KnowledgeService {
        KnowledgeService(database: req.db, files: req.application.fileStore, rules: try await KennisCatalog.rules(on: req.db))
    }

    /// Saves the draft's changes and shows it again.
    static func save(_ req: Request, context: WriteContext) async throws -> Response {
        let principal = try NewsletterManageModel.editor(req)
        var model = try await load(req)
        let form = NewsletterForm.read(req)
        do {
            _ = try await service(req).saveNewsletter(number: model.letter.number, subject: form.subject, intro: form.intro,
                                                      slugs: form.chosen, by: KennisActor(principal))
            return req.redirect(to: KennisPath.newsletterEdit(model.letter.number).url([("gelukt", "bewaard")]), redirectType: .normal)
        } catch let refused as KennisRefused {
            model.form = form
            model.refused = refused
            model.notice = nil
            return model.page().response(for: req, status: .badRequest)
        }
    }

    struct SendForm: Content { var confirm: String? }

    /// Sends the draft to every confirmed subscriber (through the outbox) and says how many messages were queued.
    static func send(_ req: Request, context: WriteContext) async throws -> Response {
        let principal = try NewsletterManageModel.editor(req)
        var model = try await load(req)
        model.notice = nil
        let confirmed = (try? req.content.decode(SendForm.self))?.confirm == "ja"
        do {
            guard confirmed else {
                throw KennisRefused(field: "confirm", nl: "Vink aan dat je de nieuwsbrief nu wilt versturen.",
                                    en: "Tick the box to say you want to send the newsletter now.")
            }
            let queued = try await service(req).send(newsletter: model.letter.number, baseURL: req.siteBaseURL, by: KennisActor(principal))
            return NewsletterSentModel(number: model.letter.number, subject: model.letter.subject, queued: queued, language: req.language)
                .page().response(for: req)
        } catch let refused as KennisRefused {
            model.refused = refused
            model.refusedSend = true
            return model.page().response(for: req, status: .badRequest)
        }
    }

    /// The preview's unsubscribe link: the form of the real one, not a working one.
    var sampleUnsubscribe: String { baseURL + KennisPath.unsubscribe(id: 0, signature: "voorbeeld").path }

    var body: NewsletterBody { NewsletterBody(letter: letter, items: items, baseURL: baseURL) }
}

/// The page after sending: how many messages wait in the outbox.
struct NewsletterSentModel {
    let number: Int
    let subject: String
    let queued: Int
    let language: SiteLanguage
}
