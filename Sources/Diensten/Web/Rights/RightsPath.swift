import Platform
import Vapor

/// The pages of the Rechtenverkenner: the start (pick a municipality), what applies in one municipality, the whole
/// catalogue, and one right. Filters and the search are query parameters (`thema`, `doelgroep`, `gebeurtenis`,
/// `bestuur`, `q`); the start page reads the place typed as `plaats`.
enum RightsPath: TypedPath {
    case home
    case municipality(String)
    case all
    case right(String)

    enum Route: PathRoute {
        case home, municipality, all, right

        var pattern: [PathComponent] {
            switch self {
            case .home: ["rechten"]
            case .municipality: ["rechten", "gemeente", ":nis"]
            case .all: ["rechten", "alle"]
            case .right: ["rechten", "recht", ":key"]
            }
        }
    }

    var route: Route {
        switch self {
        case .home: .home
        case .municipality: .municipality
        case .all: .all
        case .right: .right
        }
    }

    var parameters: [String: String] {
        switch self {
        case .home, .all: [:]
        case .municipality(let nis): ["nis": nis]
        case .right(let key): ["key": key]
        }
    }
}
