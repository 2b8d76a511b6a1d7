/// Reads the rows of plan.csv into items, collecting every problem with its row and column.
struct PlanRowsReader {
    let file: String
    let statuses: StatusCatalogue

    /// An item and the spreadsheet row it came from.
    struct Row {
        let item: PlanItem
        let number: Int
    }

    struct Output {
        var rows: [Row] = []
        var problems: [ImportProblem] = []
        /// Codes whose niveau could not be read: their level says nothing, so level checks skip them.
        var unknownLevel: Set<String> = []
    }

    func read(_ rows: [[String]]) -> Output {
        var output = Output()
        guard let headerRow = rows.first else {
            output.problems.append(ImportProblem(file: file, row: nil, column: nil,
                                                 reason: "het bestand is leeg; rij 1 hoort de kolomnamen te bevatten"))
            return output
        }
        let header = CSVHeader<PlanColumn>(headerRow, file: file, required: PlanColumn.allCases.filter(\.isRequired))
        output.problems = header.problems
        guard PlanColumn.allCases.filter(\.isRequired).allSatisfy({ header.positions[$0] != nil }) else { return output }
        var firstRow: [String: Row] = [:]
        for (offset, cells) in rows.dropFirst().enumerated() {
            let number = offset + 2
            guard cells.contains(where: { !TextNormalising.trimmed($0).isEmpty }) else { continue }
            var problems: [ImportProblem] = []
            if let stray = header.strayCells(in: cells, file: file, rowNumber: number, width: headerRow.count) {
                problems.append(stray)
            }
            let (item, levelKnown) = readItem(cells, header: header, number: number, problems: &problems)
            output.problems += problems
            guard let item else { continue }
            if !levelKnown { output.unknownLevel.insert(item.code) }
            if let earlier = firstRow[item.code] {
                output.problems += duplicateProblems(item, number: number, earlier: earlier)
                continue
            }
            let row = Row(item: item, number: number)
            firstRow[item.code] = row
            output.rows.append(row)
        }
        return output
    }

    /// The item of one row (nil without a code), and whether its niveau was readable.
    private func readItem(_ cells: [String], header: CSVHeader<PlanColumn>, number: Int,
                          problems: inout [ImportProblem]) -> (PlanItem?, Bool) {
        func value(_ column: PlanColumn) -> String { header.value(column, in: cells) }
        func problem(_ column: PlanColumn, _ reason: String) {
            problems.append(ImportProblem(file: file, row: number, column: column.rawValue, reason: reason))
        }
        func read<T>(_ column: PlanColumn, _ parse: (String) -> Result<T, CellProblem>) -> T? {
            let text = value(column)
            guard !text.isEmpty else { return nil }
            switch parse(text) {
            case .success(let result): return result
            case .failure(let failure): problem(column, failure.reason); return nil
            }
        }
        let level = PlanLevel.parse(value(.niveau))
        if value(.niveau).isEmpty {
            problem(.niveau, "niveau ontbreekt")
        } else if level == nil {
            problem(.niveau, "onbekend niveau '\(value(.niveau))'; kies strategische doelstelling, beleidsdoelstelling, actieplan of actie")
        }
        if value(.code).isEmpty { problem(.code, "code ontbreekt") }
        if value(.titel).isEmpty { problem(.titel, "titel ontbreekt") }
        let beleidsveld = value(.beleidsveld)
        if !beleidsveld.isEmpty, let reason = BeleidsveldCode.formatProblem(beleidsveld) { problem(.beleidsveld, reason) }
        let start = read(.start, CellParsing.date), end = read(.einde, CellParsing.date)
        if let start, let end, end < start { problem(.einde, "einde \(end.iso) ligt vóór start \(start.iso)") }
        var status: String?
        if !value(.status).isEmpty {
            status = statuses.status(value(.status))?.code
            if status == nil {
                problem(.status, "onbekende status '\(value(.status))'; kies \(statuses.codes.joined(separator: ", "))")
            }
        }
        let prioritair = read(.prioritair, CellParsing.prioritair) ?? false
        let progress = read(.voortgang, CellParsing.progress)
        let weight = read(.gewicht, CellParsing.weight)
        guard !value(.code).isEmpty else { return (nil, level != nil) }
        let item = PlanItem(level: level ?? .actie, code: value(.code), parentCode: value(.oudercode),
                            title: value(.titel), description: value(.omschrijving), prioritair: prioritair,
                            beleidsveld: beleidsveld, verantwoordelijke: value(.verantwoordelijke),
                            dienst: value(.dienst), start: start, end: end, status: status, progress: progress,
                            weight: weight)
        return (item, level != nil)
    }

    /// A code twice: the same row again is harmless, a different title, parent or other value is an error.
    private func duplicateProblems(_ item: PlanItem, number: Int, earlier: Row) -> [ImportProblem] {
        let before = earlier.item
        if item.title != before.title {
            return [ImportProblem(file: file, row: number, column: PlanColumn.titel.rawValue,
                                  reason: "code '\(item.code)' staat al op rij \(earlier.number) met titel '\(before.title)'")]
        }
        if item.parentCode != before.parentCode {
            return [ImportProblem(file: file, row: number, column: PlanColumn.oudercode.rawValue,
                                  reason: "code '\(item.code)' staat al op rij \(earlier.number) onder '\(before.parentCode ?? "(bovenaan)")'")]
        }
        return PlanColumn.allCases.compactMap { column in
            CellText.value(of: item, in: column) == CellText.value(of: before, in: column) ? nil
                : ImportProblem(file: file, row: number, column: column.rawValue,
                                reason: "code '\(item.code)' staat al op rij \(earlier.number) met een andere waarde")
        }
    }
}
