import AccessDomain
import Storage
import Vapor

/// Works out who is acting: a browser session (cookie) on pages, an API token (`Authorization: Bearer`) on the API.
/// A token is never taken from a cookie and a cookie never authorises an API write, so a forged cross-site request
/// to the API carries no credentials at all.
struct AccessMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Stylesheets and scripts are the same for everyone: no session look-up for them.
        if request.url.path.hasPrefix("/assets/") { return try await next.respond(to: request) }
        if let bearer = request.headers.bearerAuthorization?.token {
            guard let token = try await TokenService(database: request.db).authenticate(secret: bearer),
                  let principal = try await AccountService(database: request.db)
                      .principal(userID: token.userID, credential: .token(scope: token.scope))
            else {
                throw Abort(.unauthorized, reason: "deze API-sleutel is onbekend, verlopen of ingetrokken")
            }
            request.access = RequestAccess(principal: principal, session: nil)
        } else if let secret = request.cookies[SessionCookie.name]?.string, !secret.isEmpty,
                  let session = try await SessionService(database: request.db).find(secret: secret),
                  let principal = try await AccountService(database: request.db).principal(userID: session.userID, credential: .session) {
            request.access = RequestAccess(principal: principal, session: session)
        }
        return try await next.respond(to: request)
    }
}
