import Fluent
import Platform
import SQLKit

/// The yes/no steps of a milestone indicator: a title, the day it is due and the day it was done.
struct M039_CreatePlanMilestones: AsyncMigration {
    var name: String { "Plannen.M039_CreatePlanMilestones" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "plan_milestones")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("indicator_id", type: .bigint, .notNull, .references("plan_indicators", "id", onDelete: .cascade))
            .column("position", type: .int, .notNull)
            .column("title", type: .text, .notNull)
            .column("due_on", type: .text, .notNull)
            .column("done_on", type: .text)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "plan_milestones").run()
    }
}
