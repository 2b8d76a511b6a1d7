import Platform
import Vapor

/// (being built)
struct PlanOverviewController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {}
}
