import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// `GET /api/v1/parking/check?plate=&zone=&at=[&country=][&since=][&city=]`: whether a plate may be in a zone at a
/// moment, for enforcement and cameras. Only with an API token (read scope suffices) of a member of the city: the
/// token's organisation is the city whose register answers; a platform admin's token may name another with `city`.
/// A plate that is not a plate or a bad moment → 400, an unknown zone → 404, always as JSON with `field` and `message`.
struct ParkingAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(ParkingAPIPath.Route.check.pattern) { req in try await Self.check(req) }
    }

    struct RightBody: Encodable {
        let id: String
        let kind: String
        let plates: [String]
        let zones: [String]
        let validFrom: String
        let validUntil: String?
        let legalBasis: String
    }

    struct ReasonBody: Encodable {
        let code: String
        let text: String
    }

    struct CheckBody: Encodable {
        let allowed: Bool
        let plate: String
        let zone: String
        let at: String
        let rights: [RightBody]
        let reason: ReasonBody
    }

    struct ErrorBody: Encodable {
        let error: Bool
        let status: Int
        let message: String
        let field: String
    }

    static func error(_ status: HTTPResponseStatus, _ message: String, field: String, headers extra: HTTPHeaders = [:]) throws -> Response {
        var headers = extra
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(data: try JSONEncoder().encode(ErrorBody(error: true, status: Int(status.code), message: message, field: field))))
    }

    static func check(_ req: Request) async throws -> Response {
        guard let principal = req.principal, case .token = principal.credential else {
            return try error(.unauthorized, "send an API token of the city (Authorization: Bearer …)", field: "Authorization",
                             headers: ["WWW-Authenticate": "Bearer"])
        }
        var organisationID = principal.organisationID
        if let city = req.query[String.self, at: "city"], !city.isEmpty, city != principal.organisationCode {
            guard principal.isPlatformAdmin else { return try error(.forbidden, "this token belongs to another city", field: "city") }
            guard let other = try await OrganisationService(database: req.db).find(code: city), let id = other.id else {
                return try error(.notFound, "\"\(city)\" is not an organisation", field: "city")
            }
            organisationID = id
        }
        let plate = req.query[String.self, at: "plate"] ?? ""
        let zone = req.query[String.self, at: "zone"] ?? ""
        let country = req.query[String.self, at: "country"] ?? "BE"
        guard !zone.isEmpty else { return try error(.badRequest, "zone is required", field: "zone") }
        let at: Date
        if let text = req.query[String.self, at: "at"], !text.isEmpty {
            guard let parsed = ParkingMoments.parse(text) else {
                return try error(.badRequest, "at must be an ISO 8601 moment with an offset, e.g. 2026-03-02T10:30:00+01:00", field: "at")
            }
            at = parsed
        } else {
            at = Date()
        }
        var since: Date?
        if let text = req.query[String.self, at: "since"], !text.isEmpty {
            guard let parsed = ParkingMoments.parse(text) else {
                return try error(.badRequest, "since must be an ISO 8601 moment with an offset", field: "since")
            }
            since = parsed
        }
        let outcome = try await ParkingChecking.run(req, organisationID: organisationID, plate: plate, country: country, zone: zone,
                                                     at: at, since: since, channel: "api")
        switch outcome {
        case .failure(.badPlate(let problem)): return try error(.badRequest, "plate: \(problem.description)", field: "plate")
        case .failure(.unknownZone(let code)): return try error(.notFound, "zone \"\(code)\" is not a zone of this city", field: "zone")
        case .success(let answer):
            let body = CheckBody(
                allowed: answer.result.allowed, plate: answer.plate.display, zone: zone, at: ParkingMoments.text(at),
                rights: answer.result.rights.map { right in
                    RightBody(id: right.id, kind: right.kind.rawValue, plates: right.plates.map(\.display), zones: right.zones,
                              validFrom: ParkingMoments.text(right.validFrom), validUntil: right.validUntil.map(ParkingMoments.text),
                              legalBasis: right.legalBasis)
                },
                reason: ReasonBody(code: answer.result.reason.code, text: answer.result.reason.description))
            var headers = HTTPHeaders()
            headers.contentType = .json
            headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return Response(status: .ok, headers: headers, body: .init(data: try ParkingChecking.encoder.encode(body)))
        }
    }
}

/// Moments as the API reads and writes them: ISO 8601 with an offset (seconds, optionally with a fraction).
enum ParkingMoments {
    static func parse(_ text: String) -> Date? {
        guard text.count <= 40 else { return nil }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// Brussels local time with its offset, e.g. 2026-03-02T10:30:00+01:00.
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: TimeZone(identifier: "Europe/Brussels")!))
    }
}

/// The check itself, shared by the API and the form: the register from memory, the answer, the log entry.
enum ParkingChecking {
    struct Answer: Sendable {
        let plate: LicencePlate
        let result: CheckResult
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func run(_ req: Request, organisationID: Int, plate text: String, country: String, zone: String, at: Date, since: Date?,
                    channel: String) async throws -> Result<Answer, CheckError> {
        let plate: LicencePlate
        do { plate = try LicencePlate(text, country: country.isEmpty ? "BE" : country) } catch { return .failure(.badPlate(error)) }
        let registry = req.application.parkingRegistry
        let entry = try await registry.entry(for: organisationID, database: req.db)
        let result: CheckResult
        do { result = try entry.register.check(plate: plate, zone: zone, at: at, parkedSince: since) } catch { return .failure(error) }
        if entry.checkLogDays > 0 {
            let now = Date()
            let full = registry.log.append(ParkingCheckLogEntry(
                organisationID: organisationID, plateKey: plate.key, zone: zone, checkedAt: now, allowed: result.allowed, reason: result.reason.code,
                channel: channel, deleteAfter: now.addingTimeInterval(TimeInterval(entry.checkLogDays) * 86_400)))
            if full {
                let database = req.application.db
                let logger = req.logger
                Task { do { try await registry.log.flush(database) } catch { logger.warning("parking: controlelog niet geschreven: \(error)") } }
            }
        }
        return .success(Answer(plate: plate, result: result))
    }
}
