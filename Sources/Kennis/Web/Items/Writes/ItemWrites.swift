import AccessDomain
import Foundation
import KennisDomain
import Platform
import Vapor

/// The changes made through the item pages. The write-route table has checked that someone is signed in and the
/// CSRF token; these handlers check what depends on the item (who may see and change it) and let the service decide
/// the rest. A refused form is shown again with its messages at the fields (400); a success redirects (303) to the
/// item with a confirmation.
struct KnowledgeItemWrites {
    static func service(_ req: Request) async throws -> KnowledgeService {
        KnowledgeService(database: req.db, files: req.application.fileStore, rules: try await KennisCatalog.rules(on: req.db))
    }

    static func principal(_ context: WriteContext) throws -> Principal {
        guard let principal = context.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        return principal
    }

    static func done(_ req: Request, _ slug: String, _ code: String) -> Response {
        req.redirect(to: KennisPath.item(slug).url([("gelukt", code)]), redirectType: .normal)
    }

    /// The form as sent; a body that is no form (a list where text belongs, …) shows the form again with the reason.
    private static func values(_ req: Request) -> Result<ItemFormValues, KennisRefused> {
        do {
            return .success(try req.content.decode(ItemFormValues.self))
        } catch let error as DecodingError {
            let message = FormProblem.message(error)
            return .failure(KennisRefused(nl: message, en: message))
        } catch {
            return .failure(KennisRefused(nl: "het formulier is onleesbaar", en: "the form cannot be read"))
        }
    }

    /// What `KnowledgeRules` says of the item, leaving out fields the form already has a message for (a number that
    /// could not be read is not also "missing").
    static func ruleProblems(_ req: Request, _ content: KnowledgeContent, without known: [KnowledgeProblem]) async throws -> [KnowledgeProblem] {
        let located = Set(known.map(\.field))
        return try await KennisCatalog.rules(on: req.db).problems(KnowledgeService.normalised(content))
            .filter { !located.contains($0.field) }
    }

    // MARK: Propose

    @Sendable func create(req: Request, context: WriteContext) async throws -> Response {
        let principal = try Self.principal(context)
        let isEditor = KennisAccess.isEditor(principal)
        let values: ItemFormValues
        switch Self.values(req) {
        case .success(let read): values = read
        case .failure(let refused):
            var model = try await KnowledgeItemFormModel.loadNew(req, asked: nil)
            model.problems = refused.problems
            return model.page().response(for: req, status: .badRequest)
        }
        guard let kind = values.kind.flatMap(KnowledgeKind.init(rawValue:)) else {
            var model = try await KnowledgeItemFormModel.loadNew(req, asked: values.kind)
            model.problems = [KnowledgeProblem(field: "kind", nl: "Kies een soort.", en: "Choose a kind.")]
            return model.page().response(for: req, status: .badRequest)
        }
        guard isEditor || kind.mayBeProposedByMembers else {
            throw Abort(.forbidden, reason: req.language == .en
                ? "only a Kenniscentrum editor can create a \(kind.name.en.lowercased())"
                : "alleen een redacteur van het Kenniscentrum kan een \(kind.name.nl.lowercased()) maken")
        }
        let (content, read) = values.content(kind: kind)
        var problems = read
        if KennisPath.reservedSlugs.contains(content.slug) {
            problems.append(KnowledgeProblem(field: "slug", nl: "Het webadres ‘\(content.slug)’ is voorbehouden; kies een ander.",
                                             en: "The web address ‘\(content.slug)’ is reserved; choose another."))
        }
        // Every problem at once: what could not be read and what the rules say (the service checks again).
        problems += try await Self.ruleProblems(req, content, without: problems)
        if (values.slug ?? "").trimmingCharacters(in: .whitespaces).isEmpty, content.slug.isEmpty {
            // No title and no address: "give a title" says it; an address made from nothing is not the visitor's problem.
            problems.removeAll { $0.field == "slug" }
        }
        do {
            guard problems.isEmpty else { throw KennisRefused(problems) }
            try await Self.service(req).create(content, by: KennisActor(principal), publish: isEditor && values.publish == "ja")
            return Self.done(req, content.slug, "aangemaakt")
        } catch let refused as KennisRefused {
            var refill = values
            if (refill.slug ?? "").isEmpty, refused.problems.contains(where: { $0.field == "slug" }) { refill.slug = content.slug }
            var model = try await KnowledgeItemFormModel.make(req, mode: .create, kind: kind, values: refill, isEditor: isEditor, notes: [])
            model.problems = refused.problems
            return model.page().response(for: req, status: .badRequest)
        }
    }

