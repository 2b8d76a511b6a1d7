import Platform
import Fluent
import SQLKit

/// Work packages that carry recommendations out: themes, subtopics and leads as ;-separated lists (as in the
/// Kenniscentrum's sheets; they are only ever read whole), priority 1–4, start, status and progress notes.
struct M026_CreateMaturityWorkPackages: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M026_CreateMaturityWorkPackages" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "maturity_work_packages")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("campaign_id", type: .bigint, .notNull, .references("maturity_campaigns", "id", onDelete: .cascade))
            .column("number", type: .int, .notNull)
            .column("title", type: .text, .notNull)
            .column("themes", type: .text, .notNull)
            .column("subtopics", type: .text, .notNull)
            .column("leads", type: .text, .notNull)
            .column("priority", type: .int, .notNull)
            .column("start", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("progress", type: .text, .notNull)
            .unique("campaign_id", "number")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "maturity_work_packages").run()
    }
}
