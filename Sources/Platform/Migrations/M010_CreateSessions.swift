import Fluent
import SQLKit

/// Browser sessions. The key is the SHA-256 of the cookie's value, so a copy of the database opens no session.
public struct M010_CreateSessions: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    public var name: String { "Storage.M010_CreateSessions" }

    public func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "sessions")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("csrf_token", type: .text, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .column("expires_at", type: .timestamp, .notNull)
            .column("last_seen_at", type: .timestamp, .notNull)
            .run()
        try await sql.create(index: "sessions_user").on("sessions").column("user_id").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "sessions").run()
    }
}
