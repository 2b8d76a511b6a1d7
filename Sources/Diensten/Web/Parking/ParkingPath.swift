import Platform
import Vapor

/// The pages of the parking register: the entry, a city's zones on a map, a zone, the check as a form, the register
/// for the city's staff (holders, search by plate), a holder with their rights, and the import of zones. The POST
/// routes share the GET paths of their forms (holders, a holder's rights) or have their own (status, plate, import).
enum ParkingPath: TypedPath {
    case home
    case city(String)
    case zone(String, String)
    case check(String)
    case register(String)
    case holders(String)
    case holder(String, Int)
    case rightStatus(String, Int)
    case rightPlate(String, Int)
    case importZones(String)

    enum Route: PathRoute {
        case home, city, zone, check, register, holders, holder, rightStatus, rightPlate, importZones

        var pattern: [PathComponent] {
            switch self {
            case .home: ["parkeren"]
            case .city: ["parkeren", ":organisation"]
            case .zone: ["parkeren", ":organisation", "zones", ":zone"]
            case .check: ["parkeren", ":organisation", "controle"]
            case .register: ["parkeren", ":organisation", "register"]
            case .holders: ["parkeren", ":organisation", "register", "houders"]
            case .holder: ["parkeren", ":organisation", "register", "houders", ":holder"]
            case .rightStatus: ["parkeren", ":organisation", "register", "rechten", ":right", "status"]
            case .rightPlate: ["parkeren", ":organisation", "register", "rechten", ":right", "kenteken"]
            case .importZones: ["parkeren", ":organisation", "inlezen"]
            }
        }
    }

    var route: Route {
        switch self {
        case .home: .home
        case .city: .city
        case .zone: .zone
        case .check: .check
        case .register: .register
        case .holders: .holders
        case .holder: .holder
        case .rightStatus: .rightStatus
        case .rightPlate: .rightPlate
        case .importZones: .importZones
        }
    }

    var parameters: [String: String] {
        switch self {
        case .home: [:]
        case .city(let city), .check(let city), .register(let city), .holders(let city), .importZones(let city): ["organisation": city]
        case .zone(let city, let zone): ["organisation": city, "zone": zone]
        case .holder(let city, let holder): ["organisation": city, "holder": String(holder)]
        case .rightStatus(let city, let right), .rightPlate(let city, let right): ["organisation": city, "right": String(right)]
        }
    }
}

/// The check API: `GET /api/v1/parking/check?plate=&zone=&at=`.
enum ParkingAPIPath: TypedPath {
    case check

    enum Route: PathRoute {
        case check

        var pattern: [PathComponent] { ["api", "v1", "parking", "check"] }
    }

    var route: Route { .check }
    var parameters: [String: String] { [:] }
}
