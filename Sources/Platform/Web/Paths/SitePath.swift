import Vapor

/// The addresses of the site as a whole: the home page, the site-wide search, the site's own files and the open-data
/// description. Which pillar answers them is the pillar's business; the page frame links to them.
public enum SitePath: TypedPath {
    case home
    case search
    case asset(name: String)
    case openAPI

    public enum Route: PathRoute {
        case home, search, asset, openAPI

        public var pattern: [PathComponent] {
            switch self {
            case .home: []
            case .search: ["zoeken"]
            case .asset: ["assets", ":name"]
            case .openAPI: ["api", "v1", "openapi.json"]
            }
        }
    }

    public var route: Route {
        switch self {
        case .home: .home
        case .search: .search
        case .asset: .asset
        case .openAPI: .openAPI
        }
    }

    public var parameters: [String: String] {
        switch self {
        case .asset(let name): ["name": name]
        default: [:]
        }
    }
}
