import Platform
import Vapor

/// The overview pages of the Plannen pillar: the plans home, a plan's dashboard, council report and public view, and
/// the comparison between cities with its downloads. (The dashboard downloads go through the plan's export route,
/// `PlanDashboardExport`.)
struct PlanOverviewController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(PlannenPath.Route.home.pattern) { req in try await PlansHomeModel.load(req).page().response(for: req) }
        routes.get(PlannenPath.Route.comparison.pattern) { req in
            try await PlanComparisonModel.load(req).page().response(for: req)
        }
        routes.get(PlannenPath.Route.comparisonExport.pattern) { req in try await PlanComparisonExport.response(req) }
        routes.get(PlannenPath.Route.dashboard.pattern) { req in
            try await PlanDashboardModel.load(req).page().response(for: req)
        }
        routes.get(PlannenPath.Route.report.pattern) { req in try await PlanReportModel.load(req).page().response(for: req) }
        routes.get(PlannenPath.Route.publicView.pattern) { req in
            try await PublicPlanModel.load(req).page().response(for: req)
        }
    }
}
