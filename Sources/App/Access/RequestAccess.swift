import AccessDomain
import Storage
import Vapor

/// What the access layer learned about a request: who is acting (if anyone) and through which browser session.
struct RequestAccess: Sendable {
    var principal: Principal?
    var session: SessionService.Session?
}

extension Request {
    private struct AccessKey: StorageKey { typealias Value = RequestAccess }

    var access: RequestAccess {
        get { storage[AccessKey.self] ?? RequestAccess() }
        set { storage[AccessKey.self] = newValue }
    }

    /// The signed-in user or the token's owner; nil for anonymous visitors.
    var principal: Principal? { access.principal }

    /// The catalog this request may see: restricted indicators and levels are left out unless the viewer's
    /// organisation is in the access group. Every page, API route and export asks here, never the store directly.
    func catalog() async -> Catalog {
        let principal = principal
        return await application.catalogStore.current(forOrganisation: principal?.organisationID,
                                                      seesEverything: principal?.isPlatformAdmin ?? false)
    }

    /// The audit actor for changes made in this request.
    var auditActor: AuditActor {
        principal.map(AuditActor.init) ?? .anonymous(address: clientAddress)
    }

    /// The peer address, for throttling. Behind a proxy every request shares the proxy's address; the per-account
    /// limit still holds then. X-Forwarded-For is not trusted, since any client can send it.
    var clientAddress: String {
        remoteAddress?.ipAddress ?? "onbekend"
    }
}
