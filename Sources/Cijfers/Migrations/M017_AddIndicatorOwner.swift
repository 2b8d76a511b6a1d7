import Platform
import Fluent
import SQLKit

/// Which organisation an indicator belongs to: its editors may import its data. Empty for shared indicators,
/// which only platform admins change.
struct M017_AddIndicatorOwner: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M017_AddIndicatorOwner" }

    func prepare(on database: any Database) async throws {
        try await database.sql.alter(table: "indicators")
            .column("owner_organisation_id", type: .bigint)
            .run()
    }

    func revert(on database: any Database) async throws {
        // Plain SQL: both SQLite (3.35+) and PostgreSQL drop a column this way.
        try await database.sql.raw("ALTER TABLE indicators DROP COLUMN owner_organisation_id").run()
    }
}
