import AccessDomain
import Foundation
import MaturiteitDomain
import Platform
import Vapor

/// The changes in the Maturiteit pillar. The WriteRoute table has already checked the rule and the CSRF token;
/// these handlers check what depends on the campaign (open, submitted, taking part) and answer a refused form with
/// the form and its problems (400), a success with a redirect to the page that shows the result.
struct MaturiteitWrites {
    private func principal(_ context: WriteContext) throws -> Principal {
        guard let principal = context.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        return principal
    }

    @Sendable func saveEvaluation(req: Request, context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        var model = try await EvaluationPageModel.load(req)
        guard case .allowed = model.editable else {
            if case .denied(let reason) = model.editable { throw Abort(.forbidden, reason: reason) }
            throw Abort(.unauthorized, reason: "meld je eerst aan")
        }
        let form = try req.content.decode([String: String].self)
        let submit = form["actie"] == "indienen"
        let (answers, problems) = EvaluationPageModel.answers(from: form, model: model.visible.model)
        return try await req.refusable {
            guard problems.isEmpty else { throw RefusedAction(problems) }
            try await MaturityService(database: req.db).saveEvaluation(
                model.visible.data, organisationID: model.organisation.id, answers: answers, submit: submit, by: AuditActor(principal))
            return req.redirect(to: MaturiteitPath.campaign(model.visible.campaign.code).url([("gelukt", submit ? "ingediend" : "bewaard")]),
                                redirectType: .normal)
        } refused: { refusal in
            model.answers = answers
            model.problems = refusal.problems
            return model.page()
        }
    }

    @Sendable func validate(req: Request, context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        var model = try await ValidationPageModel.load(req)
        let form = try req.content.decode([String: String].self)
        let (scores, problems) = ValidationPageModel.scores(from: form, model: model.visible.model)
        return try await req.refusable {
            guard problems.isEmpty else { throw RefusedAction(problems) }
            try await MaturityService(database: req.db).validate(model.visible.data, organisationID: model.organisation.id,
                                                                 scores: scores, by: AuditActor(principal))
            return req.redirect(to: MaturiteitPath.campaign(model.visible.campaign.code).url([("gelukt", "gevalideerd")]), redirectType: .normal)
        } refused: { refusal in
            model.scores = scores
            model.problems = refusal.problems
            return model.page()
        }
    }

    @Sendable func reopen(req: Request, context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        let model = try await ValidationPageModel.load(req)
        try await MaturityService(database: req.db).reopen(model.visible.data, organisationID: model.organisation.id, by: AuditActor(principal))
        return req.redirect(to: MaturiteitPath.campaign(model.visible.campaign.code).url([("gelukt", "teruggestuurd")]), redirectType: .normal)
    }

    struct StatusForm: Content { var actie: String? }

    @Sendable func setStatus(req: Request, context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        let visible = try await VisibleCampaign.load(req)
        let service = MaturityService(database: req.db)
        switch try req.content.decode(StatusForm.self).actie {
        case "sluiten": try await service.setCampaign(visible.campaign, status: .closed, by: AuditActor(principal))
        case "openen": try await service.setCampaign(visible.campaign, status: .open, by: AuditActor(principal))
        case "publiceren": try await service.setCampaign(visible.campaign, published: true, by: AuditActor(principal))
        case "depubliceren": try await service.setCampaign(visible.campaign, published: false, by: AuditActor(principal))
        default: throw Abort(.badRequest, reason: "kies sluiten, openen, publiceren of depubliceren")
        }
        return req.redirect(to: MaturiteitPath.campaign(visible.campaign.code).url([("gelukt", "status")]), redirectType: .normal)
    }

    @Sendable func importSheet(req: Request, context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        let visible = try await VisibleCampaign.load(req)
        // The file is streamed to disk (at most WriteRoute.importCampaign.maximumBody), never held in memory.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-meting-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let upload = try await WriteGuard.readUpload(.importCampaign, req, into: directory).files.first { $0.field == "bestand" }
        return try await req.refusable(status: .unprocessableEntity) {
            guard let upload, upload.bytes > 0 else { throw RefusedAction("kies een CSV-bestand") }
            let name = upload.filename.isEmpty ? "bestand.csv" : upload.filename
            _ = try await MaturityService(database: req.db).importSheet(path: upload.path, fileName: name, into: visible.campaign,
                                                                       by: AuditActor(principal))
            return req.redirect(to: MaturiteitPath.campaign(visible.campaign.code).url([("gelukt", "ingelezen")]), redirectType: .normal)
        } refused: { refusal in
            var model = try await CampaignPageModel.load(req, visible: visible)
            model.problems = refusal.problems
            return model.page()
        }
    }


