import Fluent
import Platform
import SQLKit

/// Indicators of plan items: a Cijfers indicator for an area, or a series of the plan's own (numbers or milestones), with baseline, target and direction.
struct M037_CreatePlanIndicators: AsyncMigration {
    var name: String { "Plannen.M037_CreatePlanIndicators" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "plan_indicators")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("plan_id", type: .bigint, .notNull, .references("plans", "id", onDelete: .cascade))
            .column("item_code", type: .text, .notNull)
            .column("code", type: .text, .notNull)
            .column("name", type: .text, .notNull)
            .column("unit", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("cijfers_indicator", type: .text)
            .column("cijfers_level", type: .text)
            .column("cijfers_area", type: .text)
            .column("baseline_year", type: .int)
            .column("baseline_value", type: .custom(SQLRaw("DOUBLE PRECISION")))
            .column("target_year", type: .int)
            .column("target_value", type: .custom(SQLRaw("DOUBLE PRECISION")))
            .column("direction", type: .text, .notNull)
            .unique("plan_id", "code")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "plan_indicators").run()
    }
}
