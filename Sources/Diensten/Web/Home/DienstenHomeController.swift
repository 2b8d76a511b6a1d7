import Platform
import Vapor

/// The start page of the pillar: the services, what each is for and where to begin.
struct DienstenHomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(DienstenPath.Route.home.pattern) { req in DienstenHomeModel.load(req).page().response(for: req) }
    }
}
