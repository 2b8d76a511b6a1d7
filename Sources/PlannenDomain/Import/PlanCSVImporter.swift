/// Reads plan.csv and budget.csv (already split into rows by the caller) into a `Plan`, or reports every problem,
/// each located by file, spreadsheet row (the header is row 1) and column, in plain Dutch.
///
/// plan.csv: niveau;code;oudercode;titel;omschrijving;prioritair;beleidsveld;verantwoordelijke;dienst;start;einde;
/// status;voortgang;gewicht — only niveau, code and titel are required; columns in any order, names case-insensitive;
/// unknown columns are a problem. An empty oudercode puts an item at the top.
/// budget.csv: actie;jaar;soort;richting;fase;bedrag — all required; lines only for acties of the plan.
public enum PlanCSVImporter {
    public static func parse(plan: CSVFile, budget: CSVFile? = nil, planCode: String,
                             statuses: StatusCatalogue = .standard) -> Result<Plan, ImportProblems> {
        let read = PlanRowsReader(file: plan.name, statuses: statuses).read(plan.rows)
        var planProblems = read.problems + treeProblems(read, file: plan.name)
        planProblems = stableSortedByRow(planProblems)
        var lines: [BudgetLine] = []
        var budgetProblems: [ImportProblem] = []
        if let budget {
            let levels: [String: PlanLevel?] = Dictionary(read.rows.map { row in
                (row.item.code, read.unknownLevel.contains(row.item.code) ? nil : row.item.level)
            }, uniquingKeysWith: { first, _ in first })
            (lines, budgetProblems) = BudgetRowsReader(file: budget.name, levels: levels).read(budget.rows)
        }
        let problems = planProblems + stableSortedByRow(budgetProblems)
        guard problems.isEmpty else { return .failure(ImportProblems(problems: problems)) }
        do {
            return .success(try Plan(code: planCode, items: read.rows.map(\.item), budget: lines))
        } catch {
            // Not reached: the tree problems were reported above. Kept so a gap can never crash the import.
            return .failure(ImportProblems(problems: error.problems.map {
                ImportProblem(file: plan.name, row: nil, column: nil, reason: $0.description)
            }))
        }
    }

    /// The tree's problems at the row and column the user has to change.
    private static func treeProblems(_ read: PlanRowsReader.Output, file: String) -> [ImportProblem] {
        let rowOf = Dictionary(read.rows.map { ($0.item.code, $0.number) }, uniquingKeysWith: { first, _ in first })
        let items = read.rows.map(\.item)
        let parentOf = Dictionary(items.map { ($0.code, $0.parentCode) }, uniquingKeysWith: { first, _ in first })
        return PlanTree.problems(in: items).compactMap { problem in
            let column: PlanColumn
            switch problem.kind {
            case .emptyCode, .duplicateCode:
                return nil
            case .unknownParent, .cycle:
                column = .oudercode
            case .levelOrder(_, let parent):
                let parentCode = parentOf[problem.code] ?? nil
                if read.unknownLevel.contains(problem.code) || parentCode.map(read.unknownLevel.contains) == true {
                    return nil
                }
                column = parent == nil ? .oudercode : .niveau
            }
            return ImportProblem(file: file, row: rowOf[problem.code], column: column.rawValue, reason: problem.reason)
        }
    }

    private static func stableSortedByRow(_ problems: [ImportProblem]) -> [ImportProblem] {
        problems.enumerated()
            .sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }
            .map(\.element)
    }
}
