import Fluent
import SQLKit

/// The values. `origin` tells a loaded value (0) from one computed by aggregation (1), so a re-import
/// replaces only what was loaded and recomputes the rest. `level_id` is denormalised from the area so that
/// 'one indicator × one level' — the query every page and API call makes — reads one index range.
struct M006_CreateObservations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(table: "observations")
            .column("indicator_id", type: .bigint, .notNull, .references("indicators", "id", onDelete: .cascade))
            .column("level_id", type: .bigint, .notNull)
            .column("area_id", type: .bigint, .notNull, .references("areas", "id", onDelete: .cascade))
            .column("period", type: .text, .notNull)
            .column("value", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("origin", type: .smallint, .notNull)
            .primaryKey("indicator_id", "level_id", "area_id", "period")
            .run()
        try await sql.create(index: "observations_area").on("observations").column("area_id").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(table: "observations").run()
    }
}
