import AccessDomain
import Foundation
import Platform
import PlannenDomain
import Vapor

/// The upload of plan.csv and budget.csv (or .xlsx). The guard has checked the rule on the headers; the files are
/// streamed to disk (at most `WriteRoute.importPlan.maximumBody`), read as a whole, and imported only without a single
/// problem. Problems answer the page again with every one of them located (400); nothing is changed then.
struct ImportWrites {
    @Sendable func importPlan(req: Request, context: WriteContext) async throws -> Response {
        guard let principal = context.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        guard let organisationModel = context.organisation else { throw Abort(.notFound, reason: "die organisatie bestaat niet") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let form = try await WriteGuard.readUpload(.importPlan, req, into: directory)
        var model = try await ImportPageModel.load(req, organisation: organisationModel)
        model.planCode = (form.value("plan") ?? "").trimmingCharacters(in: .whitespaces)
        model.name = (form.value("naam") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let planFile = Self.file(form, "planbestand")
        let budgetFile = Self.file(form, "budgetbestand")
        var problems: [String] = []
        if let problem = PlanService.codeProblem(model.planCode) { problems.append(problem) }
        if planFile == nil { problems.append("kies het bestand met het plan (plan.csv of een .xlsx-bestand)") }
        guard problems.isEmpty, let planFile else {
            model.problems = problems
            return model.page().response(for: req, status: .badRequest)
        }
        return try await req.refusable {
            let result = try await PlanImport.run(
                plan: PlanFiles.Input(path: planFile.path, name: PlanImport.displayName(planFile.filename, fallback: "plan.csv")),
                budget: budgetFile.map { PlanFiles.Input(path: $0.path, name: PlanImport.displayName($0.filename, fallback: "budget.csv")) },
                planCode: model.planCode, name: TextCleaning.optional(model.name), organisation: model.organisation,
                database: req.db, actor: AuditActor(principal))
            switch result {
            case .refused(let fileProblems):
                model.fileProblems = fileProblems
                return model.page().response(for: req, status: .badRequest)
            case .imported(let outcome):
                let ref = PlanRef(model.organisation.code, model.planCode)
                return req.redirect(to: PlannenPath.manage(ref).url(ManageNotice.imported(outcome)), redirectType: .normal)
            }
        } refused: { refusal in
            model.problems = refusal.problems
            return model.page()
        }
    }

    /// The part of a file field when a file was chosen (a browser sends an empty part for an empty file input).
    static func file(_ form: StreamedForm, _ field: String) -> StreamedForm.FilePart? {
        form.files.last { $0.field == field && (!$0.filename.isEmpty || $0.bytes > 0) }
    }
}
