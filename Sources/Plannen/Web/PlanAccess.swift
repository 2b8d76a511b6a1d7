import AccessDomain
import Platform
import PlannenDomain
import Vapor

/// Who may see and change a plan. A plan is public once published; before that only its own organisation and the
/// platform admins see it, and everyone else gets the same "not found" as for a code that does not exist. A city
/// changes only its own plans: organisation admins import, close periods and publish; an item's owners (editors
/// named on the item) update their items.
enum PlanAccess {
    static func maySee(_ plan: StoredPlan, _ principal: Principal?) -> Bool {
        plan.published || isMember(plan, principal) || principal?.isPlatformAdmin == true
    }

    static func isMember(_ plan: StoredPlan, _ principal: Principal?) -> Bool {
        principal?.organisationID == plan.organisation.id
    }

    static func mayManage(_ plan: StoredPlan, _ principal: Principal?) -> Bool {
        guard let principal else { return false }
        return principal.isPlatformAdmin || (isMember(plan, principal) && principal.role >= .organisationAdmin)
    }

    static func mayUpdate(_ itemCode: String, in followUp: PlanFollowUp, _ principal: Principal?) -> Bool {
        guard let principal else { return false }
        if mayManage(followUp.plan, principal) { return true }
        return isMember(followUp.plan, principal) && principal.role >= .editor
            && followUp.links(of: itemCode, .eigenaar).contains(String(principal.userID))
    }

    static let notFound = "dit plan bestaat niet of is nog niet gepubliceerd; de stad zelf ziet het na het aanmelden"
}

/// A plan as one request may see it, loaded from the `:organisation` and `:plan` of the path.
struct VisiblePlan {
    let plan: StoredPlan
    let principal: Principal?

    var ref: PlanRef { PlanRef(plan) }
    var mayManage: Bool { PlanAccess.mayManage(plan, principal) }
    var isMember: Bool { PlanAccess.isMember(plan, principal) }

    static func load(_ request: Request) async throws -> VisiblePlan {
        let organisation = try request.parameters.require("organisation")
        let code = try request.parameters.require("plan")
        let principal = request.pagePrincipal
        guard let plan = try await request.planStore.plan(organisation: organisation, code: code),
              PlanAccess.maySee(plan, principal) else { throw Abort(.notFound, reason: PlanAccess.notFound) }
        return VisiblePlan(plan: plan, principal: principal)
    }

    /// The version asked for with `?versie=` (the newest without it). An unknown version is said, not replaced.
    func followUp(_ request: Request) async throws -> PlanFollowUp {
        var number: Int?
        if let text = request.query[String.self, at: "versie"], !text.isEmpty {
            guard let value = Int(text), plan.version(value) != nil else {
                throw Abort(.notFound, reason: "versie '\(text)' van dit plan bestaat niet")
            }
            number = value
        }
        guard let followUp = try await request.planStore.followUp(plan, versionNumber: number) else {
            throw Abort(.notFound, reason: "dit plan heeft nog geen inhoud")
        }
        return followUp
    }

    func mayUpdate(_ itemCode: String, in followUp: PlanFollowUp) -> Bool {
        PlanAccess.mayUpdate(itemCode, in: followUp, principal)
    }
}
