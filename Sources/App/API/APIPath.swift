import Vapor

/// Every path of the JSON API. Routes are registered from here and links are built from here.
enum APIPath {
    case levels
    case areas(level: String)
    case area(level: String, code: String)
    case indicators
    case indicator(code: String)
    case themes
    case data
    case imports
    case openAPI

    static let prefix: [PathComponent] = ["api", "v1"]

    /// The route pattern, with parameters where the case has values.
    var pattern: [PathComponent] {
        switch self {
        case .levels: Self.prefix + ["levels"]
        case .areas: Self.prefix + ["levels", ":level", "areas"]
        case .area: Self.prefix + ["levels", ":level", "areas", ":code"]
        case .indicators: Self.prefix + ["indicators"]
        case .indicator: Self.prefix + ["indicators", ":code"]
        case .themes: Self.prefix + ["themes"]
        case .data: Self.prefix + ["data"]
        case .imports: Self.prefix + ["imports"]
        case .openAPI: Self.prefix + ["openapi.json"]
        }
    }

    /// The concrete path, for links.
    var path: String {
        let values: [String: String] = switch self {
        case .areas(let level): ["level": level]
        case .area(let level, let code): ["level": level, "code": code]
        case .indicator(let code): ["code": code]
        default: [:]
        }
        return "/" + pattern.map { component in
            if case .parameter(let name) = component {
                return values[name]?.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
            }
            return component.description
        }.joined(separator: "/")
    }
}
