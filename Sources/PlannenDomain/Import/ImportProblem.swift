/// One thing wrong in an imported file, located as the user sees it in a spreadsheet.
public struct ImportProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    public let file: String
    /// 1-based; the header is row 1. Nil for a problem of the whole file.
    public let row: Int?
    /// The column name, as in the header (lower case).
    public let column: String?
    /// In plain Dutch.
    public let reason: String

    public init(file: String, row: Int?, column: String?, reason: String) {
        self.file = file
        self.row = row
        self.column = column
        self.reason = reason
    }

    /// "plan.csv, rij 4, kolom voortgang: '120' ligt niet tussen 0 en 100".
    public var description: String {
        var location = file
        if let row { location += ", rij \(row)" }
        if let column { location += ", kolom \(column)" }
        return "\(location): \(reason)"
    }
}

/// All problems of an import; the plan is only accepted without any.
public struct ImportProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public let problems: [ImportProblem]

    public init(problems: [ImportProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// A file as read by the caller: its name and its rows, the header first.
public struct CSVFile: Sendable, Hashable {
    public let name: String
    public let rows: [[String]]

    public init(name: String, rows: [[String]]) {
        self.name = name
        self.rows = rows
    }
}
