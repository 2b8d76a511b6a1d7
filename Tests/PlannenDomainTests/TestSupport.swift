import Foundation
import PlannenDomain

/// Short builders for hand-made plans in the tests.
func item(_ level: PlanLevel, _ code: String, under parent: String? = nil, title: String? = nil,
          status: String? = nil, progress: Double? = nil, weight: Double? = nil,
          beleidsveld: String? = nil, owner: String? = nil) -> PlanItem {
    PlanItem(level: level, code: code, parentCode: parent, title: title ?? "Titel \(code)", beleidsveld: beleidsveld,
             verantwoordelijke: owner, status: status, progress: progress, weight: weight)
}

func day(_ text: String) -> PlanDate? { PlanDate.parse(text) }

func line(_ action: String, _ year: Int, _ soort: BudgetSoort, _ richting: BudgetRichting, _ fase: BudgetFase,
          _ amount: String) -> BudgetLine {
    BudgetLine(actionCode: action, year: year, soort: soort, richting: richting, fase: fase,
               amount: Decimal(string: amount, locale: Locale(identifier: "en_US_POSIX")) ?? -999_999)
}

/// The problems of an import as text, or an empty list when it succeeded.
func problemTexts(_ result: Result<Plan, ImportProblems>) -> [String] {
    switch result {
    case .success: []
    case .failure(let failure): failure.problems.map(\.description)
    }
}
