import Platform
import Fluent
import SQLKit

struct M002_CreateAreas: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M002_CreateAreas" }

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "areas")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("level_id", type: .bigint, .notNull, .references("area_levels", "id", onDelete: .cascade))
            .column("code", type: .text, .notNull)
            .column("short_name", type: .text, .notNull)
            .column("name", type: .text, .notNull)
            .column("sequence", type: .int, .notNull)
            .column("geometry", type: .text)
            .unique("level_id", "code")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "areas").run()
    }
}
