import Platform
import Fluent
import SQLKit

/// Groups of look-alike organisations for comparisons (organisation codes, ;-separated).
struct M027_CreateMaturityPeerGroups: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M027_CreateMaturityPeerGroups" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "maturity_peer_groups")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("members", type: .text, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "maturity_peer_groups").run()
    }
}
