import Fluent
import SQLKit

/// Access groups, as in Swing: data reserved for the organisations that are members.
public struct M013_CreateAccessGroups: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    public var name: String { "Storage.M013_CreateAccessGroups" }

    public func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "access_groups")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("description", type: .text, .notNull)
            .run()
    }

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "access_groups").run()
    }
}