    @Sendable func openCampaign(req: Request, context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        let form: NewCampaignPageModel.Form
        do {
            form = try req.content.decode(NewCampaignPageModel.Form.self)
        } catch let error as DecodingError {
            // Text in a number field: the form again, with the field and what it needs.
            var model = try await NewCampaignPageModel.load(req)
            model.problems = [FormProblem.message(error)]
            return model.page().response(for: req, status: .badRequest)
        }
        return try await req.refusable {
            _ = try await MaturityService(database: req.db).openCampaign(
                modelID: form.model ?? 0, code: form.code ?? "", name: form.naam ?? "", moment: form.moment ?? "",
                participants: form.deelnemers ?? [], by: AuditActor(principal))
            return req.redirect(to: MaturiteitPath.campaign(form.code ?? "").url([("gelukt", "geopend")]), redirectType: .normal)
        } refused: { refusal in
            var model = try await NewCampaignPageModel.load(req)
            model.form = form
            model.problems = refusal.problems
            return model.page()
        }
    }

    struct ModelVersionForm: Content {
        var naam: String?
        var omschrijving: String?
        var themas: String?
    }

    @Sendable func createModelVersion(req: Request, context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        var model = try await ModelVersionPageModel.load(req)
        let form = try req.content.decode(ModelVersionForm.self)
        return try await req.refusable {
            try await MaturityService(database: req.db).createModelVersion(
                code: model.current.model.code, name: form.naam ?? "", description: form.omschrijving ?? "",
                scale: model.current.model.scale, themes: ModelVersionPageModel.themes(from: form.themas ?? ""), by: AuditActor(principal))
            // The new version's themes are found by the site search right away.
            try await SearchIndex.refresh(source: "maturiteit", with: ThemeSearch.documents(on: req.db), on: req.db)
            return req.redirect(to: MaturiteitPath.home.path, redirectType: .normal)
        } refused: { refusal in
            model.name = form.naam ?? ""
            model.description = form.omschrijving ?? ""
            model.themes = form.themas ?? ""
            model.problems = refusal.problems
            return model.page()
        }
    }

    struct RecommendationForm: Content {
        var nummer: String?
        var thema: String?
        var tekst: String?
        var belang: String?
        var urgentie: String?
        var top: String?
    }

    @Sendable func saveRecommendation(req: Request, context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        let visible = try await VisibleCampaign.load(req)
        let form = try req.content.decode(RecommendationForm.self)
        return try await req.refusable {
            let number = try Self.number(form.nummer, "het nummer")
            try await MaturityService(database: req.db).saveRecommendation(
                campaign: visible.campaign, number: number, theme: form.thema ?? "", text: form.tekst ?? "",
                importance: try Self.number(form.belang, "het belang"), urgency: try Self.number(form.urgentie, "de urgentie"),
                selected: form.top == "ja", themes: visible.model.themes.map(\.code), by: AuditActor(principal))
            return req.redirect(to: MaturiteitPath.plans(campaign: visible.campaign.code).url([("gelukt", "aanbeveling")]), redirectType: .normal)
        } refused: { refusal in
            var model = try await PlansPageModel.load(req, visible: visible)
            model.problems = refusal.problems
            return model.page()
        }
    }

    struct WorkPackageForm: Content {
        var nummer: String?
        var titel: String?
        var themas: String?
        var subthemas: String?
        var trekkers: String?
        var prioriteit: String?
        var start: String?
        var status: String?
        var voortgang: String?
    }

    @Sendable func saveWorkPackage(req: Request, context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        let visible = try await VisibleCampaign.load(req)
        let form = try req.content.decode(WorkPackageForm.self)
        return try await req.refusable {
            let number = try Self.number(form.nummer, "het nummer")
            guard let priority = try Self.number(form.prioriteit, "de prioriteit"), (1...4).contains(priority) else {
                throw RefusedAction("de prioriteit is 1, 2, 3 of 4")
            }
            guard let status = WorkPackage.Status(rawValue: form.status ?? "") else { throw RefusedAction("kies een status") }
            let package = WorkPackage(
                number: number ?? 0, title: (form.titel ?? "").trimmingCharacters(in: .whitespaces),
                themes: WorkPackage.list(form.themas ?? ""), subtopics: WorkPackage.list(form.subthemas ?? ""),
                leads: WorkPackage.list(form.trekkers ?? ""), priority: priority,
                start: (form.start ?? "").trimmingCharacters(in: .whitespaces), status: status,
                progress: (form.voortgang ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
            try await MaturityService(database: req.db).saveWorkPackage(
                campaign: visible.campaign, number: number, package: package, themes: visible.model.themes.map(\.code), by: AuditActor(principal))
            return req.redirect(to: MaturiteitPath.plans(campaign: visible.campaign.code).url([("gelukt", "werkpakket")]), redirectType: .normal)
        } refused: { refusal in
            var model = try await PlansPageModel.load(req, visible: visible)
            model.problems = refusal.problems
            return model.page()
        }
    }

    /// An optional whole number from a form field; text that is not one is a problem, not a silent nil.
    static func number(_ text: String?, _ name: String) throws -> Int? {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        guard let value = Int(trimmed) else { throw RefusedAction("\(name) is geen geheel getal") }
        return value
    }
}
