import Foundation

/// The budget of every item of a plan: an actie's own lines, and for a parent the sum of everything below it, per
/// year, soort, richting and fase. Computed once, bottom-up through the tree; lines of codes outside the tree are
/// left out.
public struct BudgetTotals: Sendable {
    /// One combination of year, soort, richting and fase.
    struct Cell: Hashable, Sendable {
        let year: Int
        let soort: BudgetSoort
        let richting: BudgetRichting
        let fase: BudgetFase
    }

    private let sums: [String: [Cell: Decimal]]
    private let roots: [String]
    /// The years that occur in the lines, ascending.
    public let years: [Int]

    public init(tree: PlanTree, lines: [BudgetLine]) {
        var sums: [String: [Cell: Decimal]] = [:]
        for line in lines where tree.contains(line.actionCode) {
            let cell = Cell(year: line.year, soort: line.soort, richting: line.richting, fase: line.fase)
            sums[line.actionCode, default: [:]][cell, default: 0] += line.amount
        }
        // Tree order puts every parent before its descendants, so walking it backwards adds children first.
        for item in tree.items.reversed() {
            guard let parent = item.parentCode, let own = sums[item.code] else { continue }
            for (cell, amount) in own { sums[parent, default: [:]][cell, default: 0] += amount }
        }
        self.sums = sums
        self.roots = tree.rootCodes
        self.years = Array(Set(lines.filter { tree.contains($0.actionCode) }.map(\.year))).sorted()
    }

    public init(plan: Plan) {
        self.init(tree: plan.tree, lines: plan.budget)
    }

    /// The total of an item and everything below it; 0 when nothing matches.
    public func total(of code: String, _ filter: BudgetFilter = .all) -> Decimal {
        var total: Decimal = 0
        for (cell, amount) in sums[code] ?? [:]
        where filter.matches(year: cell.year, soort: cell.soort, richting: cell.richting, fase: cell.fase) {
            total += amount
        }
        return total
    }

    /// The totals of an item per year (only years with matching lines), for a table with a column per year.
    public func yearly(of code: String, _ filter: BudgetFilter = .all) -> [Int: Decimal] {
        var result: [Int: Decimal] = [:]
        for (cell, amount) in sums[code] ?? [:]
        where filter.matches(year: cell.year, soort: cell.soort, richting: cell.richting, fase: cell.fase) {
            result[cell.year, default: 0] += amount
        }
        return result
    }

    /// The total of the whole plan: the sum over the items at the top.
    public func planTotal(_ filter: BudgetFilter = .all) -> Decimal {
        roots.reduce(Decimal(0)) { $0 + total(of: $1, filter) }
    }

    /// How much of the credit for uitgaven was spent: rekening ÷ krediet × 100, for one item (nil code: the whole
    /// plan), optionally one year and soort. Nil when the krediet is 0, as nothing can be said then.
    public func executionPercentage(of code: String?, year: Int? = nil, soort: BudgetSoort? = nil) -> Double? {
        let credit = BudgetFilter(year: year, soort: soort, richting: .uitgave, fase: .krediet)
        let actual = BudgetFilter(year: year, soort: soort, richting: .uitgave, fase: .rekening)
        let krediet = code.map { total(of: $0, credit) } ?? planTotal(credit)
        let rekening = code.map { total(of: $0, actual) } ?? planTotal(actual)
        guard krediet != 0 else { return nil }
        return NSDecimalNumber(decimal: rekening / krediet * 100).doubleValue
    }
}
