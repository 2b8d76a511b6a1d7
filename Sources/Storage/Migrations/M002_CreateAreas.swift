import Fluent
import SQLKit

struct M002_CreateAreas: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
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
        try await (database as! any SQLDatabase).drop(table: "areas").run()
    }
}
