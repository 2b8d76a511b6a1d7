import Platform
import Vapor

/// The management of plans: the upload page of an organisation and the manage page of a plan, with their writes
/// (import, adopt, publish, periods, reminders). Who may do what is declared in `PlannenWriteRoutes.swift`.
struct PlanManageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(PlannenPath.Route.importPlan.pattern) { req in
            try await ImportPageModel.load(req).page().response(for: req)
        }
        routes.get(PlannenPath.Route.manage.pattern) { req in
            var model = try await ManagePageModel.load(req)
            model.notice = ManageNotice.text(req, PlannenText.strings(model.language))
            return model.page().response(for: req)
        }
        let imports = ImportWrites()
        routes.write(.importPlan, use: imports.importPlan)
        let writes = ManageWrites()
        routes.write(.adoptPlan, use: writes.adopt)
        routes.write(.publishPlan, use: writes.publish)
        routes.write(.openPlanPeriod, use: writes.openPeriod)
        routes.write(.closePlanPeriod, use: writes.closePeriod)
        routes.write(.reopenPlanPeriod, use: writes.reopenPeriod)
        routes.write(.sendPlanReminders, use: writes.sendReminders)
    }
}
