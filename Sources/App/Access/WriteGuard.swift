import AccessDomain
import Storage
import Vapor

/// What a write handler receives once the guard let the request through.
struct WriteContext: Sendable {
    let principal: Principal?
    /// The organisation the write touches, when the route has one.
    let organisation: OrganisationModel?
}

extension RoutesBuilder {
    /// Registers a write route from the table in `WriteRoute`; the handler runs only when the rule allows it.
    func write(_ route: WriteRoute, use handler: @escaping @Sendable (Request, WriteContext) async throws -> Response) {
        on(.POST, route.pattern, body: .collect(maxSize: route.maximumBody)) { request in
            let context = try await WriteGuard.check(route, request)
            return try await handler(request, context)
        }
    }
}

enum WriteGuard {
    static func check(_ route: WriteRoute, _ request: Request) async throws -> WriteContext {
        var principal = request.principal
        if route.isAPI {
            // Only a token acts on the API: a browser's cookie must not (it would need CSRF protection there too).
            if case .session = principal?.credential { principal = nil }
        } else {
            if case .token = principal?.credential { throw Abort(.forbidden, reason: "formulieren werken niet met een API-sleutel") }
            try CSRF.verify(request)
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
    static func requirePage(_ rule: AccessRule, _ request: Request, organisation: OrganisationModel? = nil) throws -> Principal {
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
