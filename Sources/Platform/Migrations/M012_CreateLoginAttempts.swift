import Fluent
import SQLKit

/// Login attempts, for throttling per account (the address typed, existing or not) and per network address.
public struct M012_CreateLoginAttempts: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    public var name: String { "Storage.M012_CreateLoginAttempts" }

    public func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "login_attempts")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("account", type: .text, .notNull)
            .column("address", type: .text, .notNull)
            .column("succeeded", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("attempted_at", type: .timestamp, .notNull)
            .run()
        try await sql.create(index: "login_attempts_account").on("login_attempts").column("account").column("attempted_at").run()
        try await sql.create(index: "login_attempts_address").on("login_attempts").column("address").column("attempted_at").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "login_attempts").run()
    }
}
