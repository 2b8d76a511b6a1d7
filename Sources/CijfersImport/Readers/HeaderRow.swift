import Foundation
import Tabular

/// The header row of a sheet: finds columns by any of their accepted names, case- and space-insensitive.
public struct HeaderRow: Sendable {
    public let row: Row
    public let names: [String]
    private let index: [String: Int]

    public init(_ row: Row) {
        self.row = row
        names = row.cells.map { $0.text ?? "" }
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            let key = HeaderRow.key(name)
            if !key.isEmpty, index[key] == nil { index[key] = i }
        }
        self.index = index
    }

    /// Compares headers the way people write them: 'Indicator code', 'indicator_code', ' INDICATORCODE '.
    public static func key(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "(" || $0 == ")" })
    }

    public func column(_ aliases: [String]) -> Int? {
        for alias in aliases { if let i = index[HeaderRow.key(alias)] { return i } }
        return nil
    }

    public var nonEmptyCount: Int { names.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count }
}

extension Row {
    public func cell(_ column: Int?) -> Cell {
        guard let column, column < cells.count else { return .empty }
        return cells[column]
    }

    public var isBlank: Bool { cells.allSatisfy(\.isEmpty) }

    /// A whole number such as a sequence number, or nil. `Int(_:)` traps on a cell holding 1e400 or NaN,
    /// so anything outside the exactly representable range counts as no number.
    public func integer(_ column: Int?) -> Int? {
        guard let value = cell(column).number(decimalComma: false), value.isFinite, abs(value) < 1e15 else { return nil }
        return Int(value)
    }
}

extension RowReader {
    /// The first non-blank row, which every Swing format uses as its header.
    public func headerRow() throws -> HeaderRow? {
        while let row = try next() {
            if !row.isBlank { return HeaderRow(row) }
        }
        return nil
    }
}
