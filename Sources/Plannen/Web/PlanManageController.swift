import Platform
import Vapor

/// (being built)
struct PlanManageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {}
}
