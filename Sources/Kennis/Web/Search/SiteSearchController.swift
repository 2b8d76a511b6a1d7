import Platform
import Vapor

/// The site-wide search page (`/zoeken`): every pillar's documents, as this visitor may see them.
struct SiteSearchController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SitePath.Route.search.pattern) { req in
            try await SiteSearchPageModel.load(req).page().response(for: req)
        }
    }
}
