import Fluent
import Foundation
import Platform
import PlannenDomain
import Vapor

/// One import of plan.csv (and budget.csv), the same for the command line, the upload page and the API: the files
/// are read and checked as a whole, and only a plan without a single problem reaches `PlanService.importPlan`.
enum PlanImport {
    enum Result {
        case imported(PlanService.ImportOutcome)
        /// Every problem, located by file, row and column; nothing was changed.
        case refused([ImportProblem])
    }

    /// Reads the files and imports them into the organisation's plan `planCode` (created when new).
    /// A refusal of the service itself (a bad plan code) is thrown as `RefusedAction`.
    static func run(plan: PlanFiles.Input, budget: PlanFiles.Input?, planCode: String, name: String?,
                    organisation: PlanOrganisation, database: any Database, actor: AuditActor) async throws -> Result {
        switch PlanFiles.read(plan: plan, budget: budget, planCode: planCode) {
        case .failure(let problems):
            return .refused(problems.problems)
        case .success(let content):
            return .imported(try await PlanService(database: database).importPlan(
                content, organisation: organisation, name: name, by: actor))
        }
    }

    /// The uploaded name without any folder part (a name like `../../x` stays inside the upload folder), as the
    /// problems name the file; `fallback` when nothing usable is left.
    static func displayName(_ filename: String, fallback: String) -> String {
        let base = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = base.filter { !$0.isNewline && $0 != "\0" }.trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? fallback : String(cleaned.prefix(120))
    }

    /// What an import did, in Dutch, for the command line and the API: version, counts and the changed codes.
    static func summary(_ outcome: PlanService.ImportOutcome, organisation: String, planCode: String) -> [String] {
        let what: String
        if outcome.createdPlan {
            what = "nieuw plan \(planCode) van \(organisation), versie \(outcome.versionNumber) (ontwerp)"
        } else if outcome.startedVersion {
            what = "nieuwe versie \(outcome.versionNumber) (meerjarenplanaanpassing, ontwerp) van plan \(planCode) van \(organisation)"
        } else {
            what = "ontwerpversie \(outcome.versionNumber) van plan \(planCode) van \(organisation) vervangen"
        }
        let diff = outcome.diff
        return [
            "Ingelezen: \(what).",
            "\(outcome.items) items, \(outcome.budgetLines) budgetlijnen.",
            "Items toegevoegd: \(diff.added.count)\(codes(diff.added.map(\.code))).",
            "Items geschrapt: \(diff.removed.count)\(codes(diff.removed.map(\.code))).",
            "Items gewijzigd: \(diff.changed.count)\(codes(diff.changed.map(\.code))).",
            "Budgetlijnen gewijzigd: \(diff.budget.count).",
        ]
    }

    /// " (A, B, C, … en 7 meer)"; empty for no codes.
    static func codes(_ list: [String], limit: Int = 12) -> String {
        guard !list.isEmpty else { return "" }
        let shown = list.prefix(limit).joined(separator: ", ")
        return list.count > limit ? " (\(shown), … en \(list.count - limit) meer)" : " (\(shown))"
    }
}

extension PlanOrganisation {
    /// An organisation of the platform as the plan pages name it.
    init(_ model: OrganisationModel) throws {
        guard let id = model.id else { throw Abort(.internalServerError, reason: "organisatie zonder id") }
        self.init(id: id, code: model.code, name: model.name, areaCode: model.areaCode)
    }
}
