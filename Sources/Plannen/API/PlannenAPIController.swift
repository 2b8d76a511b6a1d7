import Platform
import Vapor

/// (being built)
struct PlannenAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {}
}
