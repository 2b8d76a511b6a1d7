import Platform
import Fluent
import SQLKit

/// Recommendations drawn from a campaign, rated on importance and urgency (1–5, empty until rated), and whether
/// they are in the selected top list.
struct M025_CreateMaturityRecommendations: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M025_CreateMaturityRecommendations" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "maturity_recommendations")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("campaign_id", type: .bigint, .notNull, .references("maturity_campaigns", "id", onDelete: .cascade))
            .column("number", type: .int, .notNull)
            .column("theme_code", type: .text, .notNull)
            .column("text", type: .text, .notNull)
            .column("importance", type: .int)
            .column("urgency", type: .int)
            .column("selected", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .unique("campaign_id", "number")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "maturity_recommendations").run()
    }
}
