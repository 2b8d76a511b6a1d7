import CijfersDomain
import SQLKit
import Storage

/// Periods and period levels as Swing's OData lists them, from the data that is there.
struct SwingPeriods {
    let sql: any SQLDatabase
    let catalog: Catalog

    static func name(ofLevel level: String) -> String {
        switch level {
        case "year": "Jaar"
        case "quarter": "Kwartaal"
        case "month": "Maand"
        default: "Andere"
        }
    }

    /// All periods with data, for one indicator (its components, for a formula) at one level, or overall.
    func all(indicator: String?, level: String?) async throws -> [String] {
        var query = sql.select().distinct().column("period").from("observations")
        if let indicator {
            guard catalog.indicators[indicator] != nil else { throw QueryError.unknownIndicator(indicator) }
            let codes = IndicatorEvaluator.storedDependencies(
                of: [indicator], indicators: catalog.indicators, formulas: catalog.formulas)
            query = query.where("indicator_id", .in, codes.compactMap { catalog.indicatorKeys[$0] })
        }
        if let level {
            guard let key = catalog.levelKeys[level] else { throw QueryError.unknownLevel(level) }
            query = query.where("level_id", .equal, key)
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
