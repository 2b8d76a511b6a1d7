import AccessDomain
import Vapor

/// What a write handler receives once the guard let the request through.
public struct WriteContext: Sendable {
    public let principal: Principal?
    /// The organisation the write touches, when the route has one.
    public let organisation: OrganisationModel?
}

extension RoutesBuilder {
    /// Registers a write route from the table in `WriteRoute`; the handler runs only when the rule allows it.
    /// The body is streamed: the guard decides on the headers (cookie or token, rule, organisation) before a byte of
    /// it is read, so an anonymous or forbidden upload costs nothing; only then is a form's body collected.
    public func write(_ route: WriteRoute, use handler: @escaping @Sendable (Request, WriteContext) async throws -> Response) {
        on(.POST, route.pattern, body: .stream) { request in
            let context = try await WriteGuard.check(route, request)
            return try await handler(request, context)
        }
    }
}

public enum WriteGuard {
    /// Authorises the request on its headers, refuses a declared body above the route's limit (413), and for forms
    /// collects the body within that limit and verifies the CSRF token. Upload routes read their body afterwards
    /// with `readUpload`.
    public static func check(_ route: WriteRoute, _ request: Request) async throws -> WriteContext {
        let context = try await authorise(route, request)
        let limit = route.maximumBody.value
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit {
            throw UploadLimit.tooLarge(limit)
        }
        guard !route.streamsUpload else { return context }
        try await collect(route, request)
        if !route.isAPI { try CSRF.verify(request) }
        return context
    }

    /// Collects a (small) body in memory within the route's limit, so `request.content` can decode it.
    private static func collect(_ route: WriteRoute, _ request: Request) async throws {
        let limit = route.maximumBody.value
        do {
            // Vapor refuses a body that reaches `max`, so one more byte than the limit.
            _ = try await request.eventLoop.flatSubmit { request.body.collect(max: limit + 1) }.get()
        } catch let abort as Abort where abort.status == .payloadTooLarge {
            throw UploadLimit.tooLarge(limit)
        }
    }

    /// The multipart body of an upload route, read after `check` allowed it: files streamed into `directory`, the
    /// whole body within the route's limit (413 once it passes), and for forms the CSRF token verified.
    public static func readUpload(_ route: WriteRoute, _ request: Request, into directory: URL) async throws -> StreamedForm {
        precondition(route.streamsUpload, "\(route) is not an upload route")
        guard request.headers.contentType?.type == "multipart" else {
            // No upload at all (a plain form): its CSRF token is checked as for any form; it carries no files.
            try await collect(route, request)
            if !route.isAPI { try CSRF.verify(request) }
            return StreamedForm()
        }
        let form = try await StreamedForm.read(request, limit: route.maximumBody.value, into: directory)
        if !route.isAPI { try CSRF.verify(request, submitted: form.value(CSRF.field)) }
        return form
    }

    /// The rule, on the headers only.
    private static func authorise(_ route: WriteRoute, _ request: Request) async throws -> WriteContext {
        var principal = request.principal
        if route.isAPI {
            // Only a token acts on the API: a browser's cookie must not (it would need CSRF protection there too).
            if case .session = principal?.credential { principal = nil }
        } else {
            if case .token = principal?.credential { throw Abort(.forbidden, reason: "formulieren werken niet met een API-sleutel") }
        }
        var organisation: OrganisationModel?
        switch route.target {
        case .none: break
        case .organisationInPath:
            let code = try request.parameters.require("organisation")
            organisation = try await OrganisationService(database: request.db).find(code: code)
            guard organisation != nil else { throw Abort(.notFound, reason: "die organisatie bestaat niet") }
        case .ownOrganisation:
            if let id = principal?.organisationID { organisation = try await OrganisationService(database: request.db).find(id: id) }
        }
        switch Authorization.decide(route.rule, principal: principal, targetOrganisation: organisation?.id) {
        case .allowed:
            return WriteContext(principal: principal, organisation: organisation)
        case .signInRequired:
            throw route.isAPI
                ? Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"], reason: "geef een API-sleutel mee (Authorization: Bearer …)")
                : Abort(.unauthorized, reason: "meld je eerst aan")
        case .denied(let reason):
            throw Abort(.forbidden, reason: reason)
        }
    }

    /// The same rule for pages that show what only some may see (member lists, administration).
    public static func requirePage(_ rule: AccessRule, _ request: Request, organisation: OrganisationModel? = nil) throws -> Principal {
        var principal = request.principal
        if case .token = principal?.credential { principal = nil }
        switch Authorization.decide(rule, principal: principal, targetOrganisation: organisation?.id) {
        case .allowed:
            guard let principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
            return principal
        case .signInRequired: throw Abort(.unauthorized, reason: "meld je eerst aan")
        case .denied(let reason): throw Abort(.forbidden, reason: reason)
        }
    }
}
