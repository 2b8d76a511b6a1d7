import Platform
import Fluent
import SQLKit

/// Child → parent rows of the aggregation tables. A child has at most one parent per level, and
/// may have parents at several levels (a gemeente belongs to a provincie and to the centrumsteden).
struct M003_CreateAreaLinks: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M003_CreateAreaLinks" }

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "area_links")
            .column("child_id", type: .bigint, .notNull, .references("areas", "id", onDelete: .cascade))
            .column("parent_id", type: .bigint, .notNull, .references("areas", "id", onDelete: .cascade))
            .column("parent_level_id", type: .bigint, .notNull, .references("area_levels", "id", onDelete: .cascade))
            .primaryKey("child_id", "parent_level_id")
            .run()
        try await sql.create(index: "area_links_parent").on("area_links").column("parent_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "area_links").run()
    }
}
