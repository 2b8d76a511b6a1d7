/// The areas of every level and their parent links, keyed by a compact integer per area
/// (the storage id) so that aggregation over hundreds of thousands of values stays in arrays and hashes of Ints.
public struct AreaHierarchy: Sendable {
    public let levelOf: [Int: String]
    public let levelGraph: LevelGraph
    private let parentsOf: [Int: [Int]]
    private let childrenOf: [Int: [Int]]

    public init(levelOf: [Int: String], links: [(child: Int, parent: Int)]) {
        self.levelOf = levelOf
        var parents: [Int: [Int]] = [:]
        var children: [Int: [Int]] = [:]
        var edges = Set<LevelGraph.Edge>()
        for link in links {
            guard let childLevel = levelOf[link.child], let parentLevel = levelOf[link.parent] else { continue }
            parents[link.child, default: []].append(link.parent)
            children[link.parent, default: []].append(link.child)
            edges.insert(.init(child: childLevel, parent: parentLevel))
        }
        self.parentsOf = parents
        self.childrenOf = children
        self.levelGraph = LevelGraph(edges: edges)
    }

    public func parents(of area: Int) -> [Int] { parentsOf[area] ?? [] }

    public func children(of area: Int) -> [Int] { childrenOf[area] ?? [] }

    /// The parent of `area` at `level`, following the links transitively.
    public func ancestor(of area: Int, atLevel level: String) -> Int? {
        var seen = Set<Int>()
        var queue = parents(of: area)
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            if levelOf[next] == level { return next }
            queue.append(contentsOf: parents(of: next))
        }
        return nil
    }

    /// Every area of `level` that lies within `area` (transitively).
    public func descendants(of area: Int, atLevel level: String) -> [Int] {
        var seen = Set<Int>()
        var found: [Int] = []
        var queue = children(of: area)
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            if levelOf[next] == level { found.append(next) }
            queue.append(contentsOf: children(of: next))
        }
        return found
    }

    /// The aggregation steps, bottom-up: each maps the areas of a child level to their parent at the level above.
    public func aggregationSteps() -> [AggregationStep] {
        let sources = levelGraph.sources()
        let levels = Array(Set(levelOf.values)).sorted()
        var steps: [AggregationStep] = []
        for parentLevel in levelGraph.bottomUpOrder(levels: levels) {
            guard let childLevel = sources[parentLevel] else { continue }
            var parentOf: [Int: Int] = [:]
            for (child, parents) in parentsOf where levelOf[child] == childLevel {
                if let parent = parents.first(where: { levelOf[$0] == parentLevel }) { parentOf[child] = parent }
            }
            steps.append(AggregationStep(childLevel: childLevel, parentLevel: parentLevel, parentOf: parentOf))
        }
        return steps
    }
}

/// One step up the hierarchy: the values of `childLevel` combine into `parentLevel`.
public struct AggregationStep: Sendable {
    public let childLevel: String
    public let parentLevel: String
    public let parentOf: [Int: Int]

    public init(childLevel: String, parentLevel: String, parentOf: [Int: Int]) {
        self.childLevel = childLevel
        self.parentLevel = parentLevel
        self.parentOf = parentOf
    }
}
