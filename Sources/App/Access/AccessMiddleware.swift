import AccessDomain
import Storage
import Vapor

/// Works out who is acting: a browser session (cookie) on pages, an API token (`Authorization: Bearer`) on the API.
/// A token is never taken from a cookie and a cookie never authorises an API write, so a forged cross-site request
/// to the API carries no credentials at all.
struct AccessMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
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

/// The cookies of the access layer: Secure (unless STADSBEELD_COOKIE_SECURE=0 for plain-HTTP test setups),
/// HttpOnly and SameSite=Strict, so scripts cannot read them and other sites cannot send them along.
enum SessionCookie {
    static let name = "stadsbeeld_sessie"
    static let csrfName = "stadsbeeld_csrf"

    static var secure: Bool { Environment.get("STADSBEELD_COOKIE_SECURE") != "0" }

    static func value(_ secret: String, maxAge: Int?) -> HTTPCookies.Value {
        HTTPCookies.Value(string: secret, expires: nil, maxAge: maxAge, domain: nil, path: "/",
                          isSecure: secure, isHTTPOnly: true, sameSite: .strict)
    }

    static func expired() -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/",
                          isSecure: secure, isHTTPOnly: true, sameSite: .strict)
    }
}
