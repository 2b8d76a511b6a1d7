import Foundation

/// Reads the rows of one sheet of an .xlsx workbook.
///
/// The workbook structure (sheet list, relationships, shared strings) is read
/// when opening, and the chosen sheet's XML is decompressed into memory as a
/// whole: sheets are bounded by `TabularLimits` (inflated size, compression ratio,
/// cells), and having the bytes in one piece lets the scanner run without any
/// buffering logic. Rows are then
/// produced one at a time.
public final class XLSXReader: RowReader {
    public let path: String
    public let file: String
    /// The name of the sheet being read.
    public let sheet: String?
    /// All sheet names of the workbook, in workbook order.
    public let sheetNames: [String]

    private let scanner: XLSXSheetScanner

    /// Opens the workbook at `path` and selects `sheet` by name, or the first
    /// sheet when `sheet` is `nil`.
    public init(path: String, sheet requested: String? = nil, limits: TabularLimits = .standard) throws(TabularError) {
        self.path = path
        let file = URL(fileURLWithPath: path).lastPathComponent
        self.file = file
        let workbook = try XLSXPackage(path: path, file: file, limits: limits)
        sheetNames = workbook.sheets.map(\.name)

        let chosen: XLSXPackage.SheetEntry
        if let requested {
            let wanted = trimmingBlanks(requested)
            guard let found = workbook.sheets.first(where: { $0.name == requested })
                ?? workbook.sheets.first(where: {
                    trimmingBlanks($0.name).caseInsensitiveCompare(wanted) == .orderedSame
                })
            else {
                let names = workbook.sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
                throw TabularError(location: TabularLocation(file: file),
                                   reason: "blad \"\(requested)\" bestaat niet; beschikbare bladen: \(names)",
                                   kind: .unknownSheet)
            }
            chosen = found
        } else {
            guard let first = workbook.sheets.first else {
                throw TabularError(location: TabularLocation(file: file),
                                   reason: "de werkmap bevat geen bladen", kind: .corruptXLSX)
            }
            chosen = first
        }
        self.sheet = chosen.name

        let bytes = try workbook.sheetBytes(chosen)
        let sharedStrings = try workbook.sharedStrings()
        scanner = XLSXSheetScanner(bytes: bytes, sharedStrings: sharedStrings, file: file, sheet: chosen.name,
                                   maximumCells: limits.cells)
    }

    public func next() throws(TabularError) -> Row? {
        while let row = try scanner.nextRow() {
            // Rows that only carry formatting are invisible to the user.
            if !row.isBlank { return row }
        }
        return nil
    }
}
