import SQLKit

/// Bulk writes of values: multi-row inserts in chunks sized under both SQLite's and PostgreSQL's bind limits.
/// A row that already exists (an aggregated value now loaded directly, or an append) is overwritten.
struct ObservationWriter {
    let sql: any SQLDatabase
    /// 6 binds a row; 32,766 is SQLite's limit per statement, 65,535 PostgreSQL's.
    static let rowsPerStatement = 5_000

    func upsert(_ unsorted: [ObservationRow]) async throws {
        // In primary-key order the b-tree grows at its right edge instead of splitting pages all over.
        let rows = unsorted.sorted {
            ($0.indicator, $0.level, $0.area, $0.period) < ($1.indicator, $1.level, $1.area, $1.period)
        }
        var start = 0
        while start < rows.count {
            let end = min(start + Self.rowsPerStatement, rows.count)
            var insert = sql.insert(into: "observations")
                .columns("indicator_id", "level_id", "area_id", "period", "value", "origin")
            for row in rows[start..<end] {
                insert = insert.values(
                    SQLBind(row.indicator), SQLBind(row.level), SQLBind(row.area),
                    SQLBind(row.period), SQLBind(row.value), SQLBind(row.origin.rawValue))
            }
            try await insert
                .onConflict(with: ["indicator_id", "level_id", "area_id", "period"]) {
                    $0.set(excludedValueOf: "value").set(excludedValueOf: "origin")
                }
                .run()
            start = end
        }
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
