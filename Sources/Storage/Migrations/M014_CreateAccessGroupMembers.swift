import Fluent
import SQLKit

/// Which organisations belong to which access group; all their users see the group's data.
struct M014_CreateAccessGroupMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(table: "access_group_members")
            .column("group_id", type: .bigint, .notNull, .references("access_groups", "id", onDelete: .cascade))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .primaryKey("group_id", "organisation_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(table: "access_group_members").run()
    }
}
