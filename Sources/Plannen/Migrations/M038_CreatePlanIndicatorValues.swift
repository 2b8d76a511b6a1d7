import Fluent
import Platform
import SQLKit

/// The observed values of a plan indicator of its own, one per year.
struct M038_CreatePlanIndicatorValues: AsyncMigration {
    var name: String { "Plannen.M038_CreatePlanIndicatorValues" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "plan_indicator_values")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("indicator_id", type: .bigint, .notNull, .references("plan_indicators", "id", onDelete: .cascade))
            .column("year", type: .int, .notNull)
            .column("value", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .unique("indicator_id", "year")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "plan_indicator_values").run()
    }
}
