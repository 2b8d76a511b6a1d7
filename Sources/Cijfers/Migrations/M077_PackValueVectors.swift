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
        // Each area's slot within its level: its rank by key, so the order of every vector; a new area gets the next
        // (ImportJob+Areas). Unique, so two imports adding areas at once cannot give two areas one slot.
        try await sql.alter(table: "areas").column("slot", type: .bigint).run()
        try await sql.raw("""
            UPDATE areas SET slot = ranked.slot
            FROM (SELECT id, row_number() OVER (PARTITION BY level_id ORDER BY id) - 1 AS slot FROM areas) AS ranked
            WHERE ranked.id = areas.id
            """).run()
        try await sql.create(index: "areas_level_slot").unique().on("areas").column("level_id").column("slot").run()
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
        try await sql.drop(index: "areas_level_slot").run()
        try await sql.raw("ALTER TABLE areas DROP COLUMN slot").run()
    }

    private func moveObservations(_ sql: any SQLDatabase) async throws {
        let indicators = try await sql.select().distinct().column("indicator_id").from("observations").all()
            .map { try $0.decode(column: "indicator_id", as: Int.self) }
        guard !indicators.isEmpty else { return }
        var slotOf: [Int: Int] = [:]
        var slotCount: [Int: Int] = [:]
        for row in try await sql.select().columns("id", "level_id", "slot").from("areas").all() {
            let level = try row.decode(column: "level_id", as: Int.self)
            slotOf[try row.decode(column: "id", as: Int.self)] = try row.decode(column: "slot", as: Int.self)
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

    /// Every stored value as a row with the keys of indicator, level and area: the vectors unfolded by the database,
    /// each number joined to its area through the unique index on (level, slot). On SQLite `CROSS JOIN` fixes the
    /// order (vector, its numbers, then the area of each): left to choose, the planner walked every area of the level
    /// for every number.
    static func unfolded(dialect: String) -> String {
        "SELECT v.indicator_id, v.level_id, a.id AS area_id, v.period, \(number(dialect)) AS value, v.origin \(from(dialect))"
    }

    private static func number(_ dialect: String) -> String {
        dialect == "sqlite" ? "CAST(e.value AS REAL)" : "e.value::float8"
    }

    private static func from(_ dialect: String, joining extra: String = "") -> String {
        if dialect == "sqlite" {
            return """
                FROM value_vectors v \(extra)
                CROSS JOIN json_each(v.vector) e
                CROSS JOIN areas a
                WHERE e.type <> 'null' AND a.level_id = v.level_id AND a.slot = e.key
                """
        }
        return """
            FROM value_vectors v \(extra)
            CROSS JOIN LATERAL json_array_elements_text(v.vector::json) WITH ORDINALITY AS e(value, n)
            JOIN areas a ON a.level_id = v.level_id AND a.slot = e.n - 1
            WHERE e.value IS NOT NULL
            """
    }

    /// The analysts' view: one row per stored value, with codes, the missing codes of Swing spelled out as a status
    /// (their value empty), and whether the value was loaded or computed. Values before privacy suppression: the
    /// database is for those who may see everything (docs/cijfers.md).
    static func view(dialect: String) -> String {
        let value = number(dialect)
        return """
            CREATE VIEW cijfers_waarden AS
            SELECT i.code AS indicator, l.code AS level, a.code AS area, v.period AS period,
                   CASE WHEN \(value) IN (-99996, -99997, -99998, -99999) THEN NULL ELSE \(value) END AS value,
                   CASE WHEN \(value) = -99996 THEN 'leeg'
                        WHEN \(value) = -99997 THEN 'geheim bij de bron'
                        WHEN \(value) = -99998 THEN 'niet van toepassing'
                        WHEN \(value) = -99999 THEN 'onbekend'
                        WHEN v.origin = 0 THEN 'geladen'
                        ELSE 'berekend' END AS status
            \(from(dialect, joining: "JOIN indicators i ON i.id = v.indicator_id JOIN area_levels l ON l.id = v.level_id"))
            """
    }
}
