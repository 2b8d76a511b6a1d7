/// Where each known column sits in a header row, or what is wrong with the header.
struct CSVHeader<Column: RawRepresentable & CaseIterable & Hashable> where Column.RawValue == String {
    let positions: [Column: Int]
    /// Columns without a name whose cells must stay empty.
    let unnamed: [Int]
    let problems: [ImportProblem]

    /// Names compare trimmed and case-insensitively; a byte order mark before the first name is ignored.
    init(_ header: [String], file: String, required: [Column]) {
        var positions: [Column: Int] = [:]
        var unnamed: [Int] = []
        var problems: [ImportProblem] = []
        let known = Column.allCases.map(\.rawValue).joined(separator: ", ")
        for (index, raw) in header.enumerated() {
            let name = TextNormalising.key(index == 0 && raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : raw)
            if name.isEmpty {
                unnamed.append(index)
            } else if let column = Column(rawValue: name) {
                if positions[column] != nil {
                    problems.append(ImportProblem(file: file, row: 1, column: name, reason: "kolom '\(name)' staat er twee keer"))
                } else {
                    positions[column] = index
                }
            } else {
                problems.append(ImportProblem(file: file, row: 1, column: name,
                                              reason: "onbekende kolom '\(name)'; bekende kolommen zijn \(known)"))
            }
        }
        for column in required where positions[column] == nil {
            problems.append(ImportProblem(file: file, row: 1, column: column.rawValue,
                                          reason: "verplichte kolom '\(column.rawValue)' ontbreekt"))
        }
        self.positions = positions
        self.unnamed = unnamed
        self.problems = problems
    }

    /// The cell of a column in a row, trimmed, with the export's formula guard removed; "" when absent.
    func value(_ column: Column, in row: [String]) -> String {
        guard let index = positions[column], index < row.count else { return "" }
        return FormulaGuard.unprotect(TextNormalising.trimmed(row[index]))
    }

    /// A problem when a row has values outside the named columns.
    func strayCells(in row: [String], file: String, rowNumber: Int, width: Int) -> ImportProblem? {
        let stray = row.indices.contains { index in
            (index >= width || unnamed.contains(index)) && !TextNormalising.trimmed(row[index]).isEmpty
        }
        return stray ? ImportProblem(file: file, row: rowNumber, column: nil, reason: "waarde in een kolom zonder naam") : nil
    }
}
