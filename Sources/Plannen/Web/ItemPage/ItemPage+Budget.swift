import Foundation
import Platform
import PlannenDomain
import Plot

extension ItemPageModel {
    /// One line of the budget table: a kind, direction and stage, per year.
    struct BudgetRow {
        let soort: BudgetSoort
        let richting: BudgetRichting
        let fase: BudgetFase
        let yearly: [Int: Decimal]
        let total: Decimal
    }

    /// Planned (raming, krediet) against actual (rekening) for every kind and direction the item has, per year.
    var budgetRows: [BudgetRow] {
        var rows: [BudgetRow] = []
        for soort in BudgetSoort.allCases {
            for richting in BudgetRichting.allCases {
                for fase in BudgetFase.allCases {
                    let filter = BudgetFilter(soort: soort, richting: richting, fase: fase)
                    let yearly = followUp.budget.yearly(of: item.code, filter)
                    guard !yearly.isEmpty else { continue }
                    rows.append(BudgetRow(soort: soort, richting: richting, fase: fase, yearly: yearly,
                                          total: followUp.budget.total(of: item.code, filter)))
                }
            }
        }
        return rows
    }

    /// Rekening ÷ krediet for uitgaven over the years that have accounts (rekening) so far; nil without any.
    func executionSoFar(_ soort: BudgetSoort?) -> Double? {
        let budget = followUp.budget
        let actual = budget.yearly(of: item.code, BudgetFilter(soort: soort, richting: .uitgave, fase: .rekening))
        let credit = budget.yearly(of: item.code, BudgetFilter(soort: soort, richting: .uitgave, fase: .krediet))
        let krediet = actual.keys.reduce(Decimal(0)) { $0 + (credit[$1] ?? 0) }
        guard !actual.isEmpty, krediet != 0 else { return nil }
        let rekening = actual.values.reduce(Decimal(0), +)
        return NSDecimalNumber(decimal: rekening / krediet * 100).doubleValue
    }

    func budgetSection(_ t: Strings) -> Node<HTML.BodyContext> {
        let rows = budgetRows
        let years = followUp.budget.years
        let budget = followUp.budget
        let kinds = [BudgetSoort.exploitatie, .investering].filter { soort in
            rows.contains { $0.soort == soort && $0.fase == .krediet && $0.richting == .uitgave }
        }
        let execution: [(label: String, soort: BudgetSoort?)] = [(t["tree.budget.executionAll"], nil)]
            + (kinds.count > 1 ? kinds.map { (t("tree.budget.executionOf", PlanPageText.soort($0, t).lowercased()), $0) } : [])
        return .section(
            .attr("aria-labelledby", "budget"),
            .h2(.attr("id", "budget"), .text(t["tree.budget.title"])),
            .if(rows.isEmpty, .p(.text(hasChildren ? t["tree.budget.noneBelow"] : t["tree.budget.none"]))),
            .if(!rows.isEmpty, .group(
                .p(.text(hasChildren ? t["tree.budget.introParent"] : t["tree.budget.intro"])),
                .div(
                    .attr("class", "table-scroll"), .attr("role", "region"), .attr("tabindex", "0"), .attr("aria-labelledby", "budget-caption"),
                    .table(
                        .attr("class", "data plan-budget"),
                        .caption(.attr("id", "budget-caption"), .text(t("tree.budget.caption", item.code))),
                        .thead(.tr(
                            .th(.attr("scope", "col"), .text(t["tree.budget.line"])),
                            .forEach(years) { .th(.attr("scope", "col"), .attr("class", "num"), .text(String($0))) },
                            .th(.attr("scope", "col"), .attr("class", "num"), .text(t["tree.budget.total"]))
                        )),
                        .tbody(
                            .forEach(rows) { row in
                                .tr(
                                    .attr("class", "fase-\(row.fase.rawValue)"),
                                    .th(.attr("scope", "row"), .text([PlanPageText.soort(row.soort, t), PlanPageText.richting(row.richting, t),
                                                                      PlanPageText.fase(row.fase, t)].joined(separator: " · "))),
                                    .forEach(years) { year in
                                        .td(.attr("class", "num"), .text(row.yearly[year].map { PlannenText.euro($0, language) } ?? "–"))
                                    },
                                    .td(.attr("class", "num"), .text(PlannenText.euro(row.total, language)))
                                )
                            },
                            .forEach(execution) { line in
                                // A year without accounts (rekening) yet has no execution to speak of, rather than 0 %.
                                let actual = budget.yearly(of: item.code, BudgetFilter(soort: line.soort, richting: .uitgave, fase: .rekening))
                                return .tr(
                                    .attr("class", "execution"),
                                    .th(.attr("scope", "row"), .text(line.label)),
                                    .forEach(years) { year in
                                        .td(.attr("class", "num"), .text(PlanPageText.percent(
                                            actual[year] == nil ? nil : budget.executionPercentage(of: item.code, year: year, soort: line.soort),
                                            language)))
                                    },
                                    .td(.attr("class", "num"), .text(PlanPageText.percent(executionSoFar(line.soort), language)))
                                )
                            }
                        )
                    )
                ),
                .p(.attr("class", "note"), .text(t["tree.budget.executionNote"]))
            ))
        )
    }
}
