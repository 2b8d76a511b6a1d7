import Fluent
import SQLKit

/// Accounts. `email` is stored normalised (lower case) and unique; the password only as a Bcrypt hash.
struct M009_CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(table: "users")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id"))
            .column("email", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("password_hash", type: .text, .notNull)
            .column("role", type: .text, .notNull)
            .column("disabled_at", type: .timestamp)
            .column("created_at", type: .timestamp, .notNull)
            .column("password_changed_at", type: .timestamp, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(table: "users").run()
    }
}
