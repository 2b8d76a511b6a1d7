import AccessDomain
import Foundation
import Platform
import PlannenDomain
import Vapor

/// The management of one plan, for its organisation's admins and platform admins: versions and adoption,
/// publication, re-import and downloads, the reporting periods and the reminders of each open period.
struct ManagePageModel {
    let visible: VisiblePlan
    /// The newest version with every update applied.
    let followUp: PlanFollowUp
    /// Per open period, newest first: who still has to update what.
    let reminders: [(period: StoredPeriod, owners: [PlanReminders.Owner])]
    let today: PlanDate
    let csrf: String
    let language: SiteLanguage
    var notice: String?
    /// The problems of a refused form, and which form they belong to (its anchor), so the page opens there.
    var problems: [String] = []
    var problemsFor: String?
    /// What was typed in the form for a new period, kept when it is refused.
    var newPeriod = PeriodForm()

    struct PeriodForm: Content {
        var periode: String?
        var begin: String?
        var einde: String?
    }

    var plan: StoredPlan { visible.plan }
    var ref: PlanRef { visible.ref }

    /// The plan of the path for someone who may manage it: 401 for visitors (the sign-in page), 403 for the others
    /// who may see it, 404 for whoever may not even see it.
    static func managed(_ request: Request) async throws -> VisiblePlan {
        let visible = try await VisiblePlan.load(request)
        guard visible.mayManage else {
            guard visible.principal != nil else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
            throw Abort(.forbidden, reason: "alleen de beheerders van \(visible.plan.organisation.name) beheren dit plan")
        }
        return visible
    }

    static func load(_ request: Request, visible: VisiblePlan? = nil) async throws -> ManagePageModel {
        let visible = if let visible { visible } else { try await managed(request) }
        guard let followUp = try await request.planStore.followUp(visible.plan) else {
            throw Abort(.notFound, reason: "dit plan heeft nog geen inhoud")
        }
        let disabled = try await PlanReminders.disabledOwners(followUp, database: request.db)
        let reminders = followUp.periods.filter(\.period.isOpen).reversed().map { period in
            (period: period, owners: PlanReminders.owners(followUp, period: period.code, disabled: disabled))
        }
        return ManagePageModel(visible: visible, followUp: followUp, reminders: reminders, today: ManageDates.today(),
                               csrf: CSRF.token(for: request).token, language: request.language)
    }

    /// How many updates each period holds.
    var updateCounts: [String: Int] {
        Dictionary(grouping: followUp.updates, by: \.update.periodCode).mapValues(\.count)
    }
}

/// Days as the management forms read and fill them in.
enum ManageDates {
    /// Today in Brussels.
    static func today(_ now: Date = Date()) -> PlanDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return PlanDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? PlanDate(year: 2026, month: 1, day: 1)!
    }

    /// A day typed in a form (2026-07-01, 01-07-2026 or 01/07/2026); `fallback` when left empty; a refusal naming the
    /// field when it is not a day.
    static func day(_ text: String?, field: String, label: String, fallback: PlanDate?) throws -> PlanDate {
        let value = (text ?? "").trimmingCharacters(in: .whitespaces)
        if value.isEmpty, let fallback { return fallback }
        guard !value.isEmpty else { throw RefusedAction("geef \(label) (bv. 2026-07-01)", field: field) }
        guard let day = PlanDate.parse(value) else {
            throw RefusedAction("'\(value)' is geen datum; schrijf \(label) als 2026-07-01 of 01/07/2026", field: field)
        }
        return day
    }
}
