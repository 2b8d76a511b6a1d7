import Fluent
import Platform
import SQLKit

/// Reporting periods of a plan (e.g. 2026-S1): open for updates until the organisation closes (vaststellen) them.
struct M040_CreatePlanPeriods: AsyncMigration {
    var name: String { "Plannen.M040_CreatePlanPeriods" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "plan_periods")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("plan_id", type: .bigint, .notNull, .references("plans", "id", onDelete: .cascade))
            .column("code", type: .text, .notNull)
            .column("start_on", type: .text, .notNull)
            .column("end_on", type: .text, .notNull)
            .column("closed_on", type: .text)
            .unique("plan_id", "code")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "plan_periods").run()
    }
}
