import DienstenDomain
import Foundation
import Platform
import Vapor

/// GET /api/v1/processing-register/{organisation}: a city's published activities as JSON, the same fields as the
/// public page (never the internal note, the DPIA answers or unpublished activities).
struct RegisterAPIController: RouteCollection {
    struct Body: Content {
        let organisation: String
        let name: String
        let activities: [ProcessingActivity]
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(RegisterAPIPath.Route.publicRegister.pattern) { req -> Response in
            let organisation = try await RegisterPublicController.organisation(req)
            let records = try await RegisterActivityStore(database: req.db).records(organisationID: organisation.id!, publishedOnly: true)
            return try Download.json(Body(organisation: organisation.code, name: organisation.name, activities: records.map(\.activity)),
                                     name: "verwerkingsregister-\(organisation.code).json")
        }
    }
}
