import AccessDomain
import Fluent
import Foundation
import SQLKit

/// Browser sessions stored in the database. The cookie carries a random secret; the table keeps its fingerprint.
/// A session ends after `idleTimeout` without use, and at the latest `lifetime` after sign-in.
public struct SessionService: Sendable {
    public let database: any Database
    public static let idleTimeout: TimeInterval = 2 * 3600
    public static let lifetime: TimeInterval = 12 * 3600

    public init(database: any Database) { self.database = database }

    public struct Session: Sendable, Equatable {
        public let id: String
        public let userID: Int
        public let csrfToken: String
        public let expiresAt: Date
    }

    /// A new session with a new secret (never one the browser brought along) and its own CSRF token.
    public func start(userID: Int, now: Date = Date()) async throws -> (secret: String, session: Session) {
        let secret = Secrets.random()
        let session = Session(id: Secrets.fingerprint(secret), userID: userID, csrfToken: Secrets.random(),
                              expiresAt: now.addingTimeInterval(Self.lifetime))
        try await database.sql.insert(into: "sessions")
            .columns("id", "user_id", "csrf_token", "created_at", "expires_at", "last_seen_at")
            .values(SQLBind(session.id), SQLBind(userID), SQLBind(session.csrfToken), SQLBind(now),
                    SQLBind(session.expiresAt), SQLBind(now))
            .run()
        return (secret, session)
    }

    /// The live session for a cookie's secret, or nil when unknown, idle too long or expired (then it is removed).
    public func find(secret: String, now: Date = Date()) async throws -> Session? {
        let sql = database.sql
        let id = Secrets.fingerprint(secret)
        guard let row = try await sql.select().columns("user_id", "csrf_token", "expires_at", "last_seen_at")
            .from("sessions").where("id", .equal, SQLBind(id)).first()
        else { return nil }
        let expires = try row.decode(column: "expires_at", as: Date.self)
        let lastSeen = try row.decode(column: "last_seen_at", as: Date.self)
        guard expires > now, now.timeIntervalSince(lastSeen) < Self.idleTimeout else {
            try await end(id: id)
            return nil
        }
        // Written at most once a minute, so reading pages does not turn into a stream of writes.
        if now.timeIntervalSince(lastSeen) > 60 {
            try await sql.update("sessions").set("last_seen_at", to: SQLBind(now)).where("id", .equal, SQLBind(id)).run()
        }
        return Session(id: id, userID: try row.decode(column: "user_id", as: Int.self),
                       csrfToken: try row.decode(column: "csrf_token", as: String.self), expiresAt: expires)
    }

    public func end(id: String) async throws {
        try await database.sql.delete(from: "sessions").where("id", .equal, SQLBind(id)).run()
    }

    public func endAll(userID: Int, except keep: String? = nil) async throws {
        var query = database.sql.delete(from: "sessions").where("user_id", .equal, SQLBind(userID))
        if let keep { query = query.where("id", .notEqual, SQLBind(keep)) }
        try await query.run()
    }

    /// Removes sessions that can no longer be used; run now and then.
    public func purge(now: Date = Date()) async throws {
        try await database.sql.delete(from: "sessions")
            .where("expires_at", .lessThan, SQLBind(now))
            .orWhere("last_seen_at", .lessThan, SQLBind(now.addingTimeInterval(-Self.idleTimeout)))
            .run()
    }
}
