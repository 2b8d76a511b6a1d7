import AccessDomain
import Vapor

/// What the access layer learned about a request: who is acting (if anyone) and through which browser session.
public struct RequestAccess: Sendable {
    public var principal: Principal?
    public var session: SessionService.Session?
}

extension Request {
    private struct AccessKey: StorageKey { typealias Value = RequestAccess }

    public var access: RequestAccess {
        get { storage[AccessKey.self] ?? RequestAccess() }
        set { storage[AccessKey.self] = newValue }
    }

    /// The signed-in user or the token's owner; nil for anonymous visitors.
    public var principal: Principal? { access.principal }

    /// The signed-in user for a page: an API token does not open unpublished content (pages and their downloads are
    /// for people in a browser session).
    public var pagePrincipal: Principal? {
        if case .token = principal?.credential { return nil }
        return principal
    }

    /// The audit actor for changes made in this request.
    public var auditActor: AuditActor {
        principal.map(AuditActor.init) ?? .anonymous(address: clientAddress)
    }

    /// The peer address, for throttling. Behind a proxy every request shares the proxy's address; the per-account
    /// limit still holds then. X-Forwarded-For is not trusted, since any client can send it.
    public var clientAddress: String {
        remoteAddress?.ipAddress ?? "onbekend"
    }
}
