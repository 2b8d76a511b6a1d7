import DienstenDomain
import Foundation
import Platform
import Vapor

/// `GET /api/v1/rights[?municipality=NIS]`: the rights (all, or what applies in one municipality);
/// `GET /api/v1/rights/{key}`: one right whole. An unknown or malformed NIS code answers 400, an unknown key 404.
struct RightsAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(RightsAPIPath.Route.rights.pattern, use: rights)
        routes.get(RightsAPIPath.Route.right.pattern, use: right)
    }

    @Sendable func rights(req: Request) async throws -> RightsAPI.ListDTO {
        let municipality = try Self.municipality(req.query[String.self, at: "municipality"])
        let found = try await RightsStore(database: req.db).rights(municipality: municipality)
        let base = req.siteBaseURL
        return RightsAPI.ListDTO(items: found.map { RightsAPI.ItemDTO($0, base: base) })
    }

    @Sendable func right(req: Request) async throws -> RightsAPI.RightDTO {
        let key = try req.parameters.require("key")
        guard let found = try await RightsStore(database: req.db).right(key: key) else {
            throw Abort(.notFound, reason: "recht '\(key.prefix(80))' bestaat niet (of is gearchiveerd)")
        }
        return RightsAPI.RightDTO(found, base: req.siteBaseURL)
    }

    /// The `municipality` parameter: absent or empty → nil (all rights); else a known NIS code, or 400.
    static func municipality(_ value: String?) throws -> String? {
        guard let text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard Municipalities.isNISCode(text) else {
            throw Abort(.badRequest, reason: "municipality '\(text.prefix(40))' is geen NIS-code (vijf cijfers, bv. 44021 voor Gent)")
        }
        guard Municipalities.named(text) != nil else {
            throw Abort(.badRequest, reason: "municipality '\(text)' is geen gemeente van Vlaanderen of Brussel (NIS-code 2024)")
        }
        return text
    }
}
