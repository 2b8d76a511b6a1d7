import Tabular
import CijfersDomain
import Platform

extension DataTable {
    /// CSV (RFC 4180), one row per value, in either form (`CSVDialect`): plain (comma, decimal point) or Belgian
    /// (semicolon, decimal comma, byte-order mark). Every row carries the indicator's name and unit, so a file says
    /// what it holds without comment lines; the status column says why a value is empty (`suppressed`: hidden by the
    /// privacy rule).
    func csv(_ dialect: CSVDialect = .plain) -> String {
        csvHeader(dialect) + csvRows(cells[...], dialect: dialect)
    }

    /// The first line. The columns of the first versions come first, in their order, so older scripts keep working;
    /// a table with a survey indicator adds the bounds of the 95 % confidence interval (`ci95_lower`, `ci95_upper`,
    /// empty where there is no interval).
    func csvHeader(_ dialect: CSVDialect = .plain) -> String {
        let columns = hasSurveyIndicator ? Self.csvColumns + Self.csvIntervalColumns : Self.csvColumns
        return dialect.byteOrderMark + columns.joined(separator: String(dialect.separator)) + "\r\n"
    }

    static let csvColumns = ["indicator", "level", "area", "area_name", "period", "value", "status", "indicator_name", "unit"]
    static let csvIntervalColumns = ["ci95_lower", "ci95_upper"]

    /// Whether an indicator of the answer is a survey percentage (its values may carry a confidence interval).
    var hasSurveyIndicator: Bool { indicators.contains(where: \.surveyProportion) }

    /// The lines of some cells, for writing a large answer in pieces. Every text field is spreadsheet-safe; the value
    /// column holds plain numbers only.
    func csvRows(_ part: ArraySlice<Cell>, dialect: CSVDialect = .plain) -> String {
        var out = ""
        out.reserveCapacity(part.count * 96)
        let names = Dictionary(indicators.map { ($0.code, ($0.name, $0.unit)) }, uniquingKeysWith: { a, _ in a })
        let separator = String(dialect.separator)
        let withInterval = hasSurveyIndicator
        for cell in part {
            let (name, unit) = names[cell.indicator] ?? ("", "")
            var fields = [
                cell.indicator, level.code, cell.area.code, cell.area.name, cell.period,
                cell.value.value.map(dialect.number) ?? "", cell.value.status.rawValue, name, unit,
            ]
            if withInterval {
                let interval = cell.interval
                fields += [interval.map { dialect.number($0.lower) } ?? "", interval.map { dialect.number($0.upper) } ?? ""]
            }
            out += fields.map { CSVText.field($0, separator: dialect.separator) }.joined(separator: separator)
            out += "\r\n"
        }
        return out
    }
}

enum CSVField {
    static func escape(_ field: String) -> String {
        CSVText.field(field)
    }
}

enum CSVNumber {
    /// Whole numbers without ".0", others in the shortest form that reads back exactly.
    static func format(_ value: Double) -> String {
        CSVDialect.plain.number(value)
    }
}
