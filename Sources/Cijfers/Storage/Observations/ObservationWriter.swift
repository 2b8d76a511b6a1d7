import Platform
import Foundation
import SQLKit

/// Bulk writes of values. A batch travels as one JSON array bound to one parameter and is unpacked by the
/// database itself (`jsonb_each` on SQLite, `json_array_elements` on PostgreSQL): one short statement per
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
            // `WHERE true` keeps SQLite from reading ON CONFLICT as part of the SELECT's join. `jsonb_each` hands
            // each element over in SQLite's binary JSON, so the six extractions no longer re-parse its text.
            return """
                INSERT INTO observations (indicator_id, level_id, area_id, period, value, origin)
                SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
                       json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]')
                FROM jsonb_each(\(bind: json)) WHERE true \(unsafeRaw: conflict)
                """
        }
        return """
            INSERT INTO observations (indicator_id, level_id, area_id, period, value, origin)
            SELECT (e->>0)::bigint, (e->>1)::bigint, (e->>2)::bigint, e->>3, (e->>4)::float8, (e->>5)::smallint
            FROM json_array_elements(\(bind: json)::json) AS e \(unsafeRaw: conflict)
            """
    }

    /// `[[indicator, level, area, "period", value, origin], …]`. Swift writes the shortest decimal that reads back
    /// as the same Double, so values survive the trip exactly; values are finite (the import checks). Written as
    /// bytes: string interpolation per row cost more than the database's work on the row.
    static func json(_ rows: ArraySlice<ObservationRow>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * 40 + 2)
        out.append(UInt8(ascii: "["))
        // Rows alternate between a handful of periods; each is escaped once.
        var periodJSON: [String: [UInt8]] = [:]
        for row in rows {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            appendInteger(row.indicator, to: &out)
            out.append(UInt8(ascii: ","))
            appendInteger(row.level, to: &out)
            out.append(UInt8(ascii: ","))
            appendInteger(row.area, to: &out)
            out.append(UInt8(ascii: ","))
            if let known = periodJSON[row.period] {
                out.append(contentsOf: known)
            } else {
                let escaped = jsonString(row.period)
                periodJSON[row.period] = escaped
                out.append(contentsOf: escaped)
            }
            out.append(UInt8(ascii: ","))
            // Whole numbers (counts) as integers: printing a Double is the slow part, and they read back the same.
            if row.value == row.value.rounded(), abs(row.value) < 1e15, row.value != 0 || row.value.sign == .plus {
                appendInteger(Int(row.value), to: &out)
            } else {
                out.append(contentsOf: row.value.description.utf8)
            }
            out.append(UInt8(ascii: ","))
            appendInteger(row.origin.rawValue, to: &out)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            out.append(UInt8(truncatingIfNeeded: magnitude) &+ 0x30)
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits, written back to front
        withUnsafeMutableBytes(of: &digits) { buffer in
            var i = buffer.count
            while magnitude > 0 {
                i -= 1
                buffer[i] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
                magnitude /= 10
            }
            out.append(contentsOf: buffer[i...])
        }
    }

    private static func jsonString(_ text: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += Array("\\\"".utf8)
            case "\\": out += Array("\\\\".utf8)
            case _ where scalar.value < 0x20: out += Array(String(format: "\\u%04x", scalar.value).utf8)
            default: out += Array(String(scalar).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
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
