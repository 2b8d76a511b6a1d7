import Vapor

enum RightsAPIControllers {
    static var all: [any RouteCollection] { [RightsAPIController()] }
}
