import Platform
import Vapor

/// The addresses of a chart or map on its own: as an SVG file, and as a page made to be embedded in another site.
/// The query string is the page's own selection (level, parent, period, classification, areas, view …), so the file
/// and the embedded chart show exactly what the page shows.
enum ChartPath: TypedPath {
    /// A chart of the indicator page (`IndicatorChart`).
    case svg(indicator: String, chart: String)
    case embed(indicator: String, chart: String)
    /// The chart of one indicator on the benchmark, the evolution or the table page (`ChartPage`).
    case pageSVG(ChartPage, indicator: String)
    case pageEmbed(ChartPage, indicator: String)
    /// The chart or map of one dashboard tile, the tile in the query (`tegel=`).
    case tileSVG
    case tileEmbed
    /// The small map of a steekkaart: where the area lies.
    case areaSVG(level: String, code: String)
    case areaEmbed(level: String, code: String)

    enum Route: PathRoute {
        case svg, embed
        case benchmarkSVG, benchmarkEmbed, evolutionSVG, evolutionEmbed, tableSVG, tableEmbed
        case tileSVG, tileEmbed
        case areaSVG, areaEmbed

        var pattern: [PathComponent] {
            switch self {
            case .svg: ["indicator", ":code", "svg", ":chart"]
            case .embed: ["insluiten", "indicator", ":code", ":chart"]
            case .benchmarkSVG: ["benchmark", "svg", ":code"]
            case .benchmarkEmbed: ["insluiten", "benchmark", ":code"]
            case .evolutionSVG: ["evolutie", "svg", ":code"]
            case .evolutionEmbed: ["insluiten", "evolutie", ":code"]
            case .tableSVG: ["tabel", "svg", ":code"]
            case .tableEmbed: ["insluiten", "tabel", ":code"]
            case .tileSVG: ["dashboard", "svg"]
            case .tileEmbed: ["insluiten", "dashboard"]
            case .areaSVG: ["gebied", ":level", ":code", "svg"]
            case .areaEmbed: ["insluiten", "gebied", ":level", ":code"]
            }
        }
    }

    var route: Route {
        switch self {
        case .svg: .svg
        case .embed: .embed
        case .pageSVG(let page, _): page.routes.svg
        case .pageEmbed(let page, _): page.routes.embed
        case .tileSVG: .tileSVG
        case .tileEmbed: .tileEmbed
        case .areaSVG: .areaSVG
        case .areaEmbed: .areaEmbed
        }
    }

    var parameters: [String: String] {
        switch self {
        case .svg(let code, let chart), .embed(let code, let chart): ["code": code, "chart": chart]
        case .pageSVG(_, let code), .pageEmbed(_, let code): ["code": code]
        case .tileSVG, .tileEmbed: [:]
        case .areaSVG(let level, let code), .areaEmbed(let level, let code): ["level": level, "code": code]
        }
    }
}

/// The charts of the indicator page, by the id they carry there.
enum IndicatorChart: String, CaseIterable, Sendable {
    case kaart, staaf, evolutie
}

/// The pages that draw one chart per chosen indicator; the chart's id there is `prefix` + the indicator's place.
enum ChartPage: String, CaseIterable, Sendable {
    case benchmark, evolutie, tabel

    var routes: (svg: ChartPath.Route, embed: ChartPath.Route) {
        switch self {
        case .benchmark: (.benchmarkSVG, .benchmarkEmbed)
        case .evolutie: (.evolutionSVG, .evolutionEmbed)
        case .tabel: (.tableSVG, .tableEmbed)
        }
    }

    /// The id of the n-th chart on the page (`bench0`, `evolutie0`, `groep0`).
    func chartID(_ index: Int) -> String {
        switch self {
        case .benchmark: "bench\(index)"
        case .evolutie: "evolutie\(index)"
        case .tabel: "groep\(index)"
        }
    }
}
