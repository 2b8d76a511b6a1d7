import AccessDomain
import Foundation
import KennisDomain
import Maturiteit
import Platform
import Vapor

/// The form to propose an item (any signed-in member: a good practice; an editor: any kind, chosen first with
/// `?soort=`, so the form shows that kind's fields without JavaScript) and to edit one (prefilled, with the revision
/// it started from).
struct KnowledgeItemFormModel {
    enum Mode {
        case create
        case edit(StoredKnowledge)
    }

    let mode: Mode
    /// Nil while an editor still has to choose the kind.
    let kind: KnowledgeKind?
    var values: ItemFormValues
    var problems: [KnowledgeProblem] = []
    /// What was asked but could not be used (an unknown kind), in the visitor's language.
    var notes: [String] = []
    let isEditor: Bool
    let topics: [(code: String, name: String)]
    let organisations: [(code: String, name: String)]
    let maturityThemes: [(code: String, name: String)]
    let csrf: String
    let language: SiteLanguage

    /// The signed-in visitor of a form page or a form's POST; 401 (the platform sends people to sign in) otherwise.
    static func principal(_ request: Request) throws -> Principal {
        guard let principal = request.pagePrincipal else {
            throw Abort(.unauthorized, reason: request.language == .en ? "sign in first" : "meld je eerst aan")
        }
        return principal
    }

    /// The form for a new item, for the kind asked in `soort` (editors) or a good practice (members).
    static func loadNew(_ request: Request, asked: String?) async throws -> KnowledgeItemFormModel {
        let principal = try principal(request)
        let isEditor = KennisAccess.isEditor(principal)
        let t = KennisText.strings(request.language)
        var notes: [String] = []
        var kind: KnowledgeKind?
        let asked = asked?.trimmingCharacters(in: .whitespaces).prefix(40).description
        if let asked, !asked.isEmpty {
            if let known = KnowledgeKind(rawValue: asked) {
                kind = known
            } else {
                notes.append(t("items.form.unknownKind", asked))
            }
        }
        if !isEditor {
            if let chosen = kind, !chosen.mayBeProposedByMembers { notes.append(t["items.form.membersPropose"]) }
            kind = .praktijk
        }
        var values = ItemFormValues()
        values.kind = kind?.rawValue
        return try await make(request, mode: .create, kind: kind, values: values, isEditor: isEditor, notes: notes)
    }

    /// The form filled with the item, for its author (while it is a concept) or an editor.
    static func loadEdit(_ request: Request, item: StoredKnowledge) async throws -> KnowledgeItemFormModel {
        let principal = try principal(request)
        try requireEditable(item, principal, request.language)
        return try await make(request, mode: .edit(item), kind: item.kind, values: ItemFormValues(item.content, revision: item.revision),
                              isEditor: KennisAccess.isEditor(principal), notes: [])
    }

    static func requireEditable(_ item: StoredKnowledge, _ principal: Principal, _ language: SiteLanguage) throws {
        guard Workflow.mayEdit(item.status, by: KennisAccess.workflowActor(item, principal)) else {
            throw Abort(.forbidden, reason: language == .en
                ? "you cannot change this item now (status: \(item.status.name.en.lowercased()))"
                : "je kunt dit item nu niet wijzigen (status: \(item.status.name.nl.lowercased()))")
        }
    }

    static func make(_ request: Request, mode: Mode, kind: KnowledgeKind?, values: ItemFormValues, isEditor: Bool,
                     notes: [String]) async throws -> KnowledgeItemFormModel {
        let language = request.language
        return KnowledgeItemFormModel(
            mode: mode, kind: kind, values: values, notes: notes, isEditor: isEditor,
            topics: KennisCatalog.topics.map { ($0.code, KennisText.text($0.name, language)) },
            organisations: try await KennisCatalog.organisations(on: request.db),
            maturityThemes: try await MaturiteitLinks.themes(on: request.db),
            csrf: CSRF.token(for: request).token, language: language)
    }

    var item: StoredKnowledge? {
        if case .edit(let item) = mode { return item }
        return nil
    }

    /// The messages about one of the item's fields, in the visitor's language.
    func messages(_ field: String) -> [String] {
        problems.filter { $0.field == field }.map { language == .en ? $0.en : $0.nl }
    }

    var allMessages: [String] { problems.map { language == .en ? $0.en : $0.nl } }
}
