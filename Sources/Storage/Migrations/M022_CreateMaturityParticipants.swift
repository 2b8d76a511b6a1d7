import Fluent
import SQLKit

/// The organisations taking part in a campaign; their members see its benchmark before it is published.
struct M022_CreateMaturityParticipants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(table: "maturity_participants")
            .column("campaign_id", type: .bigint, .notNull, .references("maturity_campaigns", "id", onDelete: .cascade))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .primaryKey("campaign_id", "organisation_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(table: "maturity_participants").run()
    }
}
