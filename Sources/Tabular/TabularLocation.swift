/// Where in a file a problem sits, in the terms a user sees: file name, sheet,
/// row number and column letters.
public struct TabularLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var sheet: String?
    public var row: Int?
    /// Excel letters: "A", "AB".
    public var column: String?

    public init(file: String, sheet: String? = nil, row: Int? = nil, column: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// For example "gemeente2024.xlsx, blad Sheet1, rij 12, kolom C".
    public var description: String {
        var parts = [file]
        if let sheet { parts.append("blad \(sheet)") }
        if let row { parts.append("rij \(row)") }
        if let column { parts.append("kolom \(column)") }
        return parts.joined(separator: ", ")
    }
}
