import Platform
import Fluent
import SQLKit

struct M001_CreateAreaLevels: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M001_CreateAreaLevels" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "area_levels")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("sort_order", type: .int, .notNull)
            .column("kind", type: .text, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "area_levels").run()
    }
}
