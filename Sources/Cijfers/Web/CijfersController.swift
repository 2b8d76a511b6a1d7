import CijfersDomain
import Plot
import SQLKit
import Platform
import Vapor

/// The pages of the Cijfers explorer. Each handler builds its page model, then its view.
struct CijfersController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SitePath.Route.home.pattern, use: home)
        routes.get(CijfersPath.Route.indicator.pattern, use: indicator)
        routes.get(CijfersPath.Route.area.pattern, use: area)
        routes.get(CijfersPath.Route.benchmark.pattern, use: benchmark)
        routes.get(CijfersPath.Route.evolution.pattern, use: evolution)
        routes.get(CijfersPath.Route.wijkReport.pattern, use: wijkReport)
        routes.get(CijfersPath.Route.table.pattern, use: table)
        routes.get(CijfersPath.Route.dashboard.pattern, use: dashboard)
    }

    @Sendable func home(req: Request) async throws -> HTML {
        let catalog = await req.catalog()
        var model = HomePageModel(catalog: catalog, language: req.language)
        model.cityPicker = CityPicker.home(catalog: catalog)
        return model.page().document(for: req)
    }

    @Sendable func indicator(req: Request) async throws -> HTML {
        let code = try req.parameters.require("code")
        var model = try await IndicatorPageModel.load(code: code, request: req)
        model.dashboard = DashboardAppend.read(req.query[String.self, at: DashboardAppend.parameter])
        // A dashboard being composed travels through the city picker too, like through the page's own form.
        let carried = model.dashboard.flatMap(DashboardAppend.carried).map { [(name: DashboardAppend.parameter, value: $0)] } ?? []
        model.cityPicker = CityPicker.indicator(code, catalog: await req.catalog(), currentParent: model.selection.parent, carrying: carried)
        model.siteBase = req.siteBaseURL
        return model.page().document(for: req)
    }

    @Sendable func area(req: Request) async throws -> HTML {
        let level = try req.parameters.require("level")
        let code = try req.parameters.require("code")
        var model = try await AreaPageModel.load(level: level, code: code, request: req)
        model.pathLinks = AreaPathLinks.make(for: model.area, catalog: await req.catalog())
        model.siteBase = req.siteBaseURL
        return model.page().document(for: req)
    }

    @Sendable func benchmark(req: Request) async throws -> HTML {
        var model = try await BenchmarkPageModel.load(request: req)
        model.siteBase = req.siteBaseURL
        return model.page().document(for: req)
    }

    @Sendable func evolution(req: Request) async throws -> HTML {
        var model = try await EvolutionPageModel.load(request: req)
        model.siteBase = req.siteBaseURL
        return model.page().document(for: req)
    }

    @Sendable func wijkReport(req: Request) async throws -> HTML {
        try await WijkReportModel.load(request: req).page().document(for: req)
    }

    @Sendable func table(req: Request) async throws -> HTML {
        var model = try await TablePageModel.load(request: req)
        model.siteBase = req.siteBaseURL
        return model.page().document(for: req)
    }

    /// A dashboard; a button of its edit form (`actie`) is applied and answered with a redirect to the new address.
    @Sendable func dashboard(req: Request) async throws -> Response {
        if let edited = DashboardPageModel.edited(request: req) { return req.redirect(to: edited, redirectType: .normal) }
        let model = try await DashboardPageModel.load(request: req)
        var page = model.page()
        page.printAddress = req.siteBaseURL + model.shareURL
        return try await page.document(for: req).encodeResponse(for: req)
    }
}
