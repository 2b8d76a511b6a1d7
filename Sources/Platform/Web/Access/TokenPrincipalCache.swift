import AccessDomain
import Foundation
import Synchronization

/// The principals of recently authenticated API tokens, so a client that sends many requests (a camera asking the
/// parking check thousands of times a second) does not cost two database queries each. An entry is kept for
/// `lifetime` seconds at most (and never past the token's own expiry); every audited change in this process — revoking
/// a token, disabling a user, a new role, a reset — empties the cache at once, since each is recorded through
/// `AuditLog`. A change made by another server or a command in another process reaches this one within `lifetime`:
/// that is the longest a revoked token can still be used (docs/access.md).
public final class TokenPrincipalCache: Sendable {
    public static let shared = TokenPrincipalCache()
    /// Seconds an entry is trusted.
    public static let lifetime: TimeInterval = 2
    /// Beyond this many tokens the cache starts again empty (a bound on memory, not an eviction policy).
    static let capacity = 10_000

    struct Entry: Sendable {
        let principal: Principal
        let until: Date
        let epoch: UInt64
    }

    private struct State: Sendable {
        var entries: [String: Entry] = [:]
        var epoch: UInt64 = 0
    }

    private let state = Mutex(State())

    /// The principal for a token fingerprint, if it was authenticated less than `lifetime` ago and nothing changed since.
    public func principal(fingerprint: String, now: Date = Date()) -> Principal? {
        state.withLock { state in
            guard let entry = state.entries[fingerprint], entry.epoch == state.epoch, entry.until > now else { return nil }
            return entry.principal
        }
    }

    /// The epoch to pass to `store` after a look-up in the database: a change during the look-up makes the entry stale.
    public var epoch: UInt64 { state.withLock { $0.epoch } }

    public func store(_ principal: Principal, fingerprint: String, expiresAt: Date?, epoch: UInt64, now: Date = Date()) {
        let until = min(now.addingTimeInterval(Self.lifetime), expiresAt ?? .distantFuture)
        state.withLock { state in
            guard epoch == state.epoch else { return }
            if state.entries.count >= Self.capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[fingerprint] = Entry(principal: principal, until: until, epoch: epoch)
        }
    }

    /// Forgets every entry: called for each audited change.
    public func invalidate() {
        state.withLock { state in
            state.epoch &+= 1
            state.entries.removeAll(keepingCapacity: true)
        }
    }
}
