import Foundation
import PlannenDomain
import Testing

/// Sorting with each code split once gives exactly the order of the pairwise rule.
@Suite("Code order, sorted once per code")
struct CodeOrderSortTests {
    @Test func budgetLinesSortAsThePairwiseRuleSays() {
        var random = SystemRandomNumberGenerator()
        let codes = ["AC10", "AC2", "AC002", "AP1", "AC2b", "ac2", "AC0100", "BD000007", "BD000012"]
        let lines = (0..<400).map { _ in
            BudgetLine(actionCode: codes.randomElement(using: &random)!, year: Int.random(in: 2026...2031, using: &random),
                       soort: BudgetSoort.allCases.randomElement(using: &random)!,
                       richting: BudgetRichting.allCases.randomElement(using: &random)!,
                       fase: BudgetFase.allCases.randomElement(using: &random)!,
                       amount: Decimal(Int.random(in: -5...5, using: &random)))
        }
        #expect(BudgetLine.sorted(lines) == lines.sorted(by: BudgetLine.precedes))
        let keys = Array(Set(lines.map(\.key)))
        #expect(BudgetKey.sorted(keys) == keys.sorted(by: BudgetKey.precedes))
        #expect(CodeOrder.sorted(["AP10", "AP2", "AP002", "AP1"], code: { $0 }, then: { _, _ in false }) == ["AP1", "AP002", "AP2", "AP10"])
    }
}
