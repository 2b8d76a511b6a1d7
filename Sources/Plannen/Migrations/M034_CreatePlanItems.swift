import Fluent
import Platform
import SQLKit

/// The items of one plan version in the BBC hierarchy; dates as yyyy-mm-dd text, progress and weight as numbers.
struct M034_CreatePlanItems: AsyncMigration {
    var name: String { "Plannen.M034_CreatePlanItems" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "plan_items")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("version_id", type: .bigint, .notNull, .references("plan_versions", "id", onDelete: .cascade))
            .column("position", type: .int, .notNull)
            .column("level", type: .text, .notNull)
            .column("code", type: .text, .notNull)
            .column("parent_code", type: .text)
            .column("title", type: .text, .notNull)
            .column("description", type: .text, .notNull)
            .column("prioritair", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("beleidsveld", type: .text)
            .column("verantwoordelijke", type: .text)
            .column("dienst", type: .text)
            .column("start_on", type: .text)
            .column("end_on", type: .text)
            .column("status", type: .text)
            .column("progress", type: .custom(SQLRaw("DOUBLE PRECISION")))
            .column("weight", type: .custom(SQLRaw("DOUBLE PRECISION")))
            .unique("version_id", "code")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "plan_items").run()
    }
}
