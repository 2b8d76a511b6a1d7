import Platform
import Fluent
import SQLKit

/// Values move from one row per indicator × level × area × period (`observations`) to one row per indicator × level ×
/// period × origin holding the values of all the level's areas as a vector in slot order (`value_vectors`,
/// `ValueVector`): the query every page makes reads one row per period, and an import of ten million values writes
/// thousands of rows instead of tens of millions (docs/performance.md). Existing values are moved one indicator at a
/// time, bit for bit. The view `cijfers_waarden` shows them as plain rows again, for analysts (docs/cijfers.md).
struct M077_PackValueVectors: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        // A rowid table on SQLite: its rows are long texts, which WITHOUT ROWID tables store badly.
        try await sql.raw("""
            CREATE TABLE value_vectors (
                indicator_id BIGINT NOT NULL, level_id BIGINT NOT NULL, period TEXT NOT NULL, origin SMALLINT NOT NULL,
                vector TEXT NOT NULL,
                PRIMARY KEY (indicator_id, level_id, period, origin))
            """).run()
        try await moveObservations(sql)
        try await sql.drop(table: "observations").run()
        try await sql.raw(SQLQueryString(Self.view(dialect: sql.dialect.name))).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        try await sql.raw("DROP VIEW IF EXISTS cijfers_waarden").run()
        try await M006_CreateObservations().prepare(on: database)
        try await sql.raw("""
            INSERT INTO observations (indicator_id, level_id, area_id, period, value, origin)
            SELECT indicator_id, level_id, area_id, period, value, origin FROM (\(unsafeRaw: Self.unfolded(dialect: sql.dialect.name))) u
            """).run()
        try await sql.drop(table: "value_vectors").run()
    }

    private func moveObservations(_ sql: any SQLDatabase) async throws {
        let indicators = try await sql.select().distinct().column("indicator_id").from("observations").all()
            .map { try $0.decode(column: "indicator_id", as: Int.self) }
        guard !indicators.isEmpty else { return }
        var slotOf: [Int: Int] = [:]
        var slotCount: [Int: Int] = [:]
        for row in try await sql.select().columns("id", "level_id").from("areas").orderBy("id").all() {
            let level = try row.decode(column: "level_id", as: Int.self)
            slotOf[try row.decode(column: "id", as: Int.self)] = slotCount[level, default: 0]
            slotCount[level, default: 0] += 1
        }
        let writer = ObservationWriter(sql: sql)
        for indicator in indicators {
            var vectors: [Key: [Double]] = [:]
            let rows = try await sql.select().columns("level_id", "area_id", "period", "value", "origin").from("observations")
                .where("indicator_id", .equal, indicator).all()
            for row in rows {
                let level = try row.decode(column: "level_id", as: Int.self)
                guard let slot = slotOf[try row.decode(column: "area_id", as: Int.self)] else { continue }
                let key = Key(level: level, period: try row.decode(column: "period", as: String.self),
                              origin: try row.decode(column: "origin", as: Int.self))
                if vectors[key] == nil { vectors[key] = [Double](repeating: .nan, count: slotCount[level] ?? 0) }
                vectors[key]![slot] = try row.decode(column: "value", as: Double.self)
            }
            try await writer.upsert(vectors.map { key, values in
                ObservationWriter.Vector(indicator: indicator, level: key.level, period: key.period,
                                         origin: ObservationRow.Origin(rawValue: key.origin) ?? .aggregated,
                                         text: ValueVector.encode(values))
            })
        }
    }

    private struct Key: Hashable {
        let level: Int
        let period: String
        let origin: Int
    }

    /// Every stored value as a row with the keys of indicator, level and area: the vectors unfolded by the database.
    /// An area's slot is its rank by key within its level, the order `Catalog.slotKeys` gives.
    static func unfolded(dialect: String) -> String {
        let slots = "SELECT id, level_id, code, row_number() OVER (PARTITION BY level_id ORDER BY id) - 1 AS slot FROM areas"
        if dialect == "sqlite" {
            return """
                SELECT v.indicator_id, v.level_id, a.id AS area_id, a.code AS area_code, v.period, CAST(e.value AS REAL) AS value, v.origin
                FROM value_vectors v
                JOIN json_each(v.vector) e
                JOIN (\(slots)) a ON a.level_id = v.level_id AND a.slot = e.key
                WHERE e.type <> 'null'
                """
        }
        return """
            SELECT v.indicator_id, v.level_id, a.id AS area_id, a.code AS area_code, v.period, e.value::float8 AS value, v.origin
            FROM value_vectors v
            CROSS JOIN LATERAL json_array_elements_text(v.vector::json) WITH ORDINALITY AS e(value, n)
            JOIN (\(slots)) a ON a.level_id = v.level_id AND a.slot = e.n - 1
            WHERE e.value IS NOT NULL
            """
    }

    /// The analysts' view: one row per stored value, with codes, the missing codes of Swing spelled out as a status
    /// (their value empty), and whether the value was loaded or computed. Values before privacy suppression: the
    /// database is for those who may see everything (docs/cijfers.md).
    static func view(dialect: String) -> String {
        """
        CREATE VIEW cijfers_waarden AS
        SELECT i.code AS indicator, l.code AS level, u.area_code AS area, u.period AS period,
               CASE WHEN u.value IN (-99996, -99997, -99998, -99999) THEN NULL ELSE u.value END AS value,
               CASE WHEN u.value = -99996 THEN 'leeg'
                    WHEN u.value = -99997 THEN 'geheim bij de bron'
                    WHEN u.value = -99998 THEN 'niet van toepassing'
                    WHEN u.value = -99999 THEN 'onbekend'
                    WHEN u.origin = 0 THEN 'geladen'
                    ELSE 'berekend' END AS status
        FROM (\(unfolded(dialect: dialect))) u
        JOIN indicators i ON i.id = u.indicator_id
        JOIN area_levels l ON l.id = u.level_id
        """
    }
}
