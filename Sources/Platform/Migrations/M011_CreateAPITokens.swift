import Fluent
import SQLKit

/// API tokens for scripts: only a SHA-256 of the secret is kept; `hint` is its first characters, to recognise it in a list.
public struct M011_CreateAPITokens: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    public var name: String { "Storage.M011_CreateAPITokens" }

    public func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "api_tokens")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("user_id", type: .bigint, .notNull, .references("users", "id", onDelete: .cascade))
            .column("name", type: .text, .notNull)
            .column("token_hash", type: .text, .notNull, .unique)
            .column("hint", type: .text, .notNull)
            .column("scope", type: .text, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .column("expires_at", type: .timestamp)
            .column("last_used_at", type: .timestamp)
            .column("revoked_at", type: .timestamp)
            .run()
    }

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "api_tokens").run()
    }
}
