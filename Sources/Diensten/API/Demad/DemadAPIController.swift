import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// `GET /api/v1/demad/benchmark`: the benchmark's suppressed aggregates as JSON, for a token (or session) of a
/// member of a participating organisation, or a platform admin. Never a case.
struct DemadAPIController: RouteCollection {
    struct Cell: Content {
        let city: String
        let domain: String
        /// "shown", "suppressed" or "noData".
        let status: String
        /// "primary" or "secondary" when suppressed.
        let suppression: String?
        let cases: Int?
        let meanChange: Double?
        let improvedShare: Double?
    }

    struct Answer: Content {
        let scaleVersion: Int
        let minimumCases: Int
        let lastingMonths: Int
        let cities: [String]
        let domains: [String]
        let cells: [Cell]
        let totals: [Cell]
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(DemadAPIPath.Route.benchmark.pattern) { req in try await Self.benchmark(req) }
    }

    static func cell(city: String, domain: String, _ value: DemadBenchmark.Cell?) -> Cell {
        switch value {
        case .shown(let cases, let mean, let share)?:
            Cell(city: city, domain: domain, status: "shown", suppression: nil, cases: cases, meanChange: (mean * 1000).rounded() / 1000,
                 improvedShare: (share * 1000).rounded() / 1000)
        case .suppressed(let kind)?:
            Cell(city: city, domain: domain, status: "suppressed", suppression: kind.rawValue, cases: nil, meanChange: nil, improvedShare: nil)
        default:
            Cell(city: city, domain: domain, status: "noData", suppression: nil, cases: nil, meanChange: nil, improvedShare: nil)
        }
    }

    static func benchmark(_ req: Request) async throws -> Response {
        guard let principal = req.principal else {
            throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"], reason: "geef een API-sleutel mee (Authorization: Bearer …)")
        }
        let store = DemadStore(database: req.db)
        guard try await DemadBenchmarkController.allowed(principal, store: store) else {
            throw Abort(.forbidden, reason: "de benchmark is er voor de leden van de deelnemende steden")
        }
        let scale = DemadScale.standard
        let result = try await store.benchmark(scale: scale)
        let table = result.table
        let answer = Answer(
            scaleVersion: scale.version, minimumCases: table.minimumCases, lastingMonths: scale.lastingMonths, cities: table.cities, domains: table.domains,
            cells: table.cities.flatMap { city in table.domains.map { cell(city: city, domain: $0, table.cells[city]?[$0]) } },
            totals: table.domains.map { cell(city: "totaal", domain: $0, table.totals[$0]) })
        let response = try await answer.encodeResponse(for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }
}
