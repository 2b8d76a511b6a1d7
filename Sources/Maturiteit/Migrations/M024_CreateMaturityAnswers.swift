import Platform
import Fluent
import SQLKit

/// The answer per theme: self-score or none with a reason, evidence, strengths, improvement points, good practices,
/// and beside it the Kenniscentrum's validated score. Both scores are kept; neither overwrites the other.
struct M024_CreateMaturityAnswers: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M024_CreateMaturityAnswers" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "maturity_answers")
            .column("evaluation_id", type: .bigint, .notNull, .references("maturity_evaluations", "id", onDelete: .cascade))
            .column("theme_id", type: .bigint, .notNull, .references("maturity_themes", "id"))
            .column("score", type: .custom(SQLRaw("DOUBLE PRECISION")))
            .column("no_score_reason", type: .text)
            .column("evidence", type: .text, .notNull)
            .column("links", type: .text, .notNull)
            .column("strengths", type: .text, .notNull)
            .column("improvements", type: .text, .notNull)
            .column("practices", type: .text, .notNull)
            .column("validated_score", type: .custom(SQLRaw("DOUBLE PRECISION")))
            .column("validation_note", type: .text, .notNull)
            .primaryKey("evaluation_id", "theme_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "maturity_answers").run()
    }
}
