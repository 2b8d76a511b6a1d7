import Fluent
import SQLKit

/// Which organisations belong to which access group; all their users see the group's data.
public struct M014_CreateAccessGroupMembers: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    public var name: String { "Storage.M014_CreateAccessGroupMembers" }

    public func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "access_group_members")
            .column("group_id", type: .bigint, .notNull, .references("access_groups", "id", onDelete: .cascade))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .primaryKey("group_id", "organisation_id")
            .run()
    }

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "access_group_members").run()
    }
}
