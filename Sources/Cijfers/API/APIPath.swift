import Platform
import Vapor

/// Every path of the JSON API. Routes are registered from `Route.pattern` and links are built from here.
enum APIPath: TypedPath {
    case levels
    case areas(level: String)
    case area(level: String, code: String)
    case indicators
    case indicator(code: String)
    case themes
    case data
    case imports
    case openAPI
    case catalog

    static let prefix: [PathComponent] = ["api", "v1"]

    enum Route: PathRoute {
        case levels, areas, area, indicators, indicator, themes, data, imports, openAPI, catalog

        var pattern: [PathComponent] {
            switch self {
            case .levels: APIPath.prefix + ["levels"]
            case .areas: APIPath.prefix + ["levels", ":level", "areas"]
            case .area: APIPath.prefix + ["levels", ":level", "areas", ":code"]
            case .indicators: APIPath.prefix + ["indicators"]
            case .indicator: APIPath.prefix + ["indicators", ":code"]
            case .themes: APIPath.prefix + ["themes"]
            case .data: APIPath.prefix + ["data"]
            case .imports: APIPath.prefix + ["imports"]
            // The description of the open data is the site's (the page frame links to it).
            case .openAPI: SitePath.Route.openAPI.pattern
            case .catalog: APIPath.prefix + ["catalog"]
            }
        }
    }

    var route: Route {
        switch self {
        case .levels: .levels
        case .areas: .areas
        case .area: .area
        case .indicators: .indicators
        case .indicator: .indicator
        case .themes: .themes
        case .data: .data
        case .imports: .imports
        case .openAPI: .openAPI
        case .catalog: .catalog
        }
    }

    var parameters: [String: String] {
        switch self {
        case .areas(let level): ["level": level]
        case .area(let level, let code): ["level": level, "code": code]
        case .indicator(let code): ["code": code]
        default: [:]
        }
    }
}
