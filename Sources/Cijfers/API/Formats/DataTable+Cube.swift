import CijfersDomain
import Platform

extension DataTable {
    /// Every indicator × area × period of the answer, also where the query left a combination out (an indicator
    /// without data in a period another indicator has): such a cell is `no_data`, as in JSON-stat. XLSX and the RDF
    /// Data Cube are written from this, so every format shows the same cells with the same status.
    struct Cube {
        let table: DataTable
        private let lookup: [CubeKey: PublishedValue]

        init(_ table: DataTable) throws {
            try DataQuery.checkSize(indicators: table.indicators.count, areas: table.areas.count,
                                    periods: table.periods.count)
            self.table = table
            var lookup: [CubeKey: PublishedValue] = [:]
            lookup.reserveCapacity(table.cells.count)
            for cell in table.cells {
                lookup[CubeKey(indicator: cell.indicator, area: cell.area.key, period: cell.period)] = cell.value
            }
            self.lookup = lookup
        }

        var count: Int { table.indicators.count * table.areas.count * table.periods.count }

        func value(_ indicator: String, area: Int, period: String) -> PublishedValue {
            lookup[CubeKey(indicator: indicator, area: area, period: period)] ?? .noData
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

/// The name of a download that says what it holds: indicator(s), level, parent, periods —
/// `vp2506_elek_res_n-gemeente2024-centrumsteden-2023.xlsx`.
enum DownloadName {
    static func make(_ selection: DataSelection, periods: [String], extension fileExtension: String) -> String {
        let indicators = selection.indicators.count <= 3
            ? selection.indicators.joined(separator: "+") : "\(selection.indicators.count)-indicatoren"
        var parts = [indicators, selection.level]
        if let parent = selection.parent {
            // `gemeente2024:44021` names the area by its code.
            parts.append(parent.split(separator: ":").last.map(String.init) ?? parent)
        }
        if let areas = selection.areas {
            parts.append(areas.count <= 3 ? areas.joined(separator: "+") : "\(areas.count)-gebieden")
        }
        switch periods.count {
        case 0: parts.append("geen-perioden")
        case 1: parts.append(periods[0])
        default: parts.append("\(periods[0])_\(periods[periods.count - 1])")
        }
        let name = parts.map(safe).joined(separator: "-")
        return String(name.prefix(150)) + "." + fileExtension
    }

    /// Letters, digits and `_ + . -` stay; anything else (slashes, quotes, spaces) becomes `_`.
    private static func safe(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || "_+.-".contains($0)) ? $0 : "_" })
    }
}
