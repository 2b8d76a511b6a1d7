import AccessDomain
import Vapor

/// Works out who is acting: a browser session (cookie) on pages, an API token (`Authorization: Bearer`) on the API.
/// A token is never taken from a cookie and a cookie never authorises an API write, so a forged cross-site request
/// to the API carries no credentials at all.
public struct AccessMiddleware: AsyncMiddleware {
    public func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Stylesheets and scripts are the same for everyone: no session look-up for them.
        if request.url.path.hasPrefix("/assets/") { return try await next.respond(to: request) }
        if let bearer = request.headers.bearerAuthorization?.token {
            let cache = TokenPrincipalCache.shared
            let fingerprint = Secrets.fingerprint(bearer)
            if let principal = cache.principal(fingerprint: fingerprint) {
                request.access = RequestAccess(principal: principal, session: nil)
                return try await next.respond(to: request)
            }
            let epoch = cache.epoch
            guard let token = try await TokenService(database: request.db).authenticate(secret: bearer),
                  let principal = try await AccountService(database: request.db)
                      .principal(userID: token.userID, credential: .token(scope: token.scope))
            else {
                throw Abort(.unauthorized, reason: "deze API-sleutel is onbekend, verlopen of ingetrokken")
            }
            cache.store(principal, fingerprint: fingerprint, expiresAt: token.expiresAt, epoch: epoch)
            request.access = RequestAccess(principal: principal, session: nil)
        } else if let secret = request.cookies[SessionCookie.name]?.string, !secret.isEmpty,
                  let session = try await SessionService(database: request.db).find(secret: secret),
                  let acting = try await AccountService(database: request.db).actingUser(userID: session.userID, credential: .session) {
            if let until = acting.temporaryPasswordExpiresAt {
                // A session from a temporary password past its time is over, like one of a disabled account.
                guard until > Date() else {
                    try await SessionService(database: request.db).end(id: session.id)
                    return try await next.respond(to: request)
                }
                request.access = RequestAccess(principal: acting.principal, session: session)
                if let redirect = try TemporaryPasswordSession.check(request) { return redirect }
            } else {
                request.access = RequestAccess(principal: acting.principal, session: session)
            }
        }
        return try await next.respond(to: request)
    }
}

/// A session that signed in with a temporary password reaches the password form on the account page and signing
/// out, nothing else: other pages lead to the form, other writes are refused.
public enum TemporaryPasswordSession {
    public static let reason = "je bent aangemeld met een tijdelijk wachtwoord; kies eerst een eigen wachtwoord op Mijn account"

    public static func allows(_ request: Request) -> Bool {
        let path = request.url.path
        switch request.method {
        case .GET, .HEAD: return path == AccessPath.account.path
        case .POST: return path == AccessPath.accountPassword.path || path == AccessPath.signOut.path
        default: return false
        }
    }

    /// Nil when the request may go on; a redirect to the password form for a page; 403 for any other write.
    public static func check(_ request: Request) throws -> Response? {
        guard !allows(request) else { return nil }
        guard request.method == .GET || request.method == .HEAD else { throw Abort(.forbidden, reason: reason) }
        return request.redirect(to: AccessPath.account.path, redirectType: .normal)
    }
}
