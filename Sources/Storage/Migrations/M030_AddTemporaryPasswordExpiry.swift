import Fluent
import SQLKit

/// When a password set by an admin (a new account or a reset) stops working. Null for a password the user chose:
/// existing accounts keep theirs as it is.
struct M030_AddTemporaryPasswordExpiry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).alter(table: "users")
            .column("temporary_password_expires_at", type: .timestamp)
            .run()
    }

    func revert(on database: any Database) async throws {
        // Plain SQL: both SQLite (3.35+) and PostgreSQL drop a column this way.
        try await (database as! any SQLDatabase).raw("ALTER TABLE users DROP COLUMN temporary_password_expires_at").run()
    }
}
