import AccessDomain
import Platform
import PlannenDomain
import Vapor

/// The upload of a plan for one organisation: a new plan, the draft replaced, or an amendment after adoption.
/// Only the organisation's admins and platform admins see it.
struct ImportPageModel {
    let organisation: PlanOrganisation
    /// The organisation's plans, to say what an import into each does now.
    let plans: [StoredPlan]
    var planCode: String
    var name: String = ""
    /// Problems of the form itself (no file, a bad plan code).
    var problems: [String] = []
    /// Problems in the files, each located; nothing was changed.
    var fileProblems: [ImportProblem] = []
    let csrf: String
    let language: SiteLanguage

    static let defaultPlanCode = PlannenDomain.demoPlanCode

    /// The organisation of the path, after checking the visitor may import for it (401/403 otherwise, 404 when unknown).
    static func organisation(_ request: Request) async throws -> OrganisationModel {
        let code = try request.parameters.require("organisation")
        guard let model = try await OrganisationService(database: request.db).find(code: code) else {
            throw Abort(.notFound, reason: "die organisatie bestaat niet")
        }
        _ = try WriteGuard.requirePage(WriteRoute.adminRule, request, organisation: model)
        return model
    }

    static func load(_ request: Request, organisation model: OrganisationModel? = nil) async throws -> ImportPageModel {
        let model = if let model { model } else { try await organisation(request) }
        let organisation = try PlanOrganisation(model)
        let plans = try await request.planStore.plans(organisationID: organisation.id)
        let asked = request.query[String.self, at: "plan"].flatMap(TextCleaning.optional)
        return ImportPageModel(organisation: organisation, plans: plans, planCode: asked ?? defaultPlanCode,
                               csrf: CSRF.token(for: request).token, language: request.language)
    }

    /// What importing into `plan` does now: replace its draft, or start the next version.
    static func effect(of plan: StoredPlan) -> (draft: Bool, number: Int) {
        guard let latest = plan.latest else { return (true, 0) }
        return latest.isAdopted ? (false, latest.number + 1) : (true, latest.number)
    }
}
