/// A source of rows, read one at a time so that large files never have to be
/// held as a whole.
public protocol RowReader: AnyObject {
    /// The file name as shown to users (no directory).
    var file: String { get }
    /// The sheet being read; `nil` for CSV.
    var sheet: String? { get }
    /// The next row that holds at least one value, or `nil` at the end.
    ///
    /// After an error about one row (a bad value, invalid text) the next call
    /// continues with the following row, so an importer can report every problem
    /// in one pass. After an error about the file as a whole (damaged, cut off)
    /// the reader returns `nil`.
    func next() throws(TabularError) -> Row?
}

extension RowReader {
    /// All remaining rows. Meant for small files and tests; importers should
    /// stream with `next()`.
    public func readAll() throws(TabularError) -> [Row] {
        var rows: [Row] = []
        while let row = try next() { rows.append(row) }
        return rows
    }

    /// A location in this reader's file and sheet.
    public func location(row: Int? = nil, column: Int? = nil) -> TabularLocation {
        TabularLocation(file: file, sheet: sheet, row: row, column: column.map(columnLetters))
    }
}
