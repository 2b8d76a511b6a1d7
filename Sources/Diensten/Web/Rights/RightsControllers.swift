import Vapor

enum RightsControllers {
    static var all: [any RouteCollection] { [RightsPagesController()] }
}

/// The public pages of the Rechtenverkenner (all GET, no account needed).
struct RightsPagesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(RightsPath.Route.home.pattern) { req -> Response in
            let model = try await RightsHomeModel.load(req)
            if case .found(let municipality) = model.match {
                return req.redirect(to: RightsPath.municipality(municipality.nis).path, redirectType: .normal)
            }
            return model.page().response(for: req)
        }
        routes.get(RightsPath.Route.municipality.pattern) { req -> Response in
            guard let model = try await RightsBrowseModel.load(req, municipality: req.parameters.get("nis") ?? "") else {
                return RightsNotFound.municipality(req.parameters.get("nis") ?? "", req)
            }
            return model.page().response(for: req)
        }
        routes.get(RightsPath.Route.all.pattern) { req -> Response in
            guard let model = try await RightsBrowseModel.load(req, municipality: nil) else { throw Abort(.notFound) }
            return model.page().response(for: req)
        }
        routes.get(RightsPath.Route.right.pattern) { req -> Response in
            guard let model = try await RightPageModel.load(req) else {
                return RightsNotFound.right(req.parameters.get("key") ?? "", req)
            }
            return model.page().response(for: req)
        }
    }
}
