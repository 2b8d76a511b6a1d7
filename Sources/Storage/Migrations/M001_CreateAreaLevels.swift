import Fluent
import SQLKit

struct M001_CreateAreaLevels: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(table: "area_levels")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("sort_order", type: .int, .notNull)
            .column("kind", type: .text, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(table: "area_levels").run()
    }
}
