import Platform
import Fluent
import SQLKit

struct M005_CreateIndicators: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M005_CreateIndicators" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "indicators")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("description", type: .text, .notNull)
            .column("unit", type: .text, .notNull)
            .column("source", type: .text, .notNull)
            .column("data_type", type: .text, .notNull)
            .column("period_type", type: .text, .notNull)
            .column("aggregation_code", type: .text)
            .column("sample_code", type: .text)
            .column("formula", type: .text)
            .column("threshold_value", type: .custom(SQLRaw("DOUBLE PRECISION")))
            .column("threshold_code", type: .text)
            .column("round_off", type: .custom(SQLRaw("DOUBLE PRECISION")))
            .column("visible", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("theme_code", type: .text)
            .column("note", type: .text, .notNull)
            .column("data_updated_at", type: .timestamp)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "indicators").run()
    }
}
