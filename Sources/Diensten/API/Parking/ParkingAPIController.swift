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
        routes.get(ParkingAPIPath.Route.check.pattern) { req -> EventLoopFuture<Response> in Self.check(req) }
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

    /// What the query asks, read once (without Vapor's form decoder, see `QueryValues`).
    struct Question {
        let plate: String
        let zone: String
        let country: String
        let at: Date
        let since: Date?
        let city: String?
    }

    enum Refusal: Error {
        case answer(Response)
    }

    /// Answers on the event loop when the city's register in memory is fresh (the usual case for a camera asking
    /// many times a second); otherwise the organisation and the register are looked up in a task.
    static func check(_ req: Request) -> EventLoopFuture<Response> {
        do {
            guard let principal = req.principal, case .token = principal.credential else {
                return req.eventLoop.makeSucceededFuture(try error(
                    .unauthorized, "send an API token of the city (Authorization: Bearer …)", field: "Authorization",
                    headers: ["WWW-Authenticate": "Bearer"]))
            }
            let question: Question
            switch try read(req) {
            case .success(let read): question = read
            case .failure(.answer(let response)): return req.eventLoop.makeSucceededFuture(response)
            }
            let own = question.city == nil || question.city == principal.organisationCode
            if own, let entry = req.application.parkingRegistry.freshEntry(for: principal.organisationID) {
                return req.eventLoop.makeSucceededFuture(
                    try answer(req, question, ParkingChecking.evaluate(req, entry: entry, organisationID: principal.organisationID,
                                                                       plate: question.plate, country: question.country, zone: question.zone,
                                                                       at: question.at, since: question.since, channel: "api")))
            }
            return req.eventLoop.makeFutureWithTask { try await checkLookingUp(req, principal: principal, question) }
        } catch {
            return req.eventLoop.makeFailedFuture(error)
        }
    }

    static func checkLookingUp(_ req: Request, principal: Principal, _ question: Question) async throws -> Response {
        var organisationID = principal.organisationID
        if let city = question.city, city != principal.organisationCode {
            guard principal.isPlatformAdmin else { return try error(.forbidden, "this token belongs to another city", field: "city") }
            guard let other = try await OrganisationService(database: req.db).find(code: city), let id = other.id else {
                return try error(.notFound, "\"\(city)\" is not an organisation", field: "city")
            }
            organisationID = id
        }
        let outcome = try await ParkingChecking.run(req, organisationID: organisationID, plate: question.plate, country: question.country,
                                                     zone: question.zone, at: question.at, since: question.since, channel: "api")
        return try answer(req, question, outcome)
    }

    static func read(_ req: Request) throws -> Result<Question, Refusal> {
        let query = req.queryValues
        let city = query["city"].flatMap { $0.isEmpty ? nil : $0 }
        let zone = query["zone"] ?? ""
        guard !zone.isEmpty else { return .failure(.answer(try error(.badRequest, "zone is required", field: "zone"))) }
        let at: Date
        if let text = query["at"], !text.isEmpty {
            guard let parsed = ParkingMoments.parse(text) else {
                return .failure(.answer(try error(.badRequest, "at must be an ISO 8601 moment with an offset, e.g. 2026-03-02T10:30:00+01:00", field: "at")))
            }
            at = parsed
        } else {
            at = Date()
        }
        var since: Date?
        if let text = query["since"], !text.isEmpty {
            guard let parsed = ParkingMoments.parse(text) else {
                return .failure(.answer(try error(.badRequest, "since must be an ISO 8601 moment with an offset", field: "since")))
            }
            since = parsed
        }
        return .success(Question(plate: query["plate"] ?? "", zone: zone, country: query["country"] ?? "BE", at: at, since: since, city: city))
    }

    static func answer(_ req: Request, _ question: Question, _ outcome: Result<ParkingChecking.Answer, CheckError>) throws -> Response {
        switch outcome {
        case .failure(.badPlate(let problem)): return try error(.badRequest, "plate: \(problem.description)", field: "plate")
        case .failure(.unknownZone(let code)): return try error(.notFound, "zone \"\(code)\" is not a zone of this city", field: "zone")
        case .success(let answer):
            // Written by hand (keys in alphabetical order, as the OpenAPI document shows them): the encoder was a
            // tenth of the time of a check.
            var json = JSONBytes()
            json.beginObject()
            json.member("allowed", answer.result.allowed)
            json.member("at", ParkingMoments.text(question.at))
            json.member("plate", answer.plate.display)
            json.key("reason")
            json.beginObject()
            json.member("code", answer.result.reason.code)
            json.member("text", answer.result.reason.description)
            json.endObject()
            json.key("rights")
            json.beginArray()
            for right in answer.result.rights {
                json.beginObject()
                json.member("id", right.id)
                json.member("kind", right.kind.rawValue)
                json.member("legalBasis", right.legalBasis)
                json.member("plates", strings: right.plates.map(\.display))
                json.member("validFrom", ParkingMoments.text(right.validFrom))
                if let until = right.validUntil { json.member("validUntil", ParkingMoments.text(until)) }
                json.member("zones", strings: right.zones)
                json.endObject()
            }
            json.endArray()
            json.member("zone", question.zone)
            json.endObject()
            var headers = HTTPHeaders()
            headers.contentType = .json
            headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return Response(status: .ok, headers: headers, body: .init(buffer: json.buffer))
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
        date.formatted(style)
    }

    private static let style = Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: TimeZone(identifier: "Europe/Brussels")!)
}

/// The check itself, shared by the API and the form: the register from memory, the answer, the log entry.
enum ParkingChecking {
    struct Answer: Sendable {
        let plate: LicencePlate
        let result: CheckResult
    }

    static func run(_ req: Request, organisationID: Int, plate text: String, country: String, zone: String, at: Date, since: Date?,
                    channel: String) async throws -> Result<Answer, CheckError> {
        let plate: LicencePlate
        do { plate = try LicencePlate(text, country: country.isEmpty ? "BE" : country) } catch { return .failure(.badPlate(error)) }
        let entry = try await req.application.parkingRegistry.entry(for: organisationID, database: req.db)
        return evaluate(req, entry: entry, organisationID: organisationID, plate: plate, zone: zone, at: at, since: since, channel: channel)
    }

    /// The check against a register already in memory, and its log entry; waits for nothing.
    static func evaluate(_ req: Request, entry: ParkingRegistry.Entry, organisationID: Int, plate text: String, country: String,
                         zone: String, at: Date, since: Date?, channel: String) -> Result<Answer, CheckError> {
        let plate: LicencePlate
        do { plate = try LicencePlate(text, country: country.isEmpty ? "BE" : country) } catch { return .failure(.badPlate(error)) }
        return evaluate(req, entry: entry, organisationID: organisationID, plate: plate, zone: zone, at: at, since: since, channel: channel)
    }

    static func evaluate(_ req: Request, entry: ParkingRegistry.Entry, organisationID: Int, plate: LicencePlate, zone: String,
                         at: Date, since: Date?, channel: String) -> Result<Answer, CheckError> {
        let registry = req.application.parkingRegistry
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
