import Platform
import Vapor

/// The JSON API of the Rechtenverkenner (read only).
enum RightsAPIPath: TypedPath {
    case rights
    case right(String)

    enum Route: PathRoute {
        case rights, right

        var pattern: [PathComponent] {
            switch self {
            case .rights: ["api", "v1", "rights"]
            case .right: ["api", "v1", "rights", ":key"]
            }
        }
    }

    var route: Route {
        switch self {
        case .rights: .rights
        case .right: .right
        }
    }

    var parameters: [String: String] {
        switch self {
        case .rights: [:]
        case .right(let key): ["key": key]
        }
    }
}
