import Platform
import Vapor

/// The start page of the Diensten pillar. Each service has its own typed paths (`RightsPath`, `ScreeningPath`,
/// `LeefloonPath`, and their API paths).
enum DienstenPath: TypedPath {
    case home

    enum Route: PathRoute {
        case home

        var pattern: [PathComponent] {
            switch self {
            case .home: ["diensten"]
            }
        }
    }

    var route: Route { .home }

    var parameters: [String: String] { [:] }
}
