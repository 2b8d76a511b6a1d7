import CijfersDomain
import SQLKit

/// Reads values back, keyed the way the domain works with them.
struct ObservationReader {
    let sql: any SQLDatabase

    /// The loaded values (every level) of the given indicators, for aggregation.
    func loaded(indicators: [Int]) async throws -> [Int: [ObservationKey: ObservationValue]] {
        guard !indicators.isEmpty else { return [:] }
        var result: [Int: [ObservationKey: ObservationValue]] = [:]
        let rows = try await sql.select()
            .columns("indicator_id", "area_id", "period", "value")
            .from("observations")
            .where("indicator_id", .in, indicators)
            .where("origin", .equal, ObservationRow.Origin.loaded.rawValue)
            .all()
        for row in rows {
            let indicator = try row.decode(column: "indicator_id", as: Int.self)
            let key = ObservationKey(
                area: try row.decode(column: "area_id", as: Int.self),
                period: try row.decode(column: "period", as: String.self))
            result[indicator, default: [:]][key] = ObservationValue(raw: try row.decode(column: "value", as: Double.self))
        }
        return result
    }

    /// All values (loaded and computed) of the indicators at one level, optionally for some areas only.
    func values(indicators: [Int], level: Int, areas: [Int]?) async throws -> [Int: [ObservationKey: ObservationValue]] {
        guard !indicators.isEmpty else { return [:] }
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
