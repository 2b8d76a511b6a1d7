import Foundation

/// Reads the rows of budget.csv into lines for the acties of a plan, collecting every located problem.
struct BudgetRowsReader {
    let file: String
    /// The level of every code in the plan file; nil for a code whose niveau could not be read (that row already has
    /// a problem, so its budget lines are not questioned).
    let levels: [String: PlanLevel?]

    func read(_ rows: [[String]]) -> (lines: [BudgetLine], problems: [ImportProblem]) {
        guard let headerRow = rows.first else {
            return ([], [ImportProblem(file: file, row: nil, column: nil,
                                       reason: "het bestand is leeg; rij 1 hoort de kolomnamen te bevatten")])
        }
        let header = CSVHeader<BudgetColumn>(headerRow, file: file, required: BudgetColumn.allCases)
        var problems = header.problems
        guard problems.isEmpty || BudgetColumn.allCases.allSatisfy({ header.positions[$0] != nil }) else {
            return ([], problems)
        }
        var lines: [BudgetLine] = []
        var firstRow: [BudgetKey: Int] = [:]
        for (offset, cells) in rows.dropFirst().enumerated() {
            let number = offset + 2
            guard cells.contains(where: { !TextNormalising.trimmed($0).isEmpty }) else { continue }
            if let stray = header.strayCells(in: cells, file: file, rowNumber: number, width: headerRow.count) {
                problems.append(stray)
            }
            var rowProblems: [ImportProblem] = []
            func problem(_ column: BudgetColumn, _ reason: String) {
                rowProblems.append(ImportProblem(file: file, row: number, column: column.rawValue, reason: reason))
            }
            func value(_ column: BudgetColumn) -> String { header.value(column, in: cells) }
            func required<T>(_ column: BudgetColumn, _ parse: (String) -> T?, _ unknown: String) -> T? {
                let text = value(column)
                if text.isEmpty { problem(column, "\(column.rawValue) ontbreekt"); return nil }
                guard let result = parse(text) else { problem(column, "'\(text)' \(unknown)"); return nil }
                return result
            }
            let action = value(.actie)
            if action.isEmpty {
                problem(.actie, "actie ontbreekt")
            } else if let known = levels[action] {
                if let level = known, level != .actie {
                    problem(.actie, "'\(action)' is een \(level.dutchLabel), geen actie; budget hoort bij een actie")
                }
            } else {
                problem(.actie, "onbekende actie '\(action)'; die staat niet in het plan")
            }
            let year = required(.jaar, { try? CellParsing.year($0).get() }, "is geen jaartal")
            let soort = required(.soort, BudgetSoort.parse, "is geen soort; kies exploitatie, investering of financiering")
            let richting = required(.richting, BudgetRichting.parse, "is geen richting; kies uitgave of ontvangst")
            let fase = required(.fase, BudgetFase.parse, "is geen fase; kies raming, krediet of rekening")
            var amount: Decimal?
            if value(.bedrag).isEmpty {
                problem(.bedrag, "bedrag ontbreekt")
            } else {
                switch AmountParsing.parse(value(.bedrag)) {
                case .success(let parsed): amount = parsed
                case .failure(let failure): problem(.bedrag, failure.reason)
                }
            }
            problems += rowProblems
            guard rowProblems.isEmpty, let year, let soort, let richting, let fase, let amount else { continue }
            let line = BudgetLine(actionCode: action, year: year, soort: soort, richting: richting, fase: fase, amount: amount)
            if let earlier = firstRow[line.key] {
                problems.append(ImportProblem(file: file, row: number, column: nil,
                                              reason: "dezelfde actie, jaar, soort, richting en fase staat al op rij \(earlier)"))
                continue
            }
            firstRow[line.key] = number
            lines.append(line)
        }
        return (lines, problems)
    }
}
