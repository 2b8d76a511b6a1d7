import Fluent
import SQLKit

/// The ordered themes of one model version.
struct M019_CreateMaturityThemes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(table: "maturity_themes")
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
        try await (database as! any SQLDatabase).drop(table: "maturity_themes").run()
    }
}
