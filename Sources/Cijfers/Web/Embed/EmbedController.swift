import Platform
import Plot
import Vapor

/// A chart or map of an explorer page on its own: as an SVG file (`ChartPath.…SVG`) and as a small page made to be
/// framed by another site (`ChartPath.…Embed`). Each takes its page's query string and builds the page's own model, so
/// it shows what the page shows; the pages say which of their charts there are (`ChartExport`).
struct EmbedController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        register(routes, svg: .svg, embed: .embed) { req in
            let (model, chart) = try await indicatorChart(req)
            return model.export(chart, pageURL: req.siteBaseURL + CijfersPath.indicator(code: model.indicator.code).url(model.chartQuery))
        }
        for page in ChartPage.allCases {
            register(routes, svg: page.routes.svg, embed: page.routes.embed) { req in try await pageChart(page, req) }
        }
        register(routes, svg: .tileSVG, embed: .tileEmbed) { req in
            var model = try await DashboardPageModel.load(request: req)
            model.siteBase = req.siteBaseURL
            if let chart = model.export() { return chart }
            // Why not, in the words the dashboard itself uses for the tile.
            guard let tile = model.tiles.first else {
                throw Abort(.notFound, reason: "geen tegel gegeven: geef er één op met tegel=soort~indicator~niveau")
            }
            if case .notice(let reasons) = tile.content, !reasons.isEmpty {
                throw Abort(.notFound, reason: "deze tegel kan niet getoond worden: " + reasons.joined(separator: " "))
            }
            throw Abort(.notFound, reason: "deze tegel toont geen grafiek of kaart; enkel kaart, staaf en lijn hebben er een")
        }
        register(routes, svg: .areaSVG, embed: .areaEmbed) { req in
            var model = try await AreaPageModel.load(level: try req.parameters.require("level"), code: try req.parameters.require("code"),
                                                     request: req)
            model.siteBase = req.siteBaseURL
            guard let chart = model.export() else {
                throw Abort(.notFound, reason: "er is geen kaart van dit gebied: zijn niveau of het gebied zelf heeft geen kaartvorm")
            }
            return chart
        }
    }

    /// One chart's two routes: the file and the page to frame.
    private func register(_ routes: any RoutesBuilder, svg: ChartPath.Route, embed: ChartPath.Route,
                          _ load: @escaping @Sendable (Request) async throws -> ChartExport) {
        routes.get(svg.pattern) { req async throws -> Response in
            let chart = try await load(req)
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "image/svg+xml; charset=utf-8")
            headers.download(chart.fileName, extension: "svg")
            return Response(status: .ok, headers: headers, body: .init(string: chart.svgDocument))
        }
        routes.get(embed.pattern) { req async throws -> HTML in
            let chart = try await load(req)
            req.allowFraming()
            return EmbedPage(chart: chart).document()
        }
    }

    /// The indicator page's model and the chart asked for; an unknown chart, or one the page does not draw for this
    /// selection, is a 404 that says which charts there are.
    @Sendable private func indicatorChart(_ req: Request) async throws -> (IndicatorPageModel, IndicatorChart) {
        let code = try req.parameters.require("code")
        let name = try req.parameters.require("chart")
        let model = try await IndicatorPageModel.load(code: code, request: req)
        guard let chart = IndicatorChart(rawValue: name), model.charts.contains(chart) else {
            let shown = model.charts.map(\.rawValue).joined(separator: ", ")
            throw Abort(.notFound, reason: "grafiek '\(name)' bestaat niet voor deze selectie; kies \(shown.isEmpty ? "een andere selectie" : shown)")
        }
        return (model, chart)
    }

    /// The chart of one indicator on the benchmark, evolution or table page, from the page's own model for the query.
    @Sendable private func pageChart(_ page: ChartPage, _ req: Request) async throws -> ChartExport {
        let code = try req.parameters.require("code")
        let chart: ChartExport?
        switch page {
        case .benchmark:
            var model = try await BenchmarkPageModel.load(request: req)
            model.siteBase = req.siteBaseURL
            chart = model.export(code)
        case .evolutie:
            var model = try await EvolutionPageModel.load(request: req)
            model.siteBase = req.siteBaseURL
            chart = model.export(code)
        case .tabel:
            var model = try await TablePageModel.load(request: req)
            model.siteBase = req.siteBaseURL
            chart = model.export(code)
        }
        guard let chart else {
            // Without the code: repeating it would tell a visitor nothing, and for a restricted indicator it must not
            // appear at all (RestrictedDataTests).
            throw Abort(.notFound, reason: "deze pagina toont voor deze selectie geen grafiek van die indicator: hij is onbekend, niet openbaar of niet gekozen")
        }
        return chart
    }
}
