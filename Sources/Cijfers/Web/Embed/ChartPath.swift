import Platform
import Vapor

/// The addresses of a chart or map on its own: as an SVG file, and as a page made to be embedded in another site.
/// The query string is the page's own selection (level, parent, period, classification …), so the file and the
/// embedded chart show exactly what the page shows.
enum ChartPath: TypedPath {
    case svg(indicator: String, chart: String)
    case embed(indicator: String, chart: String)

    enum Route: PathRoute {
        case svg, embed

        var pattern: [PathComponent] {
            switch self {
            case .svg: ["indicator", ":code", "svg", ":chart"]
            case .embed: ["insluiten", "indicator", ":code", ":chart"]
            }
        }
    }

    var route: Route {
        switch self {
        case .svg: .svg
        case .embed: .embed
        }
    }

    var parameters: [String: String] {
        switch self {
        case .svg(let code, let chart), .embed(let code, let chart): ["code": code, "chart": chart]
        }
    }
}

/// The charts of the indicator page, by the id they carry there.
enum IndicatorChart: String, CaseIterable, Sendable {
    case kaart, staaf, evolutie
}
