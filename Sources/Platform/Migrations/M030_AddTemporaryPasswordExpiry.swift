import Fluent
import SQLKit

/// When a password set by an admin (a new account or a reset) stops working. Null for a password the user chose:
/// existing accounts keep theirs as it is.
public struct M030_AddTemporaryPasswordExpiry: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    public var name: String { "Storage.M030_AddTemporaryPasswordExpiry" }

    public func prepare(on database: any Database) async throws {
        try await database.sql.alter(table: "users")
            .column("temporary_password_expires_at", type: .timestamp)
            .run()
    }

    public func revert(on database: any Database) async throws {
        // Plain SQL: both SQLite (3.35+) and PostgreSQL drop a column this way.
        try await database.sql.raw("ALTER TABLE users DROP COLUMN temporary_password_expires_at").run()
    }
}
