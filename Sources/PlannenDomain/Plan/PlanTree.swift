/// The items of a plan as a validated tree. The items are kept in tree order: depth-first, roots and children sorted
/// by code (`CodeOrder`), which is also the order of the CSV export and of the pages.
public struct PlanTree: Sendable, Equatable, Codable {
    /// All items in tree order.
    public let items: [PlanItem]
    /// The codes at the top, by code.
    public let rootCodes: [String]
    private let index: [String: Int]
    private let childCodes: [String: [String]]
    private let depths: [String: Int]

    /// Builds the tree, or throws every problem of `PlanTree.problems(in:)`.
    public init(items: [PlanItem]) throws(PlanTreeError) {
        let problems = PlanTree.problems(in: items)
        guard problems.isEmpty else { throw PlanTreeError(problems: problems) }
        var children: [String: [String]] = [:]
        var roots: [String] = []
        var byCode: [String: PlanItem] = [:]
        for item in items {
            byCode[item.code] = item
            if let parent = item.parentCode { children[parent, default: []].append(item.code) } else { roots.append(item.code) }
        }
        let sort: ([String]) -> [String] = { $0.sorted(by: CodeOrder.precedes) }
        children = children.mapValues(sort)
        roots = sort(roots)
        var ordered: [PlanItem] = []
        var depths: [String: Int] = [:]
        var stack: [(code: String, depth: Int)] = roots.reversed().map { ($0, 0) }
        while let (code, depth) = stack.popLast() {
            guard let item = byCode[code] else { continue }
            ordered.append(item)
            depths[code] = depth
            stack.append(contentsOf: (children[code] ?? []).reversed().map { ($0, depth + 1) })
        }
        self.items = ordered
        self.rootCodes = roots
        self.childCodes = children
        self.depths = depths
        self.index = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($0.element.code, $0.offset) })
    }

    /// The empty plan.
    public static let empty: PlanTree = PlanTree(validated: [])

    private init(validated items: [PlanItem]) {
        self.items = items
        self.rootCodes = []
        self.index = [:]
        self.childCodes = [:]
        self.depths = [:]
    }

    public func item(_ code: String) -> PlanItem? { index[code].map { items[$0] } }

    public func contains(_ code: String) -> Bool { index[code] != nil }

    /// The children of an item, by code.
    public func children(of code: String) -> [PlanItem] { (childCodes[code] ?? []).compactMap(item) }

    public func childCodes(of code: String) -> [String] { childCodes[code] ?? [] }

    public func parent(of code: String) -> PlanItem? { item(code)?.parentCode.flatMap(item) }

    /// From the parent up to the root.
    public func ancestors(of code: String) -> [PlanItem] {
        var result: [PlanItem] = []
        var current = parent(of: code)
        while let item = current {
            result.append(item)
            current = parent(of: item.code)
        }
        return result
    }

    /// Everything below an item, in tree order.
    public func descendants(of code: String) -> [PlanItem] {
        guard let start = index[code], let depth = depths[code] else { return [] }
        var result: [PlanItem] = []
        for item in items[(start + 1)...] {
            guard let itemDepth = depths[item.code], itemDepth > depth else { break }
            result.append(item)
        }
        return result
    }

    /// 0 at the top.
    public func depth(of code: String) -> Int? { depths[code] }

    public func items(at level: PlanLevel) -> [PlanItem] { items.filter { $0.level == level } }

    public enum CodingKeys: String, CodingKey { case items }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let items = try container.decode([PlanItem].self, forKey: .items)
        do {
            try self.init(items: items)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .items, in: container,
                                                   debugDescription: error.problems.map(\.description).joined(separator: "; "))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
    }
}
