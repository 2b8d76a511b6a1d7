import CijfersDomain
import Plot
import SQLKit
import Storage
import Vapor

/// The pages of the Cijfers explorer. Each handler builds its page model, then its view.
struct SiteController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SitePath.home.pattern, use: home)
        routes.get(SitePath.search.pattern, use: search)
        routes.get(SitePath.indicator(code: "").pattern, use: indicator)
        routes.get(SitePath.area(level: "", code: "").pattern, use: area)
        routes.get(SitePath.benchmark.pattern, use: benchmark)
        routes.get(SitePath.evolution.pattern, use: evolution)
        routes.get(SitePath.wijkReport.pattern, use: wijkReport)
        routes.get(SitePath.asset(name: "").pattern, use: asset)
    }

    @Sendable func home(req: Request) async throws -> HTML {
        let catalog = await req.catalog()
        return HomePageModel(catalog: catalog).page(strings: .from(req)).document(for: req)
    }

    @Sendable func search(req: Request) async throws -> HTML {
        let catalog = await req.catalog()
        let query = req.query[String.self, at: "q"] ?? ""
        return SearchPageModel(query: query, catalog: catalog).page(strings: .from(req)).document(for: req)
    }

    @Sendable func indicator(req: Request) async throws -> HTML {
        let code = try req.parameters.require("code")
        return try await IndicatorPageModel.load(code: code, request: req).page(strings: .from(req)).document(for: req)
    }

    @Sendable func area(req: Request) async throws -> HTML {
        let level = try req.parameters.require("level")
        let code = try req.parameters.require("code")
        return try await AreaPageModel.load(level: level, code: code, request: req).page(strings: .from(req)).document(for: req)
    }

    @Sendable func benchmark(req: Request) async throws -> HTML {
        try await BenchmarkPageModel.load(request: req).page(strings: .from(req)).document(for: req)
    }

    @Sendable func evolution(req: Request) async throws -> HTML {
        try await EvolutionPageModel.load(request: req).page(strings: .from(req)).document(for: req)
    }

    @Sendable func wijkReport(req: Request) async throws -> HTML {
        try await WijkReportModel.load(request: req).page(strings: .from(req)).document(for: req)
    }

    /// The site's own CSS and JavaScript, from the bundle; only these names are served.
    @Sendable func asset(req: Request) async throws -> Response {
        let name = try req.parameters.require("name")
        let types = ["site.css": "text/css; charset=utf-8", "print.css": "text/css; charset=utf-8",
                     "site.js": "text/javascript; charset=utf-8"]
        guard let type = types[name],
              let url = Bundle.module.url(forResource: "public/\(name)", withExtension: nil, subdirectory: "Resources"),
              let data = try? Data(contentsOf: url)
        else { throw Abort(.notFound, reason: "onbekend bestand") }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
