import Vapor

/// The energy part's pages and API: the entry and exploring, the buildings with their setup, meter data, result and
/// exports, and the allocation API.
enum EnergyControllers {
    static var all: [any RouteCollection] { [EnergyHomeController(), EnergyBuildingController(), EnergyMetersController(), EnergyAPIController()] }
}
