import Fluent
import SQLKit

/// Accounts. `email` is stored normalised (lower case) and unique; the password only as a Bcrypt hash.
public struct M009_CreateUsers: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    public var name: String { "Storage.M009_CreateUsers" }

    public func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "users")
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

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "users").run()
    }
}
