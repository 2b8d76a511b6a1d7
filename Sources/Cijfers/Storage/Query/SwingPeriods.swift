import CijfersDomain
import FluentKit
import SQLKit
import Platform

/// Periods and period levels as Swing's OData lists them, from the data that is there.
struct SwingPeriods {
    let sql: any SQLDatabase
    let catalog: Catalog

    init(database: any Database, catalog: Catalog) {
        self.sql = database.sql
        self.catalog = catalog
    }

    static func name(ofLevel level: String) -> String {
        switch level {
        case "year": "Jaar"
        case "quarter": "Kwartaal"
        case "month": "Maand"
        default: "Andere"
        }
    }

    /// All periods with data, for one indicator (its components, for a formula) at one level, or overall.
    /// Data the viewer may not read is left out, so a restricted level lists what a level without data lists.
    func all(indicator: String?, level: String?) async throws -> [String] {
        var query = sql.select().distinct().column("period").from("value_vectors")
        let visibility = catalog.visibility
        if let indicator, catalog.indicators[indicator] == nil { throw QueryError.unknownIndicator(indicator) }
        if let level {
            guard let key = catalog.levelKeys[level] else { throw QueryError.unknownLevel(level) }
            query = query.where("level_id", .equal, key)
        }
        if let indicator {
            let readable = level.map(catalog.indicatorsReadable(atLevel:)) ?? catalog.indicators
            let codes = IndicatorEvaluator.storedDependencies(of: [indicator], indicators: readable, formulas: catalog.formulas)
            let keys = codes.compactMap { catalog.indicatorKeys[$0] }
            guard !keys.isEmpty else { return [] }
            query = query.where("indicator_id", .in, keys)
            // Without a level: not the levels where the indicator is restricted (its sources are restricted there too).
            let hiddenLevels = (visibility.hiddenLevels[indicator] ?? []).compactMap { catalog.levelKeys[$0] }
            if level == nil, !hiddenLevels.isEmpty { query = query.where("level_id", .notIn, hiddenLevels) }
        } else {
            let hidden = visibility.hiddenIndicators.compactMap { catalog.indicatorKeys[$0] }
            if !hidden.isEmpty { query = query.where("indicator_id", .notIn, hidden) }
            for (code, levels) in visibility.hiddenLevels.sorted(by: { $0.key < $1.key }) {
                guard let key = catalog.indicatorKeys[code] else { continue }
                if let level {
                    if levels.contains(level) { query = query.where("indicator_id", .notEqual, key) }
                } else {
                    let levelKeys = levels.compactMap { catalog.levelKeys[$0] }
                    if levelKeys.isEmpty { continue }
                    query = query.where { $0.where("indicator_id", .notEqual, key).orWhere("level_id", .notIn, levelKeys) }
                }
            }
        }
        return try await query.orderBy("period").all().map { try $0.decode(column: "period", as: String.self) }
    }

    func levels(indicator: String?, level: String?) async throws -> [String] {
        var seen: [String] = []
        for period in try await all(indicator: indicator, level: level) {
            let kind = Period(period).level
            if !seen.contains(kind) { seen.append(kind) }
        }
        return seen
    }

    func periods(ofLevel periodLevel: String, indicator: String?, level: String?) async throws -> [String] {
        try await all(indicator: indicator, level: level).filter { Period($0).level == periodLevel }
    }
}
