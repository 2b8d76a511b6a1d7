import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The benchmark between cities (GET /demad/benchmark): for signed-in members of a participating organisation and
/// platform admins; aggregates only, suppressed as `DemadBenchmark` says.
struct DemadBenchmarkController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(DemadPath.Route.benchmark.pattern) { req in try await Self.show(req) }
    }

    /// Whether the principal may see the benchmark: a platform admin, or a member of a participating organisation.
    static func allowed(_ principal: Principal, store: DemadStore) async throws -> Bool {
        if principal.isPlatformAdmin { return true }
        return try await store.takesPart(organisationID: principal.organisationID)
    }

    static func show(_ req: Request) async throws -> Response {
        let principal = try DemadAccess.member(req)
        let store = DemadStore(database: req.db)
        guard try await allowed(principal, store: store) else {
            throw Abort(.forbidden, reason: "de benchmark is er voor de leden van de deelnemende steden; de beheerder van je organisatie zet de deelname aan op /demad")
        }
        let scale = DemadScale.standard
        var domain = scale.domainCodes[0]
        if let asked = try? req.query.get(String.self, at: "domein") {
            guard scale.domain(asked) != nil else { throw Abort(.badRequest, reason: "onbekend domein '\(asked)'; kies een van: \(scale.domainCodes.joined(separator: ", "))") }
            domain = asked
        }
        let result = try await store.benchmark(scale: scale)
        let names = Dictionary(result.participants.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        return DemadBenchmarkPage(language: req.language, table: result.table, names: names, ownCity: principal.organisationCode, domain: domain)
            .page().response(for: req)
    }
}
