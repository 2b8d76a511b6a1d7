import AccessDomain
import Foundation
import Platform
import PlannenDomain
import Vapor

/// The changes made on the manage page. The write-route table has already checked the rule (an admin of the plan's
/// organisation, or a platform admin) and the CSRF token; a refusal shows the page again with its reasons (400),
/// a success redirects to the page with a confirmation.
struct ManageWrites {
    static func principal(_ context: WriteContext) throws -> Principal {
        guard let principal = context.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        return principal
    }

    static func redirect(_ req: Request, _ visible: VisiblePlan, _ query: [(String, String?)], anchor: String) -> Response {
        req.redirect(to: PlannenPath.manage(visible.ref).url(query) + "#" + anchor, redirectType: .normal)
    }

    /// Runs `action`; a refusal answers the manage page with the reasons at the top, 400.
    static func refusable(_ req: Request, _ visible: VisiblePlan, anchor: String, form: ManagePageModel.PeriodForm? = nil,
                          _ action: () async throws -> Response) async throws -> Response {
        try await req.refusable(action) { refusal in
            var model = try await ManagePageModel.load(req, visible: visible)
            model.problems = refusal.problems
            model.problemsFor = anchor
            if let form { model.newPeriod = form }
            return model.page()
        }
    }

    struct DateForm: Content { var datum: String? }
    struct PublishForm: Content { var publiceren: String? }

    @Sendable func adopt(req: Request, context: WriteContext) async throws -> Response {
        let principal = try Self.principal(context)
        let visible = try await ManagePageModel.managed(req)
        let form = try req.content.decode(DateForm.self)
        return try await Self.refusable(req, visible, anchor: "versies") {
            let day = try ManageDates.day(form.datum, field: "datum", label: "de dag van de vaststelling", fallback: ManageDates.today())
            try await PlanService(database: req.db).adoptDraft(of: visible.plan, on: day, by: AuditActor(principal))
            return Self.redirect(req, visible, [("gelukt", "vastgesteld"), ("nr", visible.plan.latest.map { String($0.number) })],
                                 anchor: "versies")
        }
    }

    @Sendable func publish(req: Request, context: WriteContext) async throws -> Response {
        let principal = try Self.principal(context)
        let visible = try await ManagePageModel.managed(req)
        let form = try req.content.decode(PublishForm.self)
        return try await Self.refusable(req, visible, anchor: "publicatie") {
            let published: Bool
            switch form.publiceren {
            case "ja": published = true
            case "nee": published = false
            default: throw RefusedAction("kies of het plan gepubliceerd wordt (publiceren=ja) of niet (publiceren=nee)", field: "publiceren")
            }
            try await PlanService(database: req.db).setPublished(visible.plan, published, by: AuditActor(principal))
            return Self.redirect(req, visible, [("gelukt", published ? "gepubliceerd" : "ingetrokken")], anchor: "publicatie")
        }
    }

    @Sendable func openPeriod(req: Request, context: WriteContext) async throws -> Response {
        let principal = try Self.principal(context)
        let visible = try await ManagePageModel.managed(req)
        let form = try req.content.decode(ManagePageModel.PeriodForm.self)
        return try await Self.refusable(req, visible, anchor: "perioden", form: form) {
            let code = (form.periode ?? "").trimmingCharacters(in: .whitespaces)
            let hasStart = !(form.begin ?? "").trimmingCharacters(in: .whitespaces).isEmpty
            let hasEnd = !(form.einde ?? "").trimmingCharacters(in: .whitespaces).isEmpty
            var start: PlanDate?
            var end: PlanDate?
            if hasStart || hasEnd {
                var problems: [RefusedAction.Reason] = []
                do { start = try ManageDates.day(form.begin, field: "begin", label: "de eerste dag", fallback: nil) } catch let refusal as RefusedAction {
                    problems += refusal.reasons
                }
                do { end = try ManageDates.day(form.einde, field: "einde", label: "de laatste dag", fallback: nil) } catch let refusal as RefusedAction {
                    problems += refusal.reasons
                }
                guard problems.isEmpty else { throw RefusedAction(reasons: problems) }
            }
            let period = try await PlanService(database: req.db).openPeriod(of: visible.plan, code: code, start: start, end: end,
                                                                            by: AuditActor(principal))
            return Self.redirect(req, visible, [("gelukt", "geopend"), ("periode", period.code)], anchor: "perioden")
        }
    }

    /// The period of the path; 404 when the plan has no period with that code.
    static func period(_ req: Request, _ visible: VisiblePlan) async throws -> StoredPeriod {
        let code = try req.parameters.require("period")
        guard let period = try await req.planStore.periods(planID: visible.plan.id).first(where: { $0.code == code }) else {
            throw Abort(.notFound, reason: "periode '\(code)' bestaat niet voor dit plan")
        }
        return period
    }

    @Sendable func closePeriod(req: Request, context: WriteContext) async throws -> Response {
        let principal = try Self.principal(context)
        let visible = try await ManagePageModel.managed(req)
        let period = try await Self.period(req, visible)
        let form = try req.content.decode(DateForm.self)
        return try await Self.refusable(req, visible, anchor: "perioden") {
            let day = try ManageDates.day(form.datum, field: "datum", label: "de dag van de vaststelling", fallback: ManageDates.today())
            try await PlanService(database: req.db).closePeriod(period, of: visible.plan, on: day, by: AuditActor(principal))
            return Self.redirect(req, visible, [("gelukt", "afgesloten"), ("periode", period.code)], anchor: "perioden")
        }
    }

    @Sendable func reopenPeriod(req: Request, context: WriteContext) async throws -> Response {
        let principal = try Self.principal(context)
        let visible = try await ManagePageModel.managed(req)
        let period = try await Self.period(req, visible)
        // Only admins reach this route; the service records who reopened it.
        let byAdmin = principal.isPlatformAdmin || principal.role >= .organisationAdmin
        return try await Self.refusable(req, visible, anchor: "perioden") {
            try await PlanService(database: req.db).reopenPeriod(period, of: visible.plan, byAdmin: byAdmin, by: AuditActor(principal))
            return Self.redirect(req, visible, [("gelukt", "heropend"), ("periode", period.code)], anchor: "perioden")
        }
    }

    @Sendable func sendReminders(req: Request, context: WriteContext) async throws -> Response {
        let principal = try Self.principal(context)
        let visible = try await ManagePageModel.managed(req)
        let period = try await Self.period(req, visible)
        return try await Self.refusable(req, visible, anchor: "herinneringen") {
            guard period.period.isOpen else {
                throw RefusedAction("periode \(period.code) is vastgesteld; herinneringen gaan alleen over een open periode")
            }
            guard let followUp = try await req.planStore.followUp(visible.plan) else {
                throw RefusedAction("dit plan heeft nog geen inhoud")
            }
            let disabled = try await PlanReminders.disabledOwners(followUp, database: req.db)
            let owners = PlanReminders.owners(followUp, period: period.code, disabled: disabled)
            guard !owners.isEmpty else {
                throw RefusedAction("in periode \(period.code) hoeft niemand nog iets op te volgen: er is geen herinnering te versturen")
            }
            let outcome = try await PlanReminders.queue(owners, followUp: followUp, period: period, baseURL: req.siteBaseURL,
                                                        today: ManageDates.today(), database: req.db, actor: AuditActor(principal))
            return Self.redirect(req, visible, ManageNotice.reminders(outcome, period: period.code), anchor: "herinneringen")
        }
    }
}
