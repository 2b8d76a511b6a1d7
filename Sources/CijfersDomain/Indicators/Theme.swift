/// A node of the theme tree (Swing's 'themaboom'): themes hold sub-themes and indicators.
public struct Theme: Sendable, Hashable, Codable {
    public var code: String
    public var name: String
    public var parentCode: String?
    public var sequence: Int

    public init(code: String, name: String, parentCode: String? = nil, sequence: Int = 0) {
        self.code = code
        self.name = name
        self.parentCode = parentCode
        self.sequence = sequence
    }
}

/// The theme tree with its indicators, built once from flat lists.
public struct ThemeTree: Sendable {
    public struct Node: Sendable {
        public let theme: Theme
        public let children: [Node]
        public let indicatorCodes: [String]
    }

    public let roots: [Node]

    public init(themes: [Theme], indicators: [Indicator]) {
        let byParent = Dictionary(grouping: themes, by: { $0.parentCode ?? "" })
        let indicatorsByTheme = Dictionary(grouping: indicators.filter(\.visible), by: { $0.themeCode ?? "" })
        var placed = Set<String>()
        func build(_ theme: Theme, depth: Int) -> Node {
            placed.insert(theme.code)
            // Depth guard and `placed`: a theme that names itself as ancestor must not recurse forever.
            let kids = depth > 20 ? [] : (byParent[theme.code] ?? [])
                .filter { !placed.contains($0.code) }
                .sorted(by: ThemeTree.order)
            return Node(
                theme: theme,
                children: kids.map { build($0, depth: depth + 1) },
                indicatorCodes: (indicatorsByTheme[theme.code] ?? []).map(\.code).sorted()
            )
        }
        let known = Set(themes.map(\.code))
        let roots = themes.filter { $0.parentCode == nil || !known.contains($0.parentCode!) }
        var nodes = roots.sorted(by: ThemeTree.order).map { build($0, depth: 0) }
        // Themes in a cycle (a broken sheet) hang below no root; the first of each cycle becomes one,
        // so that neither the themes nor their indicators silently disappear.
        for theme in themes.sorted(by: ThemeTree.order) where !placed.contains(theme.code) {
            nodes.append(build(theme, depth: 0))
        }
        self.roots = nodes
    }

    private static func order(_ a: Theme, _ b: Theme) -> Bool {
        (a.sequence, a.name) < (b.sequence, b.name)
    }
}
