import Foundation
import PlannenDomain
import Tabular

/// Reads plan.csv and budget.csv (or the same as .xlsx) from disk into the rows the domain's importer checks, and runs
/// it: the command line, the upload page and the API all import through here.
public enum PlanFiles {
    /// The files of one import: the plan and, optionally, its budget; `name` is how problems name each file.
    public struct Input: Sendable {
        public let path: String
        public let name: String

        public init(path: String, name: String) {
            self.path = path
            self.name = name
        }
    }

    /// The plan in the files, or every problem located by file, row and column.
    public static func read(plan: Input, budget: Input?, planCode: String) -> Result<Plan, ImportProblems> {
        var problems: [ImportProblem] = []
        let planFile = rows(plan, problems: &problems)
        let budgetFile = budget.flatMap { rows($0, problems: &problems) }
        guard problems.isEmpty, let planFile else { return .failure(ImportProblems(problems: problems)) }
        return PlanCSVImporter.parse(plan: planFile, budget: budgetFile, planCode: planCode)
    }

    /// The rows of a file with their spreadsheet numbers kept (blank rows stay blank), or a located problem.
    static func rows(_ input: Input, problems: inout [ImportProblem]) -> CSVFile? {
        do {
            let reader = try TableFile.open(path: input.path)
            var rows: [[String]] = []
            while let row = try reader.next() {
                while rows.count < row.number - 1 { rows.append([]) }
                rows.append(row.cells.map { $0.text ?? "" })
            }
            return CSVFile(name: input.name, rows: rows)
        } catch {
            problems.append(ImportProblem(file: input.name, row: error.location.row, column: error.location.column,
                                          reason: error.reason))
            return nil
        }
    }
}
