import Platform
import Vapor

/// (being built)
struct PlanPagesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {}
}
