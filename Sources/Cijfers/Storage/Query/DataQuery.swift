import Platform
import CijfersDomain
import FluentKit
import SQLKit
import Vapor

/// Answers a data selection from the catalog and the observations table. Every route that publishes
/// values (API, exports, Swing-compatible endpoints, pages) goes through here, so privacy suppression and
/// rounding are applied in exactly one place.
public struct DataQuery: Sendable {
    let sql: any SQLDatabase
    let catalog: Catalog

    /// Queries take a database; the SQL stays in here.
    public init(database: any Database, catalog: Catalog) {
        self.sql = database.sql
        self.catalog = catalog
    }

    /// Most values one answer holds (indicators × areas × periods); a larger selection is refused with this number,
    /// so one request cannot make the server build an answer of hundreds of megabytes.
    public static let maximumCells = 500_000

    public func run(_ selection: DataSelection) async throws -> DataTable {
        // A code asked twice is answered once: repeating codes must not multiply the answer.
        var selection = selection
        selection.indicators = selection.indicators.uniqued()
        selection.areas = selection.areas?.uniqued()
        if case .list(let periods) = selection.periods { selection.periods = .list(periods.map { Period($0).label }.uniqued()) }
        guard !selection.indicators.isEmpty else { throw QueryError.invalid("geef minstens één indicator op") }
        let indicators = try selection.indicators.map { code in
            guard let indicator = catalog.indicators[code] else { throw QueryError.unknownIndicator(code) }
            return indicator
        }
        guard let level = catalog.level(selection.level), let levelKey = catalog.levelKeys[level.code] else {
            throw QueryError.unknownLevel(selection.level)
        }
        // Restricted at this level: nothing is read, so the answer is exactly that of a level without data.
        let readable = catalog.indicatorsReadable(atLevel: level.code)
        let areas = try resolveAreas(selection, level: level.code)
        if case .list(let periods) = selection.periods {
            try Self.checkSize(indicators: indicators.count, areas: areas.count, periods: periods.count)
        }
        // A survey indicator's interval needs its sample size, published by the same rules (`SurveyEstimate`).
        let sampleCodes = indicators.compactMap(\.surveySampleCode).filter { readable[$0] != nil }
        let storedCodes = IndicatorEvaluator.storedDependencies(
            of: selection.indicators + sampleCodes, indicators: readable, formulas: catalog.formulas)
        let keys = storedCodes.compactMap { catalog.indicatorKeys[$0] }
        let restrictToAreas = areas.count == catalog.areas(inLevel: level.code).count ? nil : areas.map(\.key)
        let byKey = try await ObservationReader(sql: sql, catalog: catalog).values(indicators: keys, level: levelKey, areas: restrictToAreas)
        var stored: [String: IndicatorEvaluator.Values] = [:]
        for code in storedCodes { if let key = catalog.indicatorKeys[code] { stored[code] = byKey[key] ?? [:] } }
        // Secondary suppression: the cells that would give a suppressed value away by subtraction (docs/cijfers.md).
        let hidden = try await SecondarySuppressionStore(sql: sql, catalog: catalog).hidden(for: storedCodes)
        let evaluator = IndicatorEvaluator(indicators: readable, formulas: catalog.formulas, stored: stored, hidden: hidden)

        let available = Set(stored.values.flatMap { $0.keys.map(\.period) }).sorted()
        switch selection.periods {
        case .all: try Self.checkSize(indicators: indicators.count, areas: areas.count, periods: available.count)
        case .latest: try Self.checkSize(indicators: indicators.count, areas: areas.count, periods: 1)
        case .list: break
        }
        var cells: [DataTable.Cell] = []
        var shownPeriods = Set<String>()
        for indicator in indicators {
            let periods = periods(for: indicator.code, selection: selection.periods, available: available, evaluator: evaluator, areas: areas)
            shownPeriods.formUnion(periods)
            let sampleCode = indicator.surveySampleCode.flatMap { readable[$0] == nil ? nil : $0 }
            for area in areas {
                for period in periods {
                    let value = evaluator.published(indicator.code, area: area.key, period: period)
                    var cell = DataTable.Cell(indicator: indicator.code, area: area, period: period, value: value)
                    if let sampleCode, value.status == .ok {
                        // Only from what is itself published: a suppressed value or sample size gives no interval.
                        let sample = evaluator.published(sampleCode, area: area.key, period: period)
                        cell.estimate = SurveyEstimate(published: value, sampleSize: sample)
                        cell.roundOff = indicator.roundOff
                    }
                    cells.append(cell)
                }
            }
        }
        // Formula cost: past its work budget the evaluator stops computing, so the values are incomplete.
        if evaluator.exceededBudget {
            throw QueryError.invalid("deze selectie vraagt te veel rekenwerk voor formule-indicatoren (meer dan \(evaluator.workBudget) stappen); kies minder indicatoren, gebieden of perioden")
        }
        return DataTable(indicators: indicators, level: level, areas: areas, periods: shownPeriods.sorted(), cells: cells)
    }

