import Platform
import Vapor

/// The pages of the Cijfers explorer (the home page and the search are the site's, in `SitePath`).
enum CijfersPath: TypedPath {
    case indicator(code: String)
    case area(level: String, code: String)
    case benchmark
    case evolution
    case wijkReport
    /// Several indicators × areas × periods in one table (own groups too).
    case table
    /// A dashboard composed by an analyst: its title and tiles are its query string (`DashboardSpec`).
    case dashboard

    enum Route: PathRoute {
        case indicator, area, benchmark, evolution, wijkReport
        case table
        case dashboard

        var pattern: [PathComponent] {
            switch self {
            case .indicator: ["indicator", ":code"]
            case .area: ["gebied", ":level", ":code"]
            case .benchmark: ["benchmark"]
            case .evolution: ["evolutie"]
            case .wijkReport: ["wijkrapport"]
            case .table: ["tabel"]
            case .dashboard: ["dashboard"]
            }
        }
    }

    var route: Route {
        switch self {
        case .indicator: .indicator
        case .area: .area
        case .benchmark: .benchmark
        case .evolution: .evolution
        case .wijkReport: .wijkReport
        case .table: .table
        case .dashboard: .dashboard
        }
    }

    var parameters: [String: String] {
        switch self {
        case .indicator(let code): ["code": code]
        case .area(let level, let code): ["level": level, "code": code]
        default: [:]
        }
    }
}
