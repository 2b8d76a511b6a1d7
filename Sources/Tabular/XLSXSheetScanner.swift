/// Reads the rows of one worksheet part (xl/worksheets/sheetN.xml) from its
/// decompressed bytes, one `<row>` per call.
///
/// Cells carry their own type (`t`) and position (`r`); both are optional in the
/// format, so a missing `r` means "the next position" and a missing `t` means a
/// number. Formulas are not evaluated: the value Excel cached in `<v>` is used.
final class XLSXSheetScanner {
    private enum CellType {
        case number, sharedString, string, inlineString, boolean, error, date
    }

    /// Excel's own limit; anything further right is a corrupt reference.
    static let maxColumns = 16_384

    private let bytes: ByteBuffer
    private let sharedStrings: [Cell]
    private let file: String
    private let sheet: String
    private var cursor: XMLCursor
    private var inSheetData = false
    private var finished = false
    private var lastRowNumber = 0
    private var widthHint = 8
    private let maximumCells: Int
    private var cellsRead = 0

    init(bytes: ByteBuffer, sharedStrings: [Cell], file: String, sheet: String,
         maximumCells: Int = TabularLimits.standard.cells) {
        self.maximumCells = maximumCells
        self.bytes = bytes
        self.sharedStrings = sharedStrings
        self.file = file
        self.sheet = sheet
        cursor = XMLCursor(bytes)
    }

    private func error(_ reason: String, kind: TabularError.Kind,
                       row: Int? = nil, column: Int? = nil) -> TabularError {
        TabularError(location: TabularLocation(file: file, sheet: sheet, row: row,
                                               column: column.map(columnLetters)),
                     reason: reason, kind: kind)
    }

    /// A sheet that ends early cannot be read further: the reader stops after
    /// reporting it once.
    private func truncated(row: Int?) -> TabularError {
        finished = true
        return error(TabularError.corruptXLSXReason, kind: .corruptXLSX, row: row)
    }

    /// The next `<row>`, empty or not; `nil` after `</sheetData>`.
    func nextRow() throws(TabularError) -> Row? {
        // Scanning works on a local copy of the cursor: mutating a stored property
        // through every helper would cost a dynamic exclusivity check per tag.
        var cursor = self.cursor
        defer { self.cursor = cursor }
        while !finished {
            guard let tag = cursor.nextTag() else {
                throw truncated(row: lastRowNumber == 0 ? nil : lastRowNumber)
            }
            if !inSheetData {
                if !tag.isEnd, cursor.name(of: tag, is: "sheetData") {
                    if tag.selfClosing {
                        finished = true
                        return nil
                    }
                    inSheetData = true
                }
                continue
            }
            if tag.isEnd {
                if cursor.name(of: tag, is: "sheetData") {
                    finished = true
                    return nil
                }
                continue
            }
            if cursor.name(of: tag, is: "row") {
                return try readRow(tag, &cursor)
            }
        }
        return nil
    }

    private func readRow(_ rowTag: XMLTag, _ cursor: inout XMLCursor) throws(TabularError) -> Row {
        var number = lastRowNumber + 1
        if let r = cursor.attribute("r", of: rowTag),
           let parsed = parseXMLInt(cursor.base, r.lowerBound, r.upperBound), parsed > 0 {
            number = parsed
        }
        lastRowNumber = number
        if rowTag.selfClosing { return Row(number: number, cells: []) }

        var cells: [Cell] = []
        cells.reserveCapacity(widthHint)
        while true {
            guard let tag = cursor.nextTag() else { throw truncated(row: number) }
            if tag.isEnd {
                if cursor.name(of: tag, is: "row") { break }
                continue
            }
            if cursor.name(of: tag, is: "c") {
                try readCell(tag, row: number, into: &cells, &cursor)
            } else if !cursor.skipElement(tag) {
                throw truncated(row: number)
            }
        }
        while let last = cells.last, last == .empty { cells.removeLast() }
        cellsRead += cells.count
        if cellsRead > maximumCells {
            finished = true
            throw error("het blad heeft meer dan \(maximumCells) cellen, de grens voor één blad; "
                        + "verdeel de gegevens over meer bestanden", kind: .tooLarge, row: number)
        }
        widthHint = max(widthHint, cells.count)
        return Row(number: number, cells: cells)
    }

