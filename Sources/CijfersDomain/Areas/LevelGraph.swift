/// The levels and which level aggregates into which, derived from the aggregation tables.
///
/// The tables are transitive (statsec2024 → ggw72024 → gemeente2024 and also statsec2024 → gemeente2024);
/// a parent level is computed from its *nearest* child level so that a value loaded directly at an
/// intermediate level (a wijk) is the one that counts for the levels above it.
public struct LevelGraph: Sendable {
    public struct Edge: Sendable, Hashable {
        public var child: String
        public var parent: String
        public init(child: String, parent: String) {
            self.child = child
            self.parent = parent
        }
    }

    public let edges: Set<Edge>

    public init(edges: Set<Edge>) {
        self.edges = edges.filter { $0.child != $0.parent }
    }

    /// Levels directly above `level`.
    public func parents(of level: String) -> Set<String> {
        Set(edges.filter { $0.child == level }.map(\.parent))
    }

    /// Every level reachable upwards from `level`.
    public func ancestors(of level: String) -> Set<String> {
        var seen = Set<String>()
        var queue = Array(parents(of: level))
        while let next = queue.popLast() {
            if seen.insert(next).inserted { queue.append(contentsOf: parents(of: next)) }
        }
        return seen
    }

    /// For every level that has children, the child level it is aggregated from.
    public func sources() -> [String: String] {
        var candidates: [String: Set<String>] = [:]
        for edge in edges { candidates[edge.parent, default: []].insert(edge.child) }
        var result: [String: String] = [:]
        for (parent, children) in candidates {
            // The nearest child: one from which no other candidate is reachable.
            let nearest = children.filter { child in
                let above = ancestors(of: child)
                return !children.contains { $0 != child && above.contains($0) }
            }
            result[parent] = (nearest.isEmpty ? children : nearest).sorted().first
        }
        return result
    }

    /// Levels ordered so that every level comes before the levels it aggregates into.
    /// Levels caught in a cycle (a broken table) are left out rather than looping.
    public func bottomUpOrder(levels: [String]) -> [String] {
        var incoming: [String: Int] = Dictionary(uniqueKeysWithValues: levels.map { ($0, 0) })
        for edge in edges where incoming[edge.parent] != nil && incoming[edge.child] != nil {
            incoming[edge.parent, default: 0] += 1
        }
        var ready = levels.filter { incoming[$0] == 0 }
        var order: [String] = []
        while !ready.isEmpty {
            let level = ready.removeFirst()
            order.append(level)
            for edge in edges where edge.child == level {
                guard let count = incoming[edge.parent] else { continue }
                incoming[edge.parent] = count - 1
                if count - 1 == 0 { ready.append(edge.parent) }
            }
        }
        return order
    }
}
