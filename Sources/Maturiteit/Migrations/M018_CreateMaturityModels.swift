import Platform
import Fluent
import SQLKit

/// Maturity models, one row per version: a new version is a new row with its own themes, so answers given to an
/// earlier version keep pointing at the themes they answered.
struct M018_CreateMaturityModels: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M018_CreateMaturityModels" }

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "maturity_models")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull)
            .column("version", type: .int, .notNull)
            .column("name", type: .text, .notNull)
            .column("description", type: .text, .notNull)
            // The scale (levels with label, colour and meaning) as JSON: it is read and written as one value.
            .column("scale", type: .text, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .unique("code", "version")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "maturity_models").run()
    }
}