    private func readCell(_ cellTag: XMLTag, row: Int, into cells: inout [Cell],
                          _ cursor: inout XMLCursor) throws(TabularError) {
        let base = cursor.base
        var column = cells.count
        var type = CellType.number
        var offset = cellTag.attributesStart
        while let a = cursor.nextAttribute(of: cellTag, offset: &offset) {
            guard a.nameEnd - a.nameStart == 1 else { continue }
            switch base[a.nameStart] {
            case UInt8(ascii: "r"):
                column = try columnOfReference(a.valueStart, a.valueEnd, row: row, fallback: column, cursor)
            case UInt8(ascii: "t"):
                type = cellType(a.valueStart, a.valueEnd, cursor)
            default:
                break
            }
        }

        var value = Cell.empty
        if !cellTag.selfClosing {
            while true {
                guard let tag = cursor.nextTag() else { throw truncated(row: row) }
                if tag.isEnd {
                    if cursor.name(of: tag, is: "c") { break }
                    continue
                }
                if tag.selfClosing { continue }
                if cursor.name(of: tag, is: "v") {
                    value = try interpretValue(type, row: row, column: column, &cursor)
                } else if cursor.name(of: tag, is: "is") {
                    guard let text = cursor.readRichText(endingWith: "is") else { throw truncated(row: row) }
                    value = text.isEmpty ? .empty : .text(text)
                } else if !cursor.skipElement(tag) {
                    // <f> and anything else: the cached value is all we read.
                    throw truncated(row: row)
                }
            }
        }

        if column < cells.count {
            cells[column] = value
        } else {
            if column > cells.count {
                cells.append(contentsOf: repeatElement(Cell.empty, count: column - cells.count))
            }
            cells.append(value)
        }
    }

    /// The column of a reference like "AB12"; letters only are read.
    private func columnOfReference(_ start: Int, _ end: Int, row: Int, fallback: Int,
                                   _ cursor: XMLCursor) throws(TabularError) -> Int {
        let base = cursor.base
        var index = 0
        var i = start
        while i < end {
            let upper = base[i] & ~0x20
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
            index = index * 26 + Int(upper - UInt8(ascii: "A")) + 1
            i += 1
            if index > Self.maxColumns {
                throw error("ongeldige celverwijzing \"\(cursor.decodeText(start, end))\"",
                            kind: .corruptXLSX, row: row)
            }
        }
        return index == 0 ? fallback : index - 1
    }

    private func cellType(_ start: Int, _ end: Int, _ cursor: XMLCursor) -> CellType {
        let base = cursor.base
        switch end - start {
        case 1:
            switch base[start] {
            case UInt8(ascii: "s"): return .sharedString
            case UInt8(ascii: "b"): return .boolean
            case UInt8(ascii: "e"): return .error
            case UInt8(ascii: "d"): return .date
            default: return .number
            }
        case 3 where cursor.matches("str", at: start):
            return .string
        case 9 where cursor.matches("inlineStr", at: start):
            return .inlineString
        default:
            return .number
        }
    }

    /// Reads the text of the `<v>` just entered and turns it into a cell.
    private func interpretValue(_ type: CellType, row: Int, column: Int,
                                _ cursor: inout XMLCursor) throws(TabularError) -> Cell {
        let start = cursor.position
        let stop = cursor.find(UInt8(ascii: "<"), from: start)
        guard stop < cursor.count else { throw truncated(row: row) }
        let isPlain = !cursor.matches("<![CDATA[", at: stop)
        switch type {
        case .number where isPlain:
            cursor.position = stop
            if start == stop { return .empty }
            guard let number = parseXMLDouble(cursor.base, start, stop) else {
                throw error("ongeldig getal \"\(cursor.decodeText(start, stop))\"",
                            kind: .invalidValue, row: row, column: column)
            }
            return .number(number)
        case .sharedString where isPlain:
            cursor.position = stop
            guard let index = parseXMLInt(cursor.base, start, stop) else {
                throw error("ongeldige verwijzing naar een gedeelde tekst \"\(cursor.decodeText(start, stop))\"",
                            kind: .invalidValue, row: row, column: column)
            }
            guard index < sharedStrings.count else {
                throw error("verwijzing naar gedeelde tekst nr. \(index) bestaat niet "
                            + "(er zijn er \(sharedStrings.count))",
                            kind: .corruptXLSX, row: row, column: column)
            }
            return sharedStrings[index]
        default:
            let text = cursor.readText()
            switch type {
            case .boolean:
                switch trimmingBlanks(text) {
                case "1", "true": return .number(1)
                case "0", "false": return .number(0)
                default:
                    throw error("ongeldige waarheidswaarde \"\(text)\"", kind: .invalidValue,
                                row: row, column: column)
                }
            case .number:
                if text.isEmpty { return .empty }
                guard let number = parseLocalizedNumber(text, decimalComma: false) else {
                    throw error("ongeldig getal \"\(text)\"", kind: .invalidValue, row: row, column: column)
                }
                return .number(number)
            case .sharedString:
                guard let index = Int(trimmingBlanks(text)), index >= 0, index < sharedStrings.count else {
                    throw error("verwijzing naar gedeelde tekst \"\(text)\" bestaat niet",
                                kind: .corruptXLSX, row: row, column: column)
                }
                return sharedStrings[index]
            case .string, .inlineString, .error, .date:
                return text.isEmpty ? .empty : .text(text)
            }
        }
    }
}
