import Platform
import CijfersDomain
import SQLKit

/// Reads values back, keyed the way the domain works with them.
struct ObservationReader {
    let sql: any SQLDatabase

    /// The loaded values (every level) of one indicator, for aggregation, with areas as slots of `layout`.
    /// On SQLite they come back as one text (`area,value,length,period` after each other): SQLiteNIO hands every
    /// result row to the event loop as a task of its own, which for millions of rows cost more than all else.
    /// `%!.20e` prints 21 significant digits, more than the 17 that identify a Double, so the value reads back
    /// exactly; the period goes last with its byte length, so no character in it can break the format.
    func loaded(indicator: Int, layout: GridLayout) async throws -> LoadedValues {
        var collector = LoadedCollector()
        let origin = ObservationRow.Origin.loaded.rawValue
        if sql.dialect.name == "sqlite" {
            let rows = try await sql.raw(SQLQueryString("""
                SELECT group_concat(area_id || ',' || printf('%!.20e', value) || ',' || length(CAST(period AS BLOB))
                                    || ',' || period, '') AS packed
                FROM observations WHERE indicator_id = \(bind: indicator) AND origin = \(bind: origin)
                """)).all()
            if var packed = try rows.first?.decode(column: "packed", as: String?.self) {
                try packed.withUTF8 { try collector.unpack($0, layout: layout) }
            }
        } else {
            let rows = try await sql.raw(SQLQueryString(
                "SELECT area_id AS a, period AS p, value AS v FROM observations WHERE indicator_id = \(bind: indicator) AND origin = \(bind: origin)")).all()
            for row in rows {
                collector.add(area: try row.decode(column: "a", as: Int.self), period: try row.decode(column: "p", as: String.self),
                              value: try row.decode(column: "v", as: Double.self), layout: layout)
            }
        }
        return collector.values
    }

    /// All values (loaded and computed) of the indicators at one level, optionally for some areas only.
    func values(indicators: [Int], level: Int, areas: [Int]?) async throws -> [Int: [ObservationKey: ObservationValue]] {
        // No indicator or no area: nothing to read (and `IN ()` is not valid SQL on PostgreSQL).
        guard !indicators.isEmpty, areas?.isEmpty != true else { return [:] }
        var query = sql.select()
            .columns("indicator_id", "area_id", "period", "value")
            .from("observations")
            .where("indicator_id", .in, indicators)
            .where("level_id", .equal, level)
        // A short list of areas is filtered in the database; a long one is cheaper to filter in memory.
        var wanted: Set<Int>?
        if let areas {
            if areas.count <= 500 {
                query = query.where("area_id", .in, areas)
            } else {
                wanted = Set(areas)
            }
        }
        var result: [Int: [ObservationKey: ObservationValue]] = [:]
        for row in try await query.all() {
            let area = try row.decode(column: "area_id", as: Int.self)
            if let wanted, !wanted.contains(area) { continue }
            let indicator = try row.decode(column: "indicator_id", as: Int.self)
            let key = ObservationKey(area: area, period: try row.decode(column: "period", as: String.self))
            result[indicator, default: [:]][key] = ObservationValue(raw: try row.decode(column: "value", as: Double.self))
        }
        return result
    }

    /// The periods for which an indicator has values at a level, oldest first.
    func periods(indicators: [Int], level: Int) async throws -> [String] {
        guard !indicators.isEmpty else { return [] }
        return try await sql.select().distinct().column("period").from("observations")
            .where("indicator_id", .in, indicators)
            .where("level_id", .equal, level)
            .orderBy("period")
            .all()
            .map { try $0.decode(column: "period", as: String.self) }
    }
}
