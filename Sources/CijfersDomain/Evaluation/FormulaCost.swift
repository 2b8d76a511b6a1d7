/// What one cell of a formula indicator costs to compute when every component is computed once: how deep
/// formulas nest, how many distinct components it reads, and how many steps that takes. The import refuses
/// formulas over these limits; the evaluator gives no value for a cycle or nesting deeper than `maximumDepth`.
public struct FormulaCost: Sendable, Equatable {
    /// Formula levels on the longest path: 0 for a stored indicator, 1 for a formula of stored values,
    /// `Int.max` for a cycle.
    public let depth: Int
    /// Distinct components (indicator × period offset) one cell reads, itself and threshold bases included.
    /// Counting stops just past `maximumComponents`.
    public let components: Int
    /// Formula evaluations plus component reads for one cell: what the evaluator counts as work.
    public let steps: Int

    /// Formulas of formulas, nested deeper than this, give no value and are refused on import.
    public static let maximumDepth = 20
    /// Distinct components one cell of a formula may read.
    public static let maximumComponents = 1_000
    /// Steps (evaluations plus reads) one cell of a formula may take.
    public static let maximumSteps = 10_000

    public var isCycle: Bool { depth == .max }

    /// Why the formula is too costly, in Dutch, with the limit; nil when it is within all limits.
    public var excess: String? {
        if isCycle {
            return "de formule verwijst via haar componenten naar zichzelf (kringverwijzing)"
        }
        if depth > Self.maximumDepth {
            return "formules zijn \(depth) niveaus diep genest; de grens is \(Self.maximumDepth)"
        }
        if components > Self.maximumComponents {
            return "de formule leest meer dan \(Self.maximumComponents) verschillende componenten (indicator × periode) per cel"
        }
        if steps > Self.maximumSteps {
            return "de formule vraagt \(steps) rekenstappen per cel; de grens is \(Self.maximumSteps)"
        }
        return nil
    }
}

/// The formula indicators as a graph: each indicator's depth (computed once, without recursion, so a long
/// chain cannot exhaust the stack) and each one's cost per cell.
public struct FormulaGraph: Sendable {
    let indicators: [String: Indicator]
    let formulas: [String: Formula]
    private var depths: [String: Int] = [:]

    public init(indicators: [String: Indicator], formulas: [String: Formula]) {
        self.indicators = indicators
        self.formulas = formulas
    }

    /// The parsed formula of a formula indicator; nil for stored and unknown indicators and for formulas
    /// that did not parse (those give no value).
    func formula(_ code: String) -> Formula? {
        indicators[code]?.isFormula == true ? formulas[code] : nil
    }

    /// The threshold base that publishing `code` reads, when it is another indicator.
    func publishingBase(of code: String) -> String? {
        guard let indicator = indicators[code], indicator.thresholdValue != nil,
              indicator.thresholdBaseCode != code else { return nil }
        return indicator.thresholdBaseCode
    }

    /// What computing `code` reads directly: its components and, for threshold(), their bases.
    func dependencies(of code: String) -> [String] {
        guard let formula = formula(code) else { return [] }
        var result: [String] = []
        for reference in formula.references {
            result.append(reference.code)
            if reference.thresholded, let base = publishingBase(of: reference.code) { result.append(base) }
        }
        return result
    }

    /// Formula levels on the longest path below `code` (see `FormulaCost.depth`).
    public mutating func depth(of code: String) -> Int {
        if let known = depths[code] { return known }
        // Depth-first with an explicit stack; a dependency still on the stack closes a cycle.
        var onStack: Set<String> = [code]
        var stack: [(code: String, dependencies: [String], next: Int, depth: Int)] =
            [(code, dependencies(of: code), 0, formula(code) == nil ? 0 : 1)]
        while let top = stack.indices.last {
            if stack[top].next < stack[top].dependencies.count {
                let dependency = stack[top].dependencies[stack[top].next]
                stack[top].next += 1
                if let known = depths[dependency] {
                    stack[top].depth = Self.combine(stack[top].depth, below: known)
                } else if onStack.contains(dependency) {
                    stack[top].depth = .max
                } else {
                    onStack.insert(dependency)
                    stack.append((dependency, dependencies(of: dependency), 0, formula(dependency) == nil ? 0 : 1))
                }
            } else {
                let done = stack.removeLast()
                onStack.remove(done.code)
                depths[done.code] = done.depth
                if let parent = stack.indices.last {
                    stack[parent].depth = Self.combine(stack[parent].depth, below: done.depth)
                }
            }
        }
        return depths[code]!
    }

    private static func combine(_ depth: Int, below child: Int) -> Int {
        child == .max || depth == .max ? .max : max(depth, child + 1)
    }

    /// The cost of one cell of `code`, published: the distinct components (indicator × period offset) reachable,
    /// each computed once, and the steps the evaluator takes for them.
    public mutating func cost(of code: String) -> FormulaCost {
        let depth = depth(of: code)
        struct Node: Hashable { let code: String; let offset: Int }
        var seen: Set<Node> = [Node(code: code, offset: 0)]
        var queue = [Node(code: code, offset: 0)]
        if let base = publishingBase(of: code) {
            let node = Node(code: base, offset: 0)
            if seen.insert(node).inserted { queue.append(node) }
        }
        var steps = 0
        while let node = queue.popLast(), seen.count <= FormulaCost.maximumComponents {
            guard let formula = formula(node.code) else { continue }
            steps += 1 + formula.lookupCount
            for reference in formula.references {
                let offset = node.offset + reference.periodOffset
                var next = [Node(code: reference.code, offset: offset)]
                if reference.thresholded, let base = publishingBase(of: reference.code) {
                    next.append(Node(code: base, offset: offset))
                }
                for node in next where seen.insert(node).inserted { queue.append(node) }
            }
        }
        return FormulaCost(depth: depth, components: seen.count, steps: steps)
    }

    /// Every indicator `code` is computed from, directly or through other formulas and threshold bases.
    public func components(of code: String) -> Set<String> {
        var seen = Set<String>()
        var queue = dependencies(of: code)
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            queue.append(contentsOf: dependencies(of: next))
        }
        return seen
    }
}
