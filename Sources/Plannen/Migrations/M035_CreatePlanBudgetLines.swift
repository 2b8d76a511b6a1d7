import Fluent
import Platform
import SQLKit

/// The budget lines of one plan version; the amount as exact decimal text (summed in Swift with Decimal).
struct M035_CreatePlanBudgetLines: AsyncMigration {
    var name: String { "Plannen.M035_CreatePlanBudgetLines" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "plan_budget_lines")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("version_id", type: .bigint, .notNull, .references("plan_versions", "id", onDelete: .cascade))
            .column("action_code", type: .text, .notNull)
            .column("year", type: .int, .notNull)
            .column("soort", type: .text, .notNull)
            .column("richting", type: .text, .notNull)
            .column("fase", type: .text, .notNull)
            .column("amount", type: .text, .notNull)
            .unique("version_id", "action_code", "year", "soort", "richting", "fase")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "plan_budget_lines").run()
    }
}
