import Fluent
import SQLKit

/// Browser sessions. The key is the SHA-256 of the cookie's value, so a copy of the database opens no session.
struct M010_CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
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

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(table: "sessions").run()
    }
}