    // MARK: Edit

    @Sendable func edit(req: Request, context: WriteContext) async throws -> Response {
        let principal = try Self.principal(context)
        let item = try await KennisAccess.visibleItem(req)
        try KnowledgeItemFormModel.requireEditable(item, principal, req.language)
        let isEditor = KennisAccess.isEditor(principal)
        let values: ItemFormValues
        switch Self.values(req) {
        case .success(let read): values = read
        case .failure(let refused):
            var model = try await KnowledgeItemFormModel.loadEdit(req, item: item)
            model.problems = refused.problems
            return model.page().response(for: req, status: .badRequest)
        }
        var (content, problems) = values.content(kind: item.kind)
        content.slug = item.slug
        let revision = Int(values.revision ?? "")
        if revision == nil {
            problems.append(KnowledgeProblem(field: "", nl: "Het formulier mist de versie waarvan je vertrok; herlaad de pagina.",
                                             en: "The form lacks the version you started from; reload the page."))
        }
        problems += try await Self.ruleProblems(req, content, without: problems)
        do {
            guard problems.isEmpty, let revision else { throw KennisRefused(problems) }
            try await Self.service(req).update(item, to: content, revision: revision, by: KennisActor(principal))
            return Self.done(req, item.slug, "gewijzigd")
        } catch let refused as KennisRefused {
            var model = try await KnowledgeItemFormModel.make(req, mode: .edit(item), kind: item.kind, values: values, isEditor: isEditor, notes: [])
            model.problems = refused.problems
            return model.page().response(for: req, status: .badRequest)
        }
    }

    // MARK: Workflow

    struct StepForm: Content {
        var stap: String?
        var notitie: String?
    }

    @Sendable func step(req: Request, context: WriteContext) async throws -> Response {
        let principal = try Self.principal(context)
        let item = try await KennisAccess.visibleItem(req)
        let form = (try? req.content.decode(StepForm.self)) ?? StepForm()
        let actor = KennisAccess.workflowActor(item, principal)
        var status: HTTPResponseStatus = .badRequest
        do {
            guard let step = form.stap.flatMap(WorkflowStep.init(rawValue:)) else {
                throw KennisRefused(field: "step", nl: "Kies een stap: \(WorkflowStep.allCases.map(\.rawValue).joined(separator: ", ")).",
                                    en: "Choose a step: \(WorkflowStep.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            // Not allowed for this visitor, though an editor could: a matter of rights (403), not of the form.
            if case .failure = Workflow.apply(step, to: item.status, by: actor),
               case .success = Workflow.apply(step, to: item.status, by: WorkflowActor(isEditor: true, isAuthor: true)) {
                status = .forbidden
            }
            try await Self.service(req).take(step, on: item, note: form.notitie, by: KennisActor(principal))
            return Self.done(req, item.slug, "stap")
        } catch let refused as KennisRefused {
            var model = try await KnowledgeItemPageModel.load(req, item: item)
            model.problems[.step] = refused.messages(KennisText.code(req.language))
            model.note = form.notitie ?? ""
            return model.response(for: req, status: status)
        }
    }

    // MARK: Files

    @Sendable func removeFile(req: Request, context: WriteContext) async throws -> Response {
        let principal = try Self.principal(context)
        let item = try await KennisAccess.visibleItem(req)
        guard let id = req.parameters.get("file").flatMap(Int.init), let file = item.files.first(where: { $0.id == id }) else {
            throw Abort(.notFound, reason: req.language == .en ? "this item has no such file" : "dit item heeft zo geen bestand")
        }
        do {
            try await Self.service(req).removeFile(file, of: item, by: KennisActor(principal))
            return Self.done(req, item.slug, "verwijderd")
        } catch let refused as KennisRefused {
            var model = try await KnowledgeItemPageModel.load(req, item: item)
            model.problems[.files] = refused.messages(KennisText.code(req.language))
            return model.response(for: req, status: .forbidden)
        }
    }
}
