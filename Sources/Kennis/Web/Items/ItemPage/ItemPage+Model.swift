import AccessDomain
import Foundation
import KennisDomain
import Platform
import Vapor

/// One item as this visitor may see it: its content and kind's block, its files, what it is connected with, and
/// for its author and the editors the workflow, the upload form and the review note.
struct KnowledgeItemPageModel {
    /// Where a refused form on this page belongs, so its messages stand next to it.
    enum Form: Hashable {
        case step
        case upload
        case files
    }

    /// An event's seats.
    struct Seats {
        let capacity: Int?
        let taken: Int
        let waiting: Int
        let isOpen: Bool

        var left: Int? { capacity.map { max(0, $0 - taken) } }
    }

    var item: StoredKnowledge
    let isEditor: Bool
    let isAuthor: Bool
    let mayEdit: Bool
    let steps: [WorkflowStep]
    let names: [String: String]
    let climate: ClimateLinks
    let related: [RelatedLink]
    let seats: Seats?
    let csrf: String
    let csrfCookie: HTTPCookies.Value?
    let language: SiteLanguage
    var notice: String?
    var problems: [Form: [String]] = [:]
    /// What was typed in the forms, to fill them again after a refusal.
    var note = ""
    var uploadTitle = ""
    var uploadVersion = ""

    static func load(_ request: Request) async throws -> KnowledgeItemPageModel {
        try await load(request, item: try await KennisAccess.visibleItem(request))
    }

    static func load(_ request: Request, item: StoredKnowledge) async throws -> KnowledgeItemPageModel {
        let principal = request.pagePrincipal
        let actor = KennisAccess.workflowActor(item, principal)
        let content = item.content
        let climate = try await ClimateLinks.load(themes: content.maturityThemes, workPackages: content.workPackages,
                                                  recommendations: content.recommendations, on: request.db)
        var seats: Seats?
        if item.kind == .evenement {
            let registrations = try await KnowledgeStore(database: request.db).registrations(itemID: item.id)
            let details = content.details
            let open = item.status == .gepubliceerd && RegistrationRules.isOpen(
                registrationUntil: details.registrationUntil.flatMap(LocalDate.parse), starts: details.starts.flatMap(LocalDateTime.parse),
                today: KnowledgeDates.today())
            seats = Seats(capacity: details.capacity, taken: registrations.filter { $0.status == .ingeschreven }.count,
                          waiting: registrations.filter { $0.status == .wachtlijst }.count, isOpen: open)
        }
        let csrf = CSRF.token(for: request)
        return KnowledgeItemPageModel(
            item: item, isEditor: actor.isEditor, isAuthor: actor.isAuthor, mayEdit: principal != nil && Workflow.mayEdit(item.status, by: actor),
            steps: principal == nil ? [] : Workflow.steps(for: item.status, by: actor),
            names: try await ItemWidgets.organisationNames(on: request.db),
            climate: climate, related: try await request.related(to: .knowledgeItem(item.slug)), seats: seats,
            csrf: csrf.token, csrfCookie: csrf.cookie, language: request.language)
    }

    /// Whether the visitor may manage the item (workflow, files): its author or an editor.
    var manages: Bool { isEditor || isAuthor }

    /// The confirmation after a change on this page (`?gelukt=`).
    static func notice(_ code: String?, _ language: SiteLanguage) -> String? {
        guard let code, ["aangemaakt", "gewijzigd", "stap", "bestand", "verwijderd"].contains(code) else { return nil }
        return KennisText.strings(language)["items.notice.\(code)"]
    }

    func response(for request: Request, status: HTTPResponseStatus = .ok) -> Response {
        let response = page().response(for: request, status: status, csrfCookie: csrfCookie)
        // What is not published is not kept by shared caches.
        if item.status != .gepubliceerd { response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store") }
        return response
    }
}
