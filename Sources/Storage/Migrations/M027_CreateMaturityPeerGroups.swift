import Fluent
import SQLKit

/// Groups of look-alike organisations for comparisons (organisation codes, ;-separated).
struct M027_CreateMaturityPeerGroups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(table: "maturity_peer_groups")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("members", type: .text, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(table: "maturity_peer_groups").run()
    }
}
