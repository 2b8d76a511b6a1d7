import Platform
import Fluent
import SQLKit

struct M007_CreateImportRuns: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M007_CreateImportRuns" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "import_runs")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("started_at", type: .timestamp, .notNull)
            .column("finished_at", type: .timestamp, .notNull)
            .column("files", type: .text, .notNull)
            .column("checksum", type: .text, .notNull)
            .column("mode", type: .text, .notNull)
            .column("rows", type: .int, .notNull)
            .column("values_written", type: .int, .notNull)
            .column("values_aggregated", type: .int, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "import_runs").run()
    }
}
