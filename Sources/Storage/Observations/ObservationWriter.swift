import Foundation
import SQLKit

/// Bulk writes of values. A batch travels as one JSON array bound to one parameter and is unpacked by the
/// database itself (`json_each` on SQLite, `json_array_elements` on PostgreSQL): one short statement per
/// 20,000 rows instead of 120,000 bound parameters that SQLKit would serialise one by one.
/// A row that already exists (an aggregated value now loaded directly, or an append) is overwritten.
struct ObservationWriter {
    let sql: any SQLDatabase
    static let rowsPerStatement = 20_000

    func upsert(_ unsorted: [ObservationRow]) async throws {
        // In primary-key order the b-tree grows at its right edge instead of splitting pages all over.
        let rows = unsorted.sorted {
            ($0.indicator, $0.level, $0.area, $0.period) < ($1.indicator, $1.level, $1.area, $1.period)
        }
        var start = 0
        while start < rows.count {
            let end = min(start + Self.rowsPerStatement, rows.count)
            try await sql.raw(statement(json: Self.json(rows[start..<end]))).run()
            start = end
        }
    }

    private func statement(json: String) -> SQLQueryString {
        let conflict = """
            ON CONFLICT (indicator_id, level_id, area_id, period) DO UPDATE SET value = excluded.value, origin = excluded.origin
            """
        if sql.dialect.name == "sqlite" {
            // `WHERE true` keeps SQLite from reading ON CONFLICT as part of the SELECT's join.
            return """
                INSERT INTO observations (indicator_id, level_id, area_id, period, value, origin)
                SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
                       json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]')
                FROM json_each(\(bind: json)) WHERE true \(unsafeRaw: conflict)
                """
        }
        return """
            INSERT INTO observations (indicator_id, level_id, area_id, period, value, origin)
            SELECT (e->>0)::bigint, (e->>1)::bigint, (e->>2)::bigint, e->>3, (e->>4)::float8, (e->>5)::smallint
            FROM json_array_elements(\(bind: json)::json) AS e \(unsafeRaw: conflict)
            """
    }

    /// `[[indicator, level, area, "period", value, origin], …]`. Swift writes the shortest decimal that reads back
    /// as the same Double, so values survive the trip exactly; values are finite (the import checks).
    static func json(_ rows: ArraySlice<ObservationRow>) -> String {
        var out = "["
        out.reserveCapacity(rows.count * 48)
        var first = true
        for row in rows {
            if !first { out += "," }
            first = false
            out += "[\(row.indicator),\(row.level),\(row.area),"
            appendJSONString(row.period, to: &out)
            out += ",\(row.value.description),\(row.origin.rawValue)]"
        }
        out += "]"
        return out
    }

    private static func appendJSONString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Removes the loaded values of one indicator × level × period, before a replacing import writes its own.
    func deleteLoaded(indicator: Int, level: Int, period: String) async throws {
        try await sql.delete(from: "observations")
            .where("indicator_id", .equal, indicator)
            .where("level_id", .equal, level)
            .where("period", .equal, period)
            .where("origin", .equal, ObservationRow.Origin.loaded.rawValue)
            .run()
    }

    /// Removes every computed value of an indicator, before aggregation writes them anew.
    func deleteAggregated(indicator: Int) async throws {
        try await sql.delete(from: "observations")
            .where("indicator_id", .equal, indicator)
            .where("origin", .equal, ObservationRow.Origin.aggregated.rawValue)
            .run()
    }
}
