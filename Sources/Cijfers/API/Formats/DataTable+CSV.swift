import Tabular
import CijfersDomain
import Platform

extension DataTable {
    /// RFC 4180 CSV, comma-separated with a decimal point, one row per value; the status column says
    /// why a value is empty.
    func csv() -> String {
        csvHeader + csvRows(cells[...])
    }

    var csvHeader: String { "indicator,level,area,area_name,period,value,status\r\n" }

    /// The lines of some cells, for writing a large answer in pieces. Every text field is spreadsheet-safe; the value
    /// column holds plain numbers only.
    func csvRows(_ part: ArraySlice<Cell>) -> String {
        var out = ""
        out.reserveCapacity(part.count * 64)
        for cell in part {
            let fields = [
                cell.indicator, level.code, cell.area.code, cell.area.name, cell.period,
                cell.value.value.map(CSVNumber.format) ?? "", cell.value.status.rawValue,
            ]
            out += fields.map(CSVField.escape).joined(separator: ",")
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
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
