import AccessDomain
import Platform
import PlannenDomain
import Vapor

/// The start of the Plannen pillar: the plans this visitor may see, by organisation.
struct PlansHomeModel {
    struct Entry {
        let plan: StoredPlan
        /// Items of the newest version per level, top level first.
        let counts: [(level: PlanLevel, count: Int)]
    }

    struct Group {
        let organisation: PlanOrganisation
        let entries: [Entry]
    }

    let groups: [Group]
    let principal: Principal?
    /// Where an admin may read a plan in: their own organisation, or every organisation for a platform admin.
    let importTargets: [(code: String, name: String)]
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> PlansHomeModel {
        let principal = request.pagePrincipal
        let store = request.planStore
        let plans = try await store.plans().filter { PlanAccess.maySee($0, principal) }
        var groups: [Group] = []
        for plan in plans {
            var counts: [(PlanLevel, Int)] = []
            if let latest = plan.latest {
                let content = try await store.content(of: latest, planCode: plan.code)
                counts = PlanLevel.allCases.map { level in (level, content.tree.items(at: level).count) }.filter { $0.1 > 0 }
            }
            let entry = Entry(plan: plan, counts: counts)
            if let index = groups.firstIndex(where: { $0.organisation.id == plan.organisation.id }) {
                groups[index] = Group(organisation: groups[index].organisation, entries: groups[index].entries + [entry])
            } else {
                groups.append(Group(organisation: plan.organisation, entries: [entry]))
            }
        }
        groups.sort { $0.organisation.shortName.localizedCompare($1.organisation.shortName) == .orderedAscending }
        var targets: [(String, String)] = []
        if let principal, principal.isPlatformAdmin {
            targets = try await OrganisationService(database: request.db).all()
                .filter(\.active).map { ($0.code, $0.name) }
                .sorted { $0.1.localizedCompare($1.1) == .orderedAscending }
        } else if let principal, principal.role >= .organisationAdmin {
            let own = try await OrganisationService(database: request.db).find(id: principal.organisationID)
            targets = [(principal.organisationCode, own?.name ?? principal.organisationCode)]
        }
        return PlansHomeModel(groups: groups, principal: principal, importTargets: targets, language: request.language)
    }

    func isMember(_ plan: StoredPlan) -> Bool { PlanAccess.isMember(plan, principal) }
}
