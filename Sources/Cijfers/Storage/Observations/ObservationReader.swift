import Platform
import CijfersDomain
import SQLKit

/// Reads values back from the packed vectors (`value_vectors`, `ValueVector`), keyed the way the domain works with them.
struct ObservationReader {
    let sql: any SQLDatabase
    /// Gives the slot order of each level; without it the order is read from the areas table.
    let catalog: Catalog?

    init(sql: any SQLDatabase, catalog: Catalog? = nil) {
        self.sql = sql
        self.catalog = catalog
    }

    /// The loaded values (every level) of one indicator, for aggregation, with areas as slots of `layout`.
    func loaded(indicator: Int, layout: GridLayout) async throws -> LoadedValues {
        var collector = LoadedCollector()
        let rows = try await sql.select().columns("level_id", "period", "vector").from("value_vectors")
            .where("indicator_id", .equal, indicator)
            .where("origin", .equal, ObservationRow.Origin.loaded.rawValue)
            .all()
        var keysOfLevel: [Int: [Int]] = [:]
        for row in rows {
            let level = try row.decode(column: "level_id", as: Int.self)
            let keys: [Int]
            if let known = keysOfLevel[level] {
                keys = known
            } else {
                keys = try await slotKeys(level: level)
                keysOfLevel[level] = keys
            }
            let period = collector.periodIndex(try row.decode(column: "period", as: String.self))
            try ValueVector.forEach(try row.decode(column: "vector", as: String.self)) { slot, value in
                guard slot < keys.count, let gridSlot = layout.slot(keys[slot]) else { return }
                collector.add(gridSlot: gridSlot, period: period, value: value)
            }
        }
        return collector.values
    }

    /// All values (loaded and computed) of the indicators at one level, optionally for some areas only.
    func values(indicators: [Int], level: Int, areas: [Int]?) async throws -> [Int: [ObservationKey: ObservationValue]] {
        // No indicator or no area: nothing to read (and `IN ()` is not valid SQL on PostgreSQL).
        guard !indicators.isEmpty, areas?.isEmpty != true else { return [:] }
        let keys = try await slotKeys(level: level)
        let wanted: [Bool]?
        if let areas {
            var flags = [Bool](repeating: false, count: keys.count)
            let set = Set(areas)
            for (slot, key) in keys.enumerated() where set.contains(key) { flags[slot] = true }
            wanted = flags
        } else {
            wanted = nil
        }
        // Computed vectors first, so a loaded value would win (they never share a slot; see ObservationWriter).
        let rows = try await sql.select().columns("indicator_id", "period", "vector").from("value_vectors")
            .where("indicator_id", .in, indicators)
            .where("level_id", .equal, level)
            .orderBy("origin", .descending)
            .all()
        var result: [Int: [ObservationKey: ObservationValue]] = [:]
        for row in rows {
            let indicator = try row.decode(column: "indicator_id", as: Int.self)
            let period = try row.decode(column: "period", as: String.self)
            var values = result[indicator] ?? [:]
            result[indicator] = nil
            try ValueVector.forEach(try row.decode(column: "vector", as: String.self)) { slot, value in
                guard slot < keys.count, wanted?[slot] ?? true else { return }
                values[ObservationKey(area: keys[slot], period: period)] = ObservationValue(raw: value)
            }
            result[indicator] = values
        }
        return result
    }

    /// The periods for which an indicator has values at a level, oldest first.
    func periods(indicators: [Int], level: Int) async throws -> [String] {
        guard !indicators.isEmpty else { return [] }
        return try await sql.select().distinct().column("period").from("value_vectors")
            .where("indicator_id", .in, indicators)
            .where("level_id", .equal, level)
            .orderBy("period")
            .all()
            .map { try $0.decode(column: "period", as: String.self) }
    }

    /// The area keys of a level in slot order: from the catalog, or (without one) from the areas table.
    func slotKeys(level: Int) async throws -> [Int] {
        if let catalog, let code = catalog.levelKeys.first(where: { $0.value == level })?.key {
            return catalog.slotKeys[code] ?? []
        }
        return try await sql.select().column("id").from("areas").where("level_id", .equal, level).orderBy("slot").all()
            .map { try $0.decode(column: "id", as: Int.self) }
    }
}
