import Vapor

/// The parking part's pages and API: the public zone pages, the check form, the staff's register, the zone import
/// and the check API.
enum ParkingControllers {
    static var all: [any RouteCollection] {
        [ParkingPagesController(), ParkingRegisterController(), ParkingImportController(), ParkingAPIController()]
    }
}
