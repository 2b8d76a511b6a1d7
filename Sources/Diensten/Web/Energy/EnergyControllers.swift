import Vapor

/// The energy part's pages and API.
enum EnergyControllers {
    static var all: [any RouteCollection] { [] }
}
