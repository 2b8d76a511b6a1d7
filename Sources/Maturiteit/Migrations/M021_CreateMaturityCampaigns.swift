import Platform
import Fluent
import SQLKit

/// A measurement: one model version, a moment, open or closed, and whether its results are public.
struct M021_CreateMaturityCampaigns: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M021_CreateMaturityCampaigns" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "maturity_campaigns")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("model_id", type: .bigint, .notNull, .references("maturity_models", "id"))
            .column("code", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("moment", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("published", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("published_at", type: .timestamp)
            .column("created_at", type: .timestamp, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "maturity_campaigns").run()
    }
}
