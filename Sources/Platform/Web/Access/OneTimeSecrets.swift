import AccessDomain
import Foundation
import Synchronization

/// A new API key's secret between the POST that made it and the page that shows it (POST-redirect-GET): kept in
/// this process's memory only, tied to the browser session, for a few minutes, and handed out once. It never goes
/// into a URL, a cookie, the database or a log. Behind several processes the GET may reach another one; the page
/// then says the key was made but cannot be shown, and the user revokes it and makes a new one.
public final class OneTimeSecrets: Sendable {
    public struct Entry: Sendable {
        public let userID: Int
        public let name: String
        public let scope: TokenScope
        public let secret: String
        public let until: Date
    }

    public static let shared = OneTimeSecrets()
    public static let lifetime: TimeInterval = 5 * 60
    /// Older entries go first past this many; a few people make keys at the same moment.
    public static let capacity = 1_000

    private let entries = Mutex<[String: Entry]>([:])

    public func put(session: String, userID: Int, name: String, scope: TokenScope, secret: String, now: Date = Date()) {
        entries.withLock { entries in
            entries = entries.filter { $0.value.until > now }
            if entries.count >= Self.capacity, let oldest = entries.min(by: { $0.value.until < $1.value.until })?.key {
                entries[oldest] = nil
            }
            entries[session] = Entry(userID: userID, name: name, scope: scope, secret: secret, until: now.addingTimeInterval(Self.lifetime))
        }
    }

    /// The entry of this session and user, removed as it is read; nil when there is none, it is for someone else or it expired.
    public func take(session: String, userID: Int, now: Date = Date()) -> Entry? {
        entries.withLock { entries in
            guard let entry = entries.removeValue(forKey: session), entry.userID == userID, entry.until > now else { return nil }
            return entry
        }
    }
}
