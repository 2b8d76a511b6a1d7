import AccessDomain
import Vapor

/// Works out who is acting: a browser session (cookie) on pages, an API token (`Authorization: Bearer`) on the API.
/// A token is never taken from a cookie and a cookie never authorises an API write, so a forged cross-site request
/// to the API carries no credentials at all.
///
/// It runs on the event loop: a request without credentials, for an asset, or with a token this server authenticated
/// moments ago (`TokenPrincipalCache`) goes on without leaving it; only a look-up in the database runs as a task.
public struct AccessMiddleware: Middleware {
    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // Stylesheets and scripts are the same for everyone: no session look-up for them.
        if request.target.path.hasPrefix("/assets/") { return next.respond(to: request) }
        if let bearer = request.headers.bearerAuthorization?.token {
            let fingerprint = Secrets.fingerprint(bearer)
            if let principal = TokenPrincipalCache.shared.principal(fingerprint: fingerprint) {
                request.access = RequestAccess(principal: principal, session: nil)
                return next.respond(to: request)
            }
            return request.eventLoop.makeFutureWithTask { try await Self.authenticate(token: bearer, fingerprint: fingerprint, request) }
                .flatMap { next.respond(to: request) }
        }
        guard let secret = request.cookies[SessionCookie.name]?.string, !secret.isEmpty else { return next.respond(to: request) }
        return request.eventLoop.makeFutureWithTask { try await Self.authenticate(session: secret, request) }
            .flatMap { early in early.map { request.eventLoop.makeSucceededFuture($0) } ?? next.respond(to: request) }
    }

    static func authenticate(token bearer: String, fingerprint: String, _ request: Request) async throws {
        let cache = TokenPrincipalCache.shared
        let epoch = cache.epoch
        guard let token = try await TokenService(database: request.db).authenticate(secret: bearer),
              let principal = try await AccountService(database: request.db)
                  .principal(userID: token.userID, credential: .token(scope: token.scope))
        else {
            throw Abort(.unauthorized, reason: "deze API-sleutel is onbekend, verlopen of ingetrokken")
        }
        cache.store(principal, fingerprint: fingerprint, expiresAt: token.expiresAt, epoch: epoch)
        request.access = RequestAccess(principal: principal, session: nil)
    }

    /// Signs the request in with its session, if the session is valid; an answer of its own (a redirect to the
    /// password form) when the session came from a temporary password.
    static func authenticate(session secret: String, _ request: Request) async throws -> Response? {
        guard let session = try await SessionService(database: request.db).find(secret: secret),
              let acting = try await AccountService(database: request.db).actingUser(userID: session.userID, credential: .session)
        else { return nil }
        if let until = acting.temporaryPasswordExpiresAt {
            // A session from a temporary password past its time is over, like one of a disabled account.
            guard until > Date() else {
                try await SessionService(database: request.db).end(id: session.id)
                return nil
            }
            request.access = RequestAccess(principal: acting.principal, session: session)
            return try TemporaryPasswordSession.check(request)
        }
        request.access = RequestAccess(principal: acting.principal, session: session)
        return nil
    }
}

/// A session that signed in with a temporary password reaches the password form on the account page and signing
/// out, nothing else: other pages lead to the form, other writes are refused.
public enum TemporaryPasswordSession {
    public static let reason = "je bent aangemeld met een tijdelijk wachtwoord; kies eerst een eigen wachtwoord op Mijn account"

    public static func allows(_ request: Request) -> Bool {
        let path = request.target.path
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
