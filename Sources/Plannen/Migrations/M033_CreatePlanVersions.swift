import Fluent
import Platform
import SQLKit

/// The versions of a plan: 0 as first adopted, then each meerjarenplanaanpassing. An adopted version never changes.
struct M033_CreatePlanVersions: AsyncMigration {
    var name: String { "Plannen.M033_CreatePlanVersions" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "plan_versions")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("plan_id", type: .bigint, .notNull, .references("plans", "id", onDelete: .cascade))
            .column("number", type: .int, .notNull)
            .column("adopted_on", type: .text)
            .column("created_at", type: .timestamp, .notNull)
            .unique("plan_id", "number")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "plan_versions").run()
    }
}
