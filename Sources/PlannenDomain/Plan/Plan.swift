/// A meerjarenplan: the validated tree of items and the budget lines of its acties.
///
/// Budget lines are kept sorted (`BudgetLine.precedes`), so two plans with the same content are equal however their
/// lines were listed.
public struct Plan: Sendable, Equatable, Codable {
    /// The plan's own code, e.g. mjp-2026-2031.
    public let code: String
    public let tree: PlanTree
    public let budget: [BudgetLine]

    public init(code: String, tree: PlanTree, budget: [BudgetLine] = []) {
        self.code = code
        self.tree = tree
        self.budget = BudgetLine.sorted(budget)
    }

    /// Builds the tree from the items; throws every tree problem.
    public init(code: String, items: [PlanItem], budget: [BudgetLine] = []) throws(PlanTreeError) {
        self.init(code: code, tree: try PlanTree(items: items), budget: budget)
    }

    /// All items in tree order.
    public var items: [PlanItem] { tree.items }

    /// The budget lines that point at no actie of this plan (the importer refuses them; a hand-built plan may have some).
    public var budgetLinesWithoutActie: [BudgetLine] {
        budget.filter { tree.item($0.actionCode)?.level != .actie }
    }
}
