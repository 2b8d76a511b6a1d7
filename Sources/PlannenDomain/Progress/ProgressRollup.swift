/// The progress of every item of a plan, rolled up from the acties in one bottom-up pass.
///
/// Rules:
/// - a leaf counts with its reported progress, or else with its status' default progress (niet gestart 0,
///   gerealiseerd 100), or else it has none;
/// - a parent's progress is the weighted average of its children's progress, a missing weight counting as 1;
/// - children without progress, and children whose status does not count (stopgezet), are left out, so they do not
///   drag the parent down;
/// - a progress filled in on a parent is a manual override: it wins, and the calculated value is kept beside it;
/// - a parent none of whose children count falls back to its own status' default, like a leaf.
public struct ProgressRollup: Sendable {
    public let results: [String: ProgressResult]

    public init(tree: PlanTree, statuses: StatusCatalogue = .standard) {
        var results: [String: ProgressResult] = [:]
        // Tree order puts parents before their descendants, so backwards every child is ready before its parent.
        for item in tree.items.reversed() {
            let status = item.status.flatMap(statuses.status)
            let counts = status?.countsInProgress ?? true
            let children = tree.childCodes(of: item.code)
            guard !children.isEmpty else {
                results[item.code] = ProgressRollup.leaf(item, status: status, counts: counts)
                continue
            }
            let terms = children.compactMap { code in results[code].map { ProgressRollup.term(for: $0, tree: tree) } }
            results[item.code] = ProgressRollup.parent(item, status: status, counts: counts, terms: terms)
        }
        self.results = results
    }

    public init(plan: Plan, statuses: StatusCatalogue = .standard) {
        self.init(tree: plan.tree, statuses: statuses)
    }

    public subscript(code: String) -> ProgressResult? { results[code] }

    /// The weighted average of the counted terms; nil when none counts or their weights add up to 0.
    public static func weightedAverage(_ terms: [ProgressTerm]) -> Double? {
        let counted = terms.filter(\.isIncluded)
        let weights = counted.reduce(0) { $0 + $1.weight }
        guard !counted.isEmpty, weights > 0 else { return nil }
        return counted.reduce(0) { $0 + ($1.progress ?? 0) * $1.weight } / weights
    }

    private static func term(for child: ProgressResult, tree: PlanTree) -> ProgressTerm {
        let weight = tree.item(child.code)?.effectiveWeight ?? 1
        let exclusion: ProgressTerm.Exclusion?
        if !child.countsInParent {
            exclusion = .stopped(tree.item(child.code)?.status ?? "")
        } else if child.value == nil {
            exclusion = .noProgress
        } else {
            exclusion = nil
        }
        return ProgressTerm(code: child.code, progress: child.value, weight: weight, exclusion: exclusion)
    }

    private static func leaf(_ item: PlanItem, status: PlanStatus?, counts: Bool) -> ProgressResult {
        if let progress = item.progress {
            return ProgressResult(code: item.code, value: progress, source: .reported, terms: [], calculated: nil,
                                  explanation: ProgressFormula.reported(progress), countsInParent: counts)
        }
        if let status, let progress = status.defaultProgress {
            return ProgressResult(code: item.code, value: progress, source: .statusDefault(status.code), terms: [],
                                  calculated: nil, explanation: ProgressFormula.statusDefault(status, progress),
                                  countsInParent: counts)
        }
        return ProgressResult(code: item.code, value: nil, source: .unknown, terms: [], calculated: nil,
                              explanation: ProgressFormula.unknown, countsInParent: counts)
    }

    private static func parent(_ item: PlanItem, status: PlanStatus?, counts: Bool,
                               terms: [ProgressTerm]) -> ProgressResult {
        let calculated = weightedAverage(terms)
        if let override = item.progress {
            return ProgressResult(code: item.code, value: override, source: .override, terms: terms,
                                  calculated: calculated,
                                  explanation: ProgressFormula.override(override, terms: terms, calculated: calculated),
                                  countsInParent: counts)
        }
        if let calculated {
            return ProgressResult(code: item.code, value: calculated, source: .children, terms: terms,
                                  calculated: calculated, explanation: ProgressFormula.average(terms, result: calculated),
                                  countsInParent: counts)
        }
        let fallback = leaf(item, status: status, counts: counts)
        return ProgressResult(code: item.code, value: fallback.value, source: fallback.source, terms: terms,
                              calculated: nil, explanation: ProgressFormula.noCountedChildren(then: fallback.explanation),
                              countsInParent: counts)
    }
}
