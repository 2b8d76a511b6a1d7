import Platform
import Fluent
import SQLKit

/// The organisations taking part in a campaign; their members see its benchmark before it is published.
struct M022_CreateMaturityParticipants: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M022_CreateMaturityParticipants" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "maturity_participants")
            .column("campaign_id", type: .bigint, .notNull, .references("maturity_campaigns", "id", onDelete: .cascade))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .primaryKey("campaign_id", "organisation_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "maturity_participants").run()
    }
}
