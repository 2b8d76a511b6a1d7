import Platform
import Fluent
import SQLKit

/// The values. `origin` tells a loaded value (0) from one computed by aggregation (1), so a re-import
/// replaces only what was loaded and recomputes the rest. `level_id` is denormalised from the area so that
/// 'one indicator × one level' — the query every page and API call makes — reads one range of the primary key.
///
/// For bulk loads the table carries no secondary index and no foreign keys: only the import writes it, after
/// resolving every code against the catalog, and areas and indicators are never deleted by it. On SQLite the table
/// is WITHOUT ROWID, so the primary key is the table itself and each value is written to one b-tree, not two.
struct M006_CreateObservations: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M006_CreateObservations" }

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        let columns = """
            indicator_id BIGINT NOT NULL, level_id BIGINT NOT NULL, area_id BIGINT NOT NULL, period TEXT NOT NULL,
            value DOUBLE PRECISION NOT NULL, origin SMALLINT NOT NULL,
            PRIMARY KEY (indicator_id, level_id, area_id, period)
            """
        let suffix = sql.dialect.name == "sqlite" ? " WITHOUT ROWID" : ""
        try await sql.raw(SQLQueryString("CREATE TABLE observations (\(unsafeRaw: columns))\(unsafeRaw: suffix)")).run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "observations").run()
    }
}
