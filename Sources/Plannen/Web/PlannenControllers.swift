import Vapor

/// The route collections of the Plannen pillar, one per group of pages.
enum PlannenControllers {
    static var all: [any RouteCollection] {
        [PlanPagesController(), PlanOverviewController(), PlanManageController(), PlannenAPIController()]
    }
}
