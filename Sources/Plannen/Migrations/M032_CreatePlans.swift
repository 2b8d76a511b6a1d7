import Fluent
import Platform
import SQLKit

/// A multi-year plan of one organisation (e.g. mjp-2026-2031); nothing of it is public until `published`.
struct M032_CreatePlans: AsyncMigration {
    var name: String { "Plannen.M032_CreatePlans" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "plans")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id"))
            .column("code", type: .text, .notNull)
            .column("name", type: .text, .notNull)
            .column("published", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("published_at", type: .timestamp)
            .column("created_at", type: .timestamp, .notNull)
            .unique("organisation_id", "code")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "plans").run()
    }
}
