import Platform
import Fluent
import SQLKit

/// Optional questions within a theme, each with what every level means for it (the rubric, as JSON level → text).
struct M020_CreateMaturityQuestions: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M020_CreateMaturityQuestions" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "maturity_questions")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("theme_id", type: .bigint, .notNull, .references("maturity_themes", "id", onDelete: .cascade))
            .column("sequence", type: .int, .notNull)
            .column("code", type: .text, .notNull)
            .column("text", type: .text, .notNull)
            .column("rubric", type: .text, .notNull)
            .unique("theme_id", "code")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "maturity_questions").run()
    }
}
