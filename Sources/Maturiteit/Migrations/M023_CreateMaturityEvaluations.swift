import Platform
import Fluent
import SQLKit

/// One organisation's self-evaluation in one campaign, and where it stands (concept, ingediend, gevalideerd).
struct M023_CreateMaturityEvaluations: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M023_CreateMaturityEvaluations" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "maturity_evaluations")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("campaign_id", type: .bigint, .notNull, .references("maturity_campaigns", "id", onDelete: .cascade))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id"))
            .column("status", type: .text, .notNull)
            .column("submitted_at", type: .timestamp)
            .column("validated_at", type: .timestamp)
            .column("updated_at", type: .timestamp, .notNull)
            .unique("campaign_id", "organisation_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "maturity_evaluations").run()
    }
}
