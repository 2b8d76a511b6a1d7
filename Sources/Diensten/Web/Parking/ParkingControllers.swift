import Vapor

/// The parking part's pages and API.
enum ParkingControllers {
    static var all: [any RouteCollection] { [] }
}
