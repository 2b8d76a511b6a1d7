/// One additive relation a visitor can use: the value of `total` equals the sum of the values of `parts`
/// (a parent area and its children at one child level, when those children make up the parent exactly).
public struct SuppressionRelation: Sendable, Hashable {
    public let total: Int
    public let parts: [Int]

    public init(total: Int, parts: [Int]) {
        self.total = total
        self.parts = parts
    }
}

/// Secondary (complementary) suppression: which further cells to hide so that no hidden cell can be worked out
/// by adding and subtracting the cells that are shown.
///
/// The cells are the areas of every level for one indicator and one period. Each relation says that a total is the
/// sum of its parts. A relation with exactly one hidden cell gives that cell away (total minus the shown parts, or
/// the sum of the shown parts), so the rule is: in no relation may exactly one cell be hidden. Where one is, the
/// smallest shown part is hidden as well (ties: the lowest area code, so that the choice never depends on the
/// order of a request); when no part is left to hide, the total is hidden, which carries the question one level up.
/// This runs until nothing changes. Then an audit solves the relations that touch hidden cells (exact linear algebra
/// on each connected group of them) and, should a hidden cell still be determined by a combination of relations
/// (an area that lies in two overlapping groupings can do that), hides one more part next to it and starts again.
///
/// Pure: the caller supplies the numbers (for a weighted mean, value × weight: that is what adds up), which cells the
/// privacy rule hides, and the relations that hold.
public enum SecondarySuppression {
    /// Relations whose hidden-cell groups are larger than this are not audited (their solving would cost more than
    /// a request may): the per-relation rule alone protects them.
    public static let maximumAuditSize = 300

    /// - Parameters:
    ///   - values: every cell that holds a number, shown or hidden. A cell without a number (no data, a missing
    ///     code) is not a cell here: it shows nothing and adds nothing.
    ///   - primary: the cells the privacy rule hides.
    ///   - relations: the additive relations; use `exact(_:values:)` first to keep only those that hold.
    ///   - codes: the area codes, to break ties between equally small cells; the key decides when a code is absent.
    /// - Returns: the cells to hide besides `primary` (never one of the primary cells).
    public static func complement(values: [Int: Double], primary: Set<Int>, relations: [SuppressionRelation],
                                  codes: [Int: String] = [:]) -> Set<Int> {
        let usable = relations.map { relation in
            SuppressionRelation(total: relation.total, parts: relation.parts.filter { values[$0] != nil })
        }.filter { values[$0.total] != nil && !$0.parts.isEmpty }
        var hidden = primary.filter { values[$0] != nil }
        guard !hidden.isEmpty else { return [] }
        var member: [Int: [Int]] = [:]
        for (index, relation) in usable.enumerated() {
            member[relation.total, default: []].append(index)
            for part in relation.parts { member[part, default: []].append(index) }
        }
        func smaller(_ a: Int, _ b: Int) -> Bool {
            let sizeA = abs(values[a] ?? 0), sizeB = abs(values[b] ?? 0)
            if sizeA != sizeB { return sizeA < sizeB }
            let codeA = codes[a], codeB = codes[b]
            if codeA != codeB, let codeA, let codeB { return codeA < codeB }
            return a < b
        }
        // The relations to look at: at first those with a hidden cell, then those of each newly hidden cell.
        var pending = Set(hidden.flatMap { member[$0] ?? [] })
        func hide(_ cell: Int) {
            if hidden.insert(cell).inserted { pending.formUnion(member[cell] ?? []) }
        }
        while true {
            while !pending.isEmpty {
                // The lowest relation number first, so that the result does not depend on the order of a set.
                let index = pending.min()!
                pending.remove(index)
                let relation = usable[index]
                let hiddenParts = relation.parts.filter(hidden.contains)
                let totalHidden = hidden.contains(relation.total)
                guard hiddenParts.count + (totalHidden ? 1 : 0) == 1 else { continue }
                if let pick = relation.parts.filter({ !hidden.contains($0) }).min(by: smaller) {
                    hide(pick)
                } else {
                    hide(relation.total)
                }
            }
            // The audit: should a hidden cell still follow from the relations taken together, hide one more.
            let revealed = SuppressionAudit.derivable(values: values, hidden: hidden, relations: usable,
                                                     maximumSize: maximumAuditSize)
            guard let cell = revealed.min(by: { codes[$0] ?? "" < codes[$1] ?? "" || (codes[$0] == codes[$1] && $0 < $1) })
            else { break }
            // The nearest shown cells: in a relation of the revealed cell, else one relation further, and so on.
            var reached: Set<Int> = [cell]
            var layer: Set<Int> = [cell]
            var pick: Int?
            while pick == nil, !layer.isEmpty {
                let cells = Set(layer.flatMap { member[$0] ?? [] }.flatMap { usable[$0].parts + [usable[$0].total] })
                pick = cells.filter { !hidden.contains($0) }.min(by: smaller)
                layer = cells.subtracting(reached)
                reached.formUnion(cells)
            }
            guard let pick else { break }
            hide(pick)
        }
        return hidden.subtracting(primary)
    }

    /// The relations that hold for these numbers: the total equals the sum of the parts that have a number, within a
    /// rounding margin. A parent whose value was loaded rather than summed, a parent with an orphan area outside the
    /// child level, or a child that also belongs to another parent makes the sum differ, and such a relation cannot
    /// be used to subtract. (Taking in one that only happens to hold hides more, never less.)
    public static func exact(_ relations: [SuppressionRelation], values: [Int: Double]) -> [SuppressionRelation] {
        relations.filter { relation in
            guard let total = values[relation.total] else { return false }
            let numbers = relation.parts.compactMap { values[$0] }
            guard !numbers.isEmpty else { return false }
            var sum = CompensatedSum()
            var size = abs(total)
            for number in numbers {
                sum.add(number)
                size += abs(number)
            }
            return abs(sum.value - total) <= 1e-9 * max(1, size)
        }
    }

    /// The candidate relations of a hierarchy: for every parent area and every level its children are linked from,
    /// the parent and those children. A parent is left out at a child level where one of its children is also linked
    /// to another parent of the same level (a sector split over two wijken): its total is not the sum of its children.
    public static func relations(hierarchy: AreaHierarchy) -> [SuppressionRelation] {
        struct Group: Hashable {
            let parent: Int
            let childLevel: String
        }
        var groups: [Group: [Int]] = [:]
        var split = Set<Group>()
        for child in hierarchy.levelOf.keys.sorted() {
            guard let childLevel = hierarchy.levelOf[child] else { continue }
            var parentsAtLevel: [String: [Int]] = [:]
            for parent in Set(hierarchy.parents(of: child)) {
                guard let parentLevel = hierarchy.levelOf[parent], parentLevel != childLevel else { continue }
                parentsAtLevel[parentLevel, default: []].append(parent)
                groups[Group(parent: parent, childLevel: childLevel), default: []].append(child)
            }
            for parents in parentsAtLevel.values where parents.count > 1 {
                for parent in parents { split.insert(Group(parent: parent, childLevel: childLevel)) }
            }
        }
        return groups.filter { !split.contains($0.key) }
            .sorted { ($0.key.parent, $0.key.childLevel) < ($1.key.parent, $1.key.childLevel) }
            .map { SuppressionRelation(total: $0.key.parent, parts: $0.value.sorted()) }
    }
}