    /// Refuses a selection whose answer would pass `maximumCells`, saying how large it is and what the limit is.
    static func checkSize(indicators: Int, areas: Int, periods: Int) throws {
        let (partial, overflow) = indicators.multipliedReportingOverflow(by: areas)
        let (cells, overflow2) = partial.multipliedReportingOverflow(by: periods)
        guard overflow || overflow2 || cells > maximumCells else { return }
        throw QueryError.tooLarge(cells: overflow || overflow2 ? Int.max : cells, limit: maximumCells)
    }

    private func periods(for code: String, selection: DataSelection.Periods, available: [String],
                         evaluator: IndicatorEvaluator, areas: [Catalog.AreaEntry]) -> [String] {
        switch selection {
        case .all:
            return available.filter { period in areas.contains { evaluator.raw(code, area: $0.key, period: period) != nil } }
        case .list(let periods):
            return periods.map { Period($0).label }
        case .latest:
            let last = available.last { period in areas.contains { evaluator.raw(code, area: $0.key, period: period) != nil } }
            return last.map { [$0] } ?? []
        }
    }

    func resolveAreas(_ selection: DataSelection, level: String) throws -> [Catalog.AreaEntry] {
        var areas = catalog.areas(inLevel: level)
        if let parent = selection.parent {
            let key = try resolveParent(parent, below: level)
            areas = catalog.areas(inLevel: level, within: key)
        }
        if let codes = selection.areas {
            let wanted = try codes.map { code -> Int in
                guard let key = catalog.areaKey(level: level, code: code) else { throw areaElsewhere(code, level: level) }
                return key
            }
            let allowed = Set(areas.map(\.key))
            // An asked area outside the parent is said, not silently left out.
            if let parent = selection.parent, let outside = wanted.first(where: { !allowed.contains($0) }), let area = catalog.areas[outside] {
                let parentName = (try? resolveParent(parent, below: level)).flatMap { catalog.areas[$0]?.name } ?? parent
                throw QueryError.areaOutsideParent(code: area.code, name: area.name, parent: parentName)
            }
            areas = wanted.filter(allowed.contains).compactMap { catalog.areas[$0] }
        }
        return areas
    }

    /// A parent given as `level:code`, or as a code looked up in the levels above `level`, nearest first.
    public func resolveParent(_ parent: String, below level: String) throws -> Int {
        if let colon = parent.firstIndex(of: ":") {
            let parentLevel = String(parent[..<colon])
            let code = String(parent[parent.index(after: colon)...])
            guard let key = catalog.areaKey(level: parentLevel, code: code) else { throw QueryError.unknownArea(parent) }
            guard catalog.hierarchy.levelGraph.ancestors(of: level).contains(parentLevel) else {
                throw notAbove(key, level: level) ?? QueryError.unknownArea(parent)
            }
            return key
        }
        let above = catalog.hierarchy.levelGraph.ancestors(of: level)
        let candidates = catalog.levels.filter { above.contains($0.code) }
        for candidate in candidates {
            if let key = catalog.areaKey(level: candidate.code, code: parent) { return key }
        }
        // The code exists, but not above the level: say so, rather than that it does not exist.
        for other in catalog.levels {
            if let key = catalog.areaKey(level: other.code, code: parent), let problem = notAbove(key, level: level) { throw problem }
        }
        throw QueryError.unknownArea(parent)
    }

    private func levelName(_ code: String) -> String { catalog.level(code)?.name ?? code }

    private func notAbove(_ key: Int, level: String) -> QueryError? {
        guard let area = catalog.areas[key] else { return nil }
        return .parentNotAbove(code: area.code, name: area.name, parentLevel: levelName(area.levelCode),
                               parentLevelCode: area.levelCode, level: levelName(level))
    }

    /// An area code not found at the level: at another level it is said so, else it does not exist.
    private func areaElsewhere(_ code: String, level: String) -> QueryError {
        for other in catalog.levels {
            if let key = catalog.areaKey(level: other.code, code: code), let area = catalog.areas[key] {
                return .areaNotInLevel(code: code, name: area.name, areaLevel: other.code, level: level)
            }
        }
        return .unknownArea(code)
    }
}

extension Array where Element: Hashable {
    /// The elements in their first order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension QueryError: AbortError {
    /// An unknown code is not found (404); a selection that cannot be answered is a bad request (400).
    public var status: HTTPResponseStatus {
        switch self {
        case .unknownIndicator, .unknownLevel, .unknownArea: .notFound
        case .invalid, .tooLarge, .parentNotAbove, .areaNotInLevel, .areaOutsideParent, .malformedPeriod: .badRequest
        }
    }

    public var reason: String { description }
}
