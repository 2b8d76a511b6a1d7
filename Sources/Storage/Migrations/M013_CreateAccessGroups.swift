import Fluent
import SQLKit

/// Access groups, as in Swing: data reserved for the organisations that are members.
struct M013_CreateAccessGroups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(table: "access_groups")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("description", type: .text, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(table: "access_groups").run()
    }
}
