import Foundation

/// What changed between two versions of a plan: items added, removed and changed (field by field, as the CSV writes
/// them), and budget amounts added, removed or changed.
public struct PlanDiff: Sendable, Equatable {
    public struct FieldChange: Sendable, Hashable, Codable {
        /// The CSV column name, e.g. titel.
        public let field: String
        public let old: String
        public let new: String

        public init(field: String, old: String, new: String) {
            self.field = field
            self.old = old
            self.new = new
        }
    }

    public struct ItemChange: Sendable, Hashable, Codable {
        public let code: String
        public let changes: [FieldChange]

        public init(code: String, changes: [FieldChange]) {
            self.code = code
            self.changes = changes
        }
    }

    /// One budget amount that differs; nil on the side where the line does not exist.
    public struct BudgetChange: Sendable, Hashable, Codable {
        public let key: BudgetKey
        public let old: Decimal?
        public let new: Decimal?

        public init(key: BudgetKey, old: Decimal?, new: Decimal?) {
            self.key = key
            self.old = old
            self.new = new
        }
    }

    public let added: [PlanItem]
    public let removed: [PlanItem]
    public let changed: [ItemChange]
    public let budget: [BudgetChange]

    public init(added: [PlanItem], removed: [PlanItem], changed: [ItemChange], budget: [BudgetChange]) {
        self.added = added
        self.removed = removed
        self.changed = changed
        self.budget = budget
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty && budget.isEmpty }

    /// The differences from `old` to `new`; items in the tree order of the version they are in, budget by key.
    public static func between(_ old: Plan, _ new: Plan) -> PlanDiff {
        let added = new.items.filter { !old.tree.contains($0.code) }
        let removed = old.items.filter { !new.tree.contains($0.code) }
        let changed: [ItemChange] = new.items.compactMap { item in
            guard let before = old.tree.item(item.code), before != item else { return nil }
            let fields = PlanColumn.allCases.compactMap { column -> FieldChange? in
                let was = CellText.value(of: before, in: column), now = CellText.value(of: item, in: column)
                return was == now ? nil : FieldChange(field: column.rawValue, old: was, new: now)
            }
            return fields.isEmpty ? nil : ItemChange(code: item.code, changes: fields)
        }
        return PlanDiff(added: added, removed: removed, changed: changed, budget: budgetChanges(old.budget, new.budget))
    }

    private static func budgetChanges(_ old: [BudgetLine], _ new: [BudgetLine]) -> [BudgetChange] {
        func sums(_ lines: [BudgetLine]) -> [BudgetKey: Decimal] {
            lines.reduce(into: [:]) { $0[$1.key, default: 0] += $1.amount }
        }
        let before = sums(old), after = sums(new)
        // Only the keys that changed are sorted: usually a handful of the thousands a plan has.
        return BudgetKey.sorted(Set(before.keys).union(after.keys).filter { before[$0] != after[$0] })
            .map { BudgetChange(key: $0, old: before[$0], new: after[$0]) }
    }
}
