/// Writes a plan as plan.csv and budget.csv, the two files `PlanCSVImporter` reads: fixed column order, items in
/// tree order (depth-first, children by code), budget lines sorted by actie, year, soort, richting and fase, text
/// cells guarded against spreadsheet formulas. `parse(export(plan)) == plan`, and exporting again gives the same bytes.
public enum PlanCSVExporter {
    public static let planFileName = "plan.csv"
    public static let budgetFileName = "budget.csv"

    /// The rows of plan.csv, header first.
    public static func planRows(_ plan: Plan) -> [[String]] {
        [PlanColumn.allCases.map(\.rawValue)] + plan.items.map { item in
            PlanColumn.allCases.map { column in
                let value = CellText.value(of: item, in: column)
                return column.isText ? FormulaGuard.protect(value) : value
            }
        }
    }

    /// The rows of budget.csv, header first.
    public static func budgetRows(_ plan: Plan) -> [[String]] {
        [BudgetColumn.allCases.map(\.rawValue)] + plan.budget.map { line in
            BudgetColumn.allCases.map { column in
                let value = CellText.value(of: line, in: column)
                return column.isText ? FormulaGuard.protect(value) : value
            }
        }
    }

    public static func planText(_ plan: Plan) -> String { CSVWriter.text(planRows(plan)) }

    public static func budgetText(_ plan: Plan) -> String { CSVWriter.text(budgetRows(plan)) }

    /// Reads back what `planText` and `budgetText` wrote (a convenience for tools and tests).
    public static func parse(planText: String, budgetText: String, planCode: String,
                             statuses: StatusCatalogue = .standard) -> Result<Plan, ImportProblems> {
        PlanCSVImporter.parse(plan: CSVFile(name: planFileName, rows: PlanCSVRows.rows(planText)),
                              budget: CSVFile(name: budgetFileName, rows: PlanCSVRows.rows(budgetText)),
                              planCode: planCode, statuses: statuses)
    }
}
