import Fluent
import Platform
import SQLKit

/// What an item points at, kept per plan across versions: themes of the shared theme tree, Maturiteit recommendations and work packages, and its owners (accounts that report on it).
struct M036_CreatePlanItemLinks: AsyncMigration {
    var name: String { "Plannen.M036_CreatePlanItemLinks" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "plan_item_links")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("plan_id", type: .bigint, .notNull, .references("plans", "id", onDelete: .cascade))
            .column("item_code", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("target", type: .text, .notNull)
            .unique("plan_id", "item_code", "kind", "target")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "plan_item_links").run()
    }
}
