import Fluent
import SQLKit

/// Keys the site signs links with (newsletter confirmation and unsubscribe), made once and shared by every app server.
public struct M044_CreateSigningKeys: AsyncMigration {
    public var name: String { "Platform.M044_CreateSigningKeys" }

    public func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "signing_keys")
            .column("name", type: .text, .primaryKey(autoIncrement: false))
            .column("secret", type: .text, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .run()
    }

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "signing_keys").run()
    }
}
