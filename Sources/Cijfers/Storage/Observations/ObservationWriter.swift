import Platform
import Foundation
import SQLKit

/// Writes values as packed vectors: one row of `value_vectors` per indicator × level × period × origin, holding the
/// values of every area of the level in slot order (`ValueVector`). The import of ten million values writes a few
/// thousand rows instead of tens of millions (docs/performance.md), so plain parameterised INSERTs suffice on both
/// databases. Loaded (origin 0) and computed (origin 1) vectors never hold a value in the same slot: aggregation
/// only fills areas without a loaded value, and runs again after every import that loads data.
struct ObservationWriter {
    let sql: any SQLDatabase
    /// Rows per INSERT statement (five parameters each: far below either database's limit).
    static let rowsPerStatement = 50

    struct Vector: Sendable {
        let indicator: Int
        let level: Int
        let period: String
        let origin: ObservationRow.Origin
        let text: String
    }

    /// Writes the vectors, replacing a stored one with the same indicator, level, period and origin.
    func upsert(_ vectors: [Vector]) async throws {
        var start = 0
        while start < vectors.count {
            let end = min(start + Self.rowsPerStatement, vectors.count)
            var query = SQLQueryString("INSERT INTO value_vectors (indicator_id, level_id, period, origin, vector) VALUES ")
            for (n, vector) in vectors[start..<end].enumerated() {
                if n > 0 { query.appendLiteral(", ") }
                query.appendInterpolation(
                    "(\(bind: vector.indicator), \(bind: vector.level), \(bind: vector.period), \(bind: vector.origin.rawValue), \(bind: vector.text))" as SQLQueryString)
            }
            query.appendLiteral(" ON CONFLICT (indicator_id, level_id, period, origin) DO UPDATE SET vector = excluded.vector")
            try await sql.raw(query).run()
            start = end
        }
    }

    /// The loaded vector of one indicator × level × period, for an appending import to add to.
    func loadedVector(indicator: Int, level: Int, period: String) async throws -> String? {
        try await sql.select().column("vector").from("value_vectors")
            .where("indicator_id", .equal, indicator)
            .where("level_id", .equal, level)
            .where("period", .equal, period)
            .where("origin", .equal, ObservationRow.Origin.loaded.rawValue)
            .first()?.decode(column: "vector", as: String.self)
    }

    /// Removes the loaded values of one indicator × level × period, before a replacing import writes its own.
    func deleteLoaded(indicator: Int, level: Int, period: String) async throws {
        try await sql.delete(from: "value_vectors")
            .where("indicator_id", .equal, indicator)
            .where("level_id", .equal, level)
            .where("period", .equal, period)
            .where("origin", .equal, ObservationRow.Origin.loaded.rawValue)
            .run()
    }

    /// Removes every computed value of an indicator, before aggregation writes them anew.
    func deleteAggregated(indicator: Int) async throws {
        try await sql.delete(from: "value_vectors")
            .where("indicator_id", .equal, indicator)
            .where("origin", .equal, ObservationRow.Origin.aggregated.rawValue)
            .run()
    }
}
