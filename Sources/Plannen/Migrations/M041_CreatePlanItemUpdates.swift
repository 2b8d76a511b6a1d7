import Fluent
import Platform
import SQLKit

/// Every update of an item in a period, never overwritten: the newest per item is its current state, the rest is its history.
struct M041_CreatePlanItemUpdates: AsyncMigration {
    var name: String { "Plannen.M041_CreatePlanItemUpdates" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "plan_item_updates")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("plan_id", type: .bigint, .notNull, .references("plans", "id", onDelete: .cascade))
            .column("period_id", type: .bigint, .notNull, .references("plan_periods", "id", onDelete: .cascade))
            .column("item_code", type: .text, .notNull)
            .column("status", type: .text)
            .column("progress", type: .custom(SQLRaw("DOUBLE PRECISION")))
            .column("explanation", type: .text, .notNull)
            .column("evidence", type: .text, .notNull)
            .column("author_id", type: .bigint)
            .column("author_label", type: .text, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(index: "plan_item_updates_item").on("plan_item_updates").column("plan_id").column("item_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "plan_item_updates").run()
    }
}
