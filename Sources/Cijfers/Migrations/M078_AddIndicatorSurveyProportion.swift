import Platform
import Fluent
import SQLKit

/// Whether an indicator is a percentage from a survey sample, published with its 95 % confidence interval computed
/// from its sample indicator (docs/cijfers.md, "Survey indicators"). False for every indicator imported before.
struct M078_AddIndicatorSurveyProportion: AsyncMigration {
    var name: String { "Cijfers.M078_AddIndicatorSurveyProportion" }

    func prepare(on database: any Database) async throws {
        try await database.sql.alter(table: "indicators")
            .column("survey_proportion", type: .custom(SQLRaw("BOOLEAN")), .notNull, .default(false))
            .run()
    }

    func revert(on database: any Database) async throws {
        // Plain SQL: both SQLite (3.35+) and PostgreSQL drop a column this way.
        try await database.sql.raw("ALTER TABLE indicators DROP COLUMN survey_proportion").run()
    }
}
