import Vapor

/// The register part's pages and API.
enum RegisterControllers {
    static var all: [any RouteCollection] {
        [RegisterPublicController(), RegisterActivityController(), RegisterRequestController(), RegisterBreachController(), RegisterAPIController()]
    }
}
