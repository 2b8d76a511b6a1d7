import Foundation
import ZIPFoundation

/// Writes an .xlsx workbook (Office Open XML, the parts Excel, LibreOffice and openpyxl need and nothing more):
/// one or more sheets, numbers stored as numbers with a number format of the right decimals, text as shared strings,
/// dates as date serials, a bold and frozen header row, and column widths.
///
/// The workbook is built in memory: callers bound what they put in (the data API refuses selections of more than
/// `DataQuery.maximumCells` values). Parts are deflated into a zip held in memory.
public struct XLSXWriter {
    /// One cell's content.
    public enum Value: Sendable, Equatable {
        case empty
        case text(String)
        /// A number shown with `decimals` decimals and digit grouping, or in Excel's General format when nil.
        case number(Double, decimals: Int?)
        /// A calendar date (written as Excel's serial day number with a date format).
        case date(Date)
    }

    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[Value]]
        /// Rows at the top shown in bold and kept in view when scrolling (0 for none).
        public var headerRows: Int
        /// Widths in characters; columns without one get a width from their content.
        public var columnWidths: [Int: Double]

        public init(name: String, rows: [[Value]], headerRows: Int = 1, columnWidths: [Int: Double] = [:]) {
            self.name = name
            self.rows = rows
            self.headerRows = headerRows
            self.columnWidths = columnWidths
        }
    }

    /// Most decimals a number format gets; more is noise in a statistics table.
    public static let maximumDecimals = 10
    /// Excel's limits.
    public static let maximumRows = 1_048_576
    public static let maximumColumns = 16_384
    public static let maximumSheetNameLength = 31

    public init() {}

    /// The workbook as the bytes of an .xlsx file.
    public func workbook(_ sheets: [Sheet]) throws -> Data {
        precondition(!sheets.isEmpty, "a workbook has at least one sheet")
        var strings = SharedStringTable()
        let names = Self.sheetNames(sheets.map(\.name))
        var parts: [(String, Data)] = []
        for (index, sheet) in sheets.enumerated() {
            guard sheet.rows.count <= Self.maximumRows else { throw XLSXWriterError.tooManyRows(sheet.rows.count) }
            guard sheet.rows.allSatisfy({ $0.count <= Self.maximumColumns }) else { throw XLSXWriterError.tooManyColumns }
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Data(worksheet(sheet, strings: &strings).utf8)))
        }
        parts.append(("xl/sharedStrings.xml", Data(strings.xml.utf8)))
        parts.append(("xl/styles.xml", Data(Self.styles.utf8)))
        parts.append(("xl/workbook.xml", Data(Self.workbookXML(names).utf8)))
        parts.append(("xl/_rels/workbook.xml.rels", Data(Self.workbookRelationships(count: sheets.count).utf8)))
        parts.append(("_rels/.rels", Data(Self.rootRelationships.utf8)))
        parts.insert(("[Content_Types].xml", Data(Self.contentTypes(count: sheets.count).utf8)), at: 0)

        let archive = try Archive(data: Data(), accessMode: .create)
        // A fixed date keeps the same workbook byte for byte the same (and caches valid).
        let stamp = Date(timeIntervalSince1970: 1_577_836_800)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                                 compressionMethod: .deflate) { position, size in
                let start = data.startIndex + Int(position)
                return data.subdata(in: start..<min(start + size, data.endIndex))
            }
        }
        guard let bytes = archive.data else { throw XLSXWriterError.archive }
        return bytes
    }

    // MARK: Sheets

    /// Sheet names as Excel accepts them: without `[]:*?/\`, not starting or ending with an apostrophe, at most 31
    /// characters, not empty and unique regardless of case (a later duplicate gets " (2)").
    public static func sheetNames(_ wanted: [String]) -> [String] {
        var used = Set<String>()
        return wanted.map { raw in
            var name = String(raw.map { "[]:*?/\\".contains($0) || $0.isNewline ? "_" : $0 })
            while name.hasPrefix("'") { name.removeFirst() }
            while name.hasSuffix("'") { name.removeLast() }
            name = name.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { name = "Blad" }
            name = limit(name, to: maximumSheetNameLength)
            var candidate = name
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = limit(name, to: maximumSheetNameLength - suffix.utf16.count) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    /// Excel counts a name's length in UTF-16 units; a character is never cut in half.
    private static func limit(_ text: String, to units: Int) -> String {
        var out = ""
        for character in text {
            guard out.utf16.count + character.utf16.count <= units else { break }
            out.append(character)
        }
        return out
    }

    private func worksheet(_ sheet: Sheet, strings: inout SharedStringTable) -> String {
        let columns = sheet.rows.map(\.count).max() ?? 0
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        if columns > 0 {
            let last = columnLetters(columns - 1) + String(max(sheet.rows.count, 1))
            xml += #"<dimension ref="A1:\#(last)"/>"#
        }
        if sheet.headerRows > 0, sheet.rows.count > sheet.headerRows {
            let top = "A\(sheet.headerRows + 1)"
            xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="\#(sheet.headerRows)" topLeftCell="\#(top)" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="\#(top)" sqref="\#(top)"/></sheetView></sheetViews>"#
        }
        if columns > 0 {
            xml += "<cols>"
            for column in 0..<columns {
                let width = sheet.columnWidths[column] ?? Self.width(ofColumn: column, in: sheet.rows)
                xml += #"<col min="\#(column + 1)" max="\#(column + 1)" width="\#(width)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        xml.reserveCapacity(xml.utf8.count + sheet.rows.count * max(columns, 1) * 32)
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = rowIndex + 1
            let header = rowIndex < sheet.headerRows
            xml += #"<row r="\#(number)">"#
            for (columnIndex, value) in row.enumerated() {
                let reference = columnLetters(columnIndex) + String(number)
                switch value {
                case .empty:
                    if header { xml += #"<c r="\#(reference)" s="\#(Style.bold)"/>"# }
                case .text(let text):
                    let style = header ? #" s="\#(Style.bold)""# : ""
                    xml += #"<c r="\#(reference)"\#(style) t="s"><v>\#(strings.index(of: text))</v></c>"#
                case .number(let number, let decimals):
                    // NaN and infinity have no place in a worksheet: the cell stays empty.
                    guard number.isFinite else { continue }
                    xml += #"<c r="\#(reference)" s="\#(Style.number(decimals: decimals))"><v>\#(Self.text(of: number))</v></c>"#
                case .date(let date):
                    xml += #"<c r="\#(reference)" s="\#(Style.date)"><v>\#(Self.serial(of: date))</v></c>"#
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        xml += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        xml += "</worksheet>"
        return xml
    }

    /// Wide enough for the longest content of the first 500 rows, between 6 and 60 characters.
    static func width(ofColumn column: Int, in rows: [[Value]]) -> Double {
        var longest = 0
        for row in rows.prefix(500) where column < row.count {
            let length: Int
            switch row[column] {
            case .empty: length = 0
            case .text(let text): length = text.count
            case .number(let number, let decimals):
                length = number.isFinite ? Self.text(of: number).count + (decimals ?? 0) + 3 : 0
            case .date: length = 10
            }
            longest = max(longest, length)
        }
        return Double(min(max(longest + 2, 6), 60))
    }

    /// A number as the shortest text that reads back exactly, without exponent for whole numbers.
    static func text(of number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return "\(number)"
    }

    /// Excel's serial day number (1900 date system): days since 30 December 1899, in UTC.
    static func serial(of date: Date) -> String {
        let days = date.timeIntervalSince1970 / 86_400 + 25_569
        return text(of: (days * 86_400).rounded() / 86_400)
    }

    // MARK: Styles

    /// The cell formats in styles.xml: 0 default, 1 bold, 2 date, 3 General number, then one per number of decimals.
    enum Style {
        static let bold = 1
        static let date = 2
        static let general = 3
        static func number(decimals: Int?) -> Int {
            guard let decimals else { return general }
            return 4 + min(max(decimals, 0), XLSXWriter.maximumDecimals)
        }
    }

    static let styles: String = {
        // Built-in format 3 is "#,##0"; decimals get custom formats from 164 on.
        let custom = (1...maximumDecimals).map { decimals in
            ##"<numFmt numFmtId="\##(163 + decimals)" formatCode="#,##0.\##(String(repeating: "0", count: decimals))"/>"##
        }.joined()
        let numberFormats = (0...maximumDecimals).map { decimals in
            #"<xf numFmtId="\#(decimals == 0 ? 3 : 163 + decimals)" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        }.joined()
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + #"<numFmts count="\#(maximumDecimals)">\#(custom)</numFmts>"#
            + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
            + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
            + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="\#(4 + maximumDecimals + 1)">"#
            + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
            + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
            + #"<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
            + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
            + numberFormats + "</cellXfs>"
            + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
            + "</styleSheet>"
    }()

    // MARK: Workbook parts

    static func workbookXML(_ names: [String]) -> String {
        let sheets = names.enumerated().map { index, name in
            #"<sheet name="\#(XMLText.escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + "<bookViews><workbookView/></bookViews><sheets>\(sheets)</sheets></workbook>"
    }

    static func workbookRelationships(count: Int) -> String {
        var rels = (1...count).map { index in
            #"<Relationship Id="rId\#(index)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index).xml"/>"#
        }
        rels.append(#"<Relationship Id="rId\#(count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#)
        rels.append(#"<Relationship Id="rId\#(count + 2)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#)
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + rels.joined() + "</Relationships>"
    }

    static let rootRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func contentTypes(count: Int) -> String {
        let sheets = (1...count).map { index in
            #"<Override PartName="/xl/worksheets/sheet\#(index).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }.joined()
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + sheets
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + #"<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
            + "</Types>"
    }

    /// The media type of an .xlsx file.
    public static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
}

public enum XLSXWriterError: Error, CustomStringConvertible {
    case tooManyRows(Int)
    case tooManyColumns
    case archive

    public var description: String {
        switch self {
        case .tooManyRows(let rows): "een werkblad heeft hoogstens \(XLSXWriter.maximumRows) rijen, hier zijn er \(rows)"
        case .tooManyColumns: "een werkblad heeft hoogstens \(XLSXWriter.maximumColumns) kolommen"
        case .archive: "het xlsx-bestand kon niet samengesteld worden"
        }
    }
}

/// Each distinct text once, in order of first use.
struct SharedStringTable {
    private var indices: [String: Int] = [:]
    private var ordered: [String] = []
    private var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var xml: String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(uses)" uniqueCount="\#(ordered.count)">"#
        for text in ordered {
            let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? #" xml:space="preserve""# : ""
            out += "<si><t\(space)>\(XMLText.escape(text))</t></si>"
        }
        return out + "</sst>"
    }
}

/// Text for XML content and attributes: the five special characters escaped, and the control characters XML 1.0
/// cannot carry (everything below U+0020 but tab, line feed and carriage return, and U+FFFE/U+FFFF) left out.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
