/// One record of a table.
public struct Row: Sendable {
    /// The line (CSV) or row (XLSX) number a person sees in an editor or in Excel,
    /// so that problems can be reported where the user will look for them.
    public let number: Int
    /// Index 0 is column A. Rows may be shorter than the header: trailing empty
    /// cells are not guaranteed to be present.
    public let cells: [Cell]

    public init(number: Int, cells: [Cell]) {
        self.number = number
        self.cells = cells
    }

    /// The cell at `index`, or `.empty` past the end of the row.
    public subscript(_ index: Int) -> Cell {
        index >= 0 && index < cells.count ? cells[index] : .empty
    }

    /// True when no cell holds a value.
    public var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
}
