import Platform
import Fluent
import SQLKit

/// The ordered themes of one model version.
struct M019_CreateMaturityThemes: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M019_CreateMaturityThemes" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "maturity_themes")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("model_id", type: .bigint, .notNull, .references("maturity_models", "id", onDelete: .cascade))
            .column("sequence", type: .int, .notNull)
            .column("code", type: .text, .notNull)
            .column("name", type: .text, .notNull)
            .column("description", type: .text, .notNull)
            .unique("model_id", "code")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "maturity_themes").run()
    }
}
