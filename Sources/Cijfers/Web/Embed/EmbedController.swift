import Platform
import Plot
import Vapor

/// A chart or map of the indicator page on its own: as an SVG file (`ChartPath.svg`) and as a small page made to be
/// framed by another site (`ChartPath.embed`). Both take the page's query string, so they show what the page shows.
struct EmbedController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(ChartPath.Route.svg.pattern, use: svg)
        routes.get(ChartPath.Route.embed.pattern, use: embed)
    }

    /// The page model and the chart asked for; an unknown chart, or one the page does not draw for this selection, is
    /// a 404 that says which charts there are.
    private func load(_ req: Request) async throws -> (IndicatorPageModel, IndicatorChart) {
        let code = try req.parameters.require("code")
        let name = try req.parameters.require("chart")
        let model = try await IndicatorPageModel.load(code: code, request: req)
        guard let chart = IndicatorChart(rawValue: name), model.charts.contains(chart) else {
            let shown = model.charts.map(\.rawValue).joined(separator: ", ")
            throw Abort(.notFound, reason: "grafiek '\(name)' bestaat niet voor deze selectie; kies \(shown.isEmpty ? "een andere selectie" : shown)")
        }
        return (model, chart)
    }

    private func pageURL(_ req: Request, _ model: IndicatorPageModel) -> String {
        req.siteBaseURL + CijfersPath.indicator(code: model.indicator.code).url(model.chartQuery)
    }

    @Sendable func svg(req: Request) async throws -> Response {
        let (model, chart) = try await load(req)
        // The roomy drawing (and a map's legend); the phone-sized one is for narrow pages only.
        let drawings = model.drawings(chart).filter { !$0.id.hasSuffix("-smal") }
        let document = ChartMarkup.document(title: model.chartTitle(chart), source: model.chartSource(pageURL: pageURL(req, model)),
                                            drawings: drawings)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "image/svg+xml; charset=utf-8")
        headers.download(model.chartFileName(chart), extension: "svg")
        return Response(status: .ok, headers: headers, body: .init(string: document))
    }

    @Sendable func embed(req: Request) async throws -> HTML {
        let (model, chart) = try await load(req)
        let page = EmbedPage(model: model, chart: chart, drawings: model.drawings(chart), pageURL: pageURL(req, model))
        req.allowFraming()
        return page.document()
    }
}
