import CijfersDomain
import Platform

extension DataTable {
    /// Every indicator × area × period of the answer, also where the query left a combination out (an indicator
    /// without data in a period another indicator has): such a cell is `no_data`, as in JSON-stat. XLSX and the RDF
    /// Data Cube are written from this, so every format shows the same cells with the same status.
    struct Cube {
        let table: DataTable
        private let lookup: [CubeKey: PublishedValue]
        private let intervals: [CubeKey: ConfidenceInterval]

        init(_ table: DataTable) throws {
            try DataQuery.checkSize(indicators: table.indicators.count, areas: table.areas.count,
                                    periods: table.periods.count)
            self.table = table
            var lookup: [CubeKey: PublishedValue] = [:]
            var intervals: [CubeKey: ConfidenceInterval] = [:]
            lookup.reserveCapacity(table.cells.count)
            for cell in table.cells {
                let key = CubeKey(indicator: cell.indicator, area: cell.area.key, period: cell.period)
                lookup[key] = cell.value
                if let interval = cell.interval { intervals[key] = interval }
            }
            self.lookup = lookup
            self.intervals = intervals
        }

        var count: Int { table.indicators.count * table.areas.count * table.periods.count }

        func value(_ indicator: String, area: Int, period: String) -> PublishedValue {
            lookup[CubeKey(indicator: indicator, area: area, period: period)] ?? .noData
        }

        /// The 95 % confidence interval of a survey indicator's value, where it has one.
        func interval(_ indicator: String, area: Int, period: String) -> ConfidenceInterval? {
            intervals[CubeKey(indicator: indicator, area: area, period: period)]
        }

        /// How many cells of an indicator are hidden by the privacy rule.
        func suppressedCount(of indicator: String) -> Int {
            table.cells.lazy.filter { $0.indicator == indicator && $0.value.status == .suppressed }.count
        }
    }

    private struct CubeKey: Hashable {
        let indicator: String
        let area: Int
        let period: String
    }
}
