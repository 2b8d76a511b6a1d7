import Platform
import Vapor

/// The pages of the energy-sharing calculator: the entry, exploring a made-up building, and an organisation's
/// buildings with their setup, meter data, year result and CSV exports.
enum EnergyPath: TypedPath {
    case home
    case explore
    case buildings
    case newBuilding
    case building(Int)
    case settings(Int)
    case meters(Int)
    case apartmentsCSV(Int)
    case monthsCSV(Int)

    enum Route: PathRoute {
        case home, explore, buildings, newBuilding, building, settings, meters, apartmentsCSV, monthsCSV

        var pattern: [PathComponent] {
            switch self {
            case .home: ["energiedelen"]
            case .explore: ["energiedelen", "verkennen"]
            case .buildings: ["energiedelen", "gebouwen"]
            case .newBuilding: ["energiedelen", "gebouwen", "nieuw"]
            case .building: ["energiedelen", "gebouwen", ":building"]
            case .settings: ["energiedelen", "gebouwen", ":building", "instellingen"]
            case .meters: ["energiedelen", "gebouwen", ":building", "meterdata"]
            case .apartmentsCSV: ["energiedelen", "gebouwen", ":building", "appartementen.csv"]
            case .monthsCSV: ["energiedelen", "gebouwen", ":building", "maanden.csv"]
            }
        }
    }

    var route: Route {
        switch self {
        case .home: .home
        case .explore: .explore
        case .buildings: .buildings
        case .newBuilding: .newBuilding
        case .building: .building
        case .settings: .settings
        case .meters: .meters
        case .apartmentsCSV: .apartmentsCSV
        case .monthsCSV: .monthsCSV
        }
    }

    var parameters: [String: String] {
        switch self {
        case .home, .explore, .buildings, .newBuilding: [:]
        case .building(let id), .settings(let id), .meters(let id), .apartmentsCSV(let id), .monthsCSV(let id): ["building": String(id)]
        }
    }
}

/// The JSON API of energy sharing: the allocation of one quarter hour.
enum EnergyAPIPath: TypedPath {
    case allocate

    enum Route: PathRoute {
        case allocate

        var pattern: [PathComponent] {
            switch self {
            case .allocate: ["api", "v1", "energy-sharing", "allocate"]
            }
        }
    }

    var route: Route { .allocate }

    var parameters: [String: String] { [:] }
}
