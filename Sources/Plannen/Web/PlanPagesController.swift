import Platform
import Vapor

/// The plan tree, the item page with its forms, and the downloads of a plan (items here; the dashboard's and the
/// import files' by their own pages' code).
struct PlanPagesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(PlannenPath.Route.plan.pattern) { req in
            try await PlanTreePageModel.load(req).page().response(for: req)
        }
        routes.get(PlannenPath.Route.export.pattern) { req in
            let visible = try await VisiblePlan.load(req)
            guard let file = req.parameters.get("file").flatMap(PlannenPath.ExportFile.init(rawValue:)) else {
                throw Abort(.notFound, reason: "deze download bestaat niet")
            }
            switch file {
            case .itemsCSV, .itemsJSON: return try await PlanItemsExport.response(req, file)
            case .dashboardCSV, .dashboardJSON: return try await PlanDashboardExport.response(req, visible, file)
            case .planCSV, .budgetCSV: return try await PlanFileExport.response(req, visible, file)
            case .comparisonCSV, .comparisonJSON: throw Abort(.notFound, reason: "deze download bestaat niet")
            }
        }
        routes.get(PlannenPath.Route.item.pattern) { req in
            var model = try await ItemPageModel.load(req)
            model.notice = ItemPageModel.notice(req.query[String.self, at: "gelukt"], model.language)
            return model.page().response(for: req)
        }
        let writes = PlanItemWrites()
        routes.write(.savePlanUpdate, use: writes.saveUpdate)
        routes.write(.savePlanOwners, use: writes.saveOwners)
        routes.write(.savePlanLinks, use: writes.saveLinks)
        routes.write(.savePlanIndicator, use: writes.saveIndicator)
    }
}
