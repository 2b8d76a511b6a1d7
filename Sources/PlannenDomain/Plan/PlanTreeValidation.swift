/// The checks a set of plan items must pass before it is a `PlanTree`.
extension PlanTree {
    /// Every problem of the items, in the order of the items, cycles last: empty and duplicate codes, unknown parents,
    /// levels out of order (an actie under an actieplan, an actieplan under a beleidsdoelstelling, a
    /// beleidsdoelstelling under a strategische doelstelling or at the top) and cycles in the parent links.
    public static func problems(in items: [PlanItem]) -> [PlanTreeProblem] {
        var problems: [PlanTreeProblem] = []
        var levels: [String: PlanLevel] = [:]
        var seen: Set<String> = []
        for item in items where !item.code.isEmpty {
            if levels[item.code] == nil { levels[item.code] = item.level }
        }
        for item in items {
            if item.code.isEmpty {
                problems.append(PlanTreeProblem(code: "", kind: .emptyCode))
                continue
            }
            if !seen.insert(item.code).inserted {
                problems.append(PlanTreeProblem(code: item.code, kind: .duplicateCode))
                continue
            }
            guard let parent = item.parentCode else {
                if !item.level.mayBeTopLevel {
                    problems.append(PlanTreeProblem(code: item.code, kind: .levelOrder(child: item.level, parent: nil)))
                }
                continue
            }
            guard let parentLevel = levels[parent] else {
                problems.append(PlanTreeProblem(code: item.code, kind: .unknownParent(parent)))
                continue
            }
            if item.level.parentLevel != parentLevel {
                problems.append(PlanTreeProblem(code: item.code, kind: .levelOrder(child: item.level, parent: parentLevel)))
            }
        }
        return problems + cycles(in: items)
    }

    /// Each cycle once, reported at its smallest code. Every item has at most one parent, so following the parents
    /// from each item finds every cycle in linear time.
    static func cycles(in items: [PlanItem]) -> [PlanTreeProblem] {
        var parentOf: [String: String] = [:]
        for item in items where !item.code.isEmpty && parentOf[item.code] == nil {
            if let parent = item.parentCode { parentOf[item.code] = parent }
        }
        var done: Set<String> = []
        var problems: [PlanTreeProblem] = []
        for item in items where !done.contains(item.code) {
            var path: [String] = []
            var onPath: [String: Int] = [:]
            var current: String? = item.code
            while let code = current, !done.contains(code) {
                if let start = onPath[code] {
                    let cycle = Array(path[start...])
                    let first = cycle.indices.min { CodeOrder.precedes(cycle[$0], cycle[$1]) } ?? 0
                    let rotated = Array(cycle[first...] + cycle[..<first])
                    problems.append(PlanTreeProblem(code: rotated[0], kind: .cycle(rotated)))
                    break
                }
                onPath[code] = path.count
                path.append(code)
                current = parentOf[code]
            }
            done.formUnion(path)
        }
        return problems
    }
}
