import Platform
import AccessDomain
import CijfersDomain
import CijfersImport
import Foundation

/// An in-memory snapshot of everything but the values: levels, areas (without geometry), links, indicators
/// and themes. Small (tens of thousands of areas), loaded once and replaced after every import, so that
/// requests and imports resolve codes without asking the database.
public struct Catalog: Sendable {
    public struct AreaEntry: Sendable, Hashable {
        public let key: Int
        public let levelCode: String
        public let code: String
        public let shortName: String
        public let name: String
        public let sequence: Int
        public let hasGeometry: Bool
    }

    public let levels: [AreaLevel]
    public let levelKeys: [String: Int]
    public let areas: [Int: AreaEntry]
    public let hierarchy: AreaHierarchy
    public private(set) var indicators: [String: Indicator]
    public private(set) var indicatorKeys: [String: Int]
    public let themes: [Theme]
    /// Every formula parsed once; an indicator whose formula does not parse has none here and gives no values.
    public private(set) var formulas: [String: Formula]
    /// When each stored indicator's data last changed (by an import).
    public private(set) var dataUpdated: [String: Date]
    /// The levels at which each stored indicator has values (loaded or aggregated).
    public private(set) var levelsWithValues: [String: Set<String>]
    /// Data reserved for access groups, and which groups each organisation belongs to.
    public private(set) var restrictions: [DataRestriction] = []
    public private(set) var groupsOfOrganisation: [Int: Set<Int>] = [:]
    /// The `DataVersions.cijfers` number this catalog was loaded at: caches of what imports change (geometry) key on it.
    public internal(set) var dataVersion: Int64 = 0
    /// The `DataVersions.accessGroups` number it was loaded at (what a viewer may see depends on it).
    public internal(set) var accessVersion: Int64 = 0
    /// Tells catalogs apart within one process (each load makes a new one; a viewer's copy keeps it): caches that
    /// outlive a request key on it, so two databases served by one process (as in the tests) never share an entry.
    public private(set) var identity = UUID()
    /// What this copy of the catalog hides: nothing for the full catalog, the restricted data in a viewer's copy.
    public private(set) var visibility: Visibility = .everything
    private let areaIndex: [String: [String: Int]]
    private let areasByLevel: [String: [Int]]
    /// For each area, the areas of each lower level within it, in display order: worked out once per catalog,
    /// because "the wijken of Gent" is asked on nearly every request and walking a whole level each time cost a third
    /// of the data API's time (docs/performance.md).
    private let areasWithin: [Int: [String: [Int]]]
    /// The area keys of each level in slot order (by key, so a new area takes the next slot): the order of the
    /// numbers in a stored value vector (`ValueVector`).
    let slotKeys: [String: [Int]]
    /// Each area's slot within its level.
    let slotOfArea: [Int: Int]

    public init(levels: [(key: Int, level: AreaLevel)], areas: [AreaEntry], links: [(child: Int, parent: Int)],
                indicators: [(key: Int, indicator: Indicator)], themes: [Theme], dataUpdated: [String: Date] = [:],
                levelsWithValues: [String: Set<String>] = [:], slots: [Int: Int]? = nil) {
        self.dataUpdated = dataUpdated
        self.levelsWithValues = levelsWithValues
        self.levels = levels.map(\.level).sorted { ($0.order, $0.code) < ($1.order, $1.code) }
        levelKeys = Dictionary(uniqueKeysWithValues: levels.map { ($0.level.code, $0.key) })
        self.areas = Dictionary(uniqueKeysWithValues: areas.map { ($0.key, $0) })
        var index: [String: [String: Int]] = [:]
        var byLevel: [String: [Int]] = [:]
        for area in areas.sorted(by: { ($0.sequence, $0.code) < ($1.sequence, $1.code) }) {
            index[area.levelCode, default: [:]][area.code] = area.key
            byLevel[area.levelCode, default: []].append(area.key)
        }
        areaIndex = index
        areasByLevel = byLevel
        // The slots stored with the areas (`areas.slot`); without them (a catalog made in memory) the rank by key,
        // which is how the database numbers them.
        var bySlot: [String: [Int]] = [:]
        for (level, keys) in byLevel {
            bySlot[level] = slots.map { stored in keys.sorted { (stored[$0] ?? Int.max, $0) < (stored[$1] ?? Int.max, $1) } } ?? keys.sorted()
        }
        var slotOf: [Int: Int] = [:]
        slotOf.reserveCapacity(areas.count)
        for keys in bySlot.values { for (slot, key) in keys.enumerated() { slotOf[key] = slot } }
        slotKeys = bySlot
        slotOfArea = slotOf
        hierarchy = AreaHierarchy(levelOf: self.areas.mapValues(\.levelCode), links: links)
        areasWithin = Self.indexWithin(byLevel, hierarchy: hierarchy)
        self.indicators = Dictionary(uniqueKeysWithValues: indicators.map { ($0.indicator.code, $0.indicator) })
        indicatorKeys = Dictionary(uniqueKeysWithValues: indicators.map { ($0.indicator.code, $0.key) })
        self.themes = themes
        formulas = Self.parsedFormulas(indicators)
    }

    private static func parsedFormulas(_ indicators: [(key: Int, indicator: Indicator)]) -> [String: Formula] {
        var formulas: [String: Formula] = [:]
        for (_, indicator) in indicators {
            if let source = indicator.formula, !source.isEmpty, let formula = try? Formula(source) {
                formulas[indicator.code] = formula
            }
        }
        return formulas
    }

    /// This catalog with other indicators (and their data dates): what an import needs after an indicator sheet,
    /// which changes nothing else, without building the areas' indexes again. A new catalog: caches that key on
    /// `identity` never mix it up with this one.
    func replacingIndicators(_ indicators: [(key: Int, indicator: Indicator)], dataUpdated: [String: Date]) -> Catalog {
        var copy = self
        copy.identity = UUID()
        copy.indicators = Dictionary(uniqueKeysWithValues: indicators.map { ($0.indicator.code, $0.indicator) })
        copy.indicatorKeys = Dictionary(uniqueKeysWithValues: indicators.map { ($0.indicator.code, $0.key) })
        copy.formulas = Self.parsedFormulas(indicators)
        copy.dataUpdated = dataUpdated
        return copy
    }

    /// The catalog as one viewer may see it: restricted indicators are gone, restricted levels have no values.
    /// Anonymous visitors pass no organisation; platform admins see everything.
    public func visible(toOrganisation organisation: Int?, seesEverything: Bool = false) -> Catalog {
        guard !restrictions.isEmpty, !seesEverything else { return self }
        let groups = organisation.flatMap { groupsOfOrganisation[$0] } ?? []
        let visibility = Visibility(restrictions: restrictions, groups: groups, dependencies: readSources(),
                                    levelsBelow: levelsBelow())
        guard !visibility.hidesNothing else { return self }
        var copy = self
        copy.visibility = visibility
        for code in visibility.hiddenIndicators {
            copy.indicators[code] = nil
            copy.formulas[code] = nil
            copy.dataUpdated[code] = nil
            copy.levelsWithValues[code] = nil
        }
        for (code, levels) in visibility.hiddenLevels {
            copy.levelsWithValues[code]?.subtract(levels)
        }
        // A visible indicator's metadata does not name a hidden one (as aggregation, sample or threshold indicator).
        // Publishing never reads these then: an indicator whose threshold base is hidden is hidden itself.
        let hidden = visibility.hiddenIndicators
        if !hidden.isEmpty {
            for (code, indicator) in copy.indicators {
                var cleaned = indicator
                if let reference = cleaned.aggregationCode, hidden.contains(reference) { cleaned.aggregationCode = nil }
                if let reference = cleaned.sampleCode, hidden.contains(reference) { cleaned.sampleCode = nil }
                if let reference = cleaned.thresholdCode, hidden.contains(reference) { cleaned.thresholdCode = nil }
                if cleaned != indicator { copy.indicators[code] = cleaned }
            }
        }
        return copy
    }

    /// The indicators whose values this viewer may read at `level`: those restricted there are left out, so that
    /// `DataQuery` answers a restricted level exactly as a level without data.
    public func indicatorsReadable(atLevel level: String) -> [String: Indicator] {
        var readable = indicators
        for (code, levels) in visibility.hiddenLevels where levels.contains(level) { readable[code] = nil }
        return readable
    }

    /// Sets the access restrictions (the catalog loader does this).
    mutating func setAccess(restrictions: [DataRestriction], memberships: [(group: Int, organisation: Int)]) {
        self.restrictions = restrictions
        groupsOfOrganisation = [:]
        for membership in memberships { groupsOfOrganisation[membership.organisation, default: []].insert(membership.group) }
    }

    /// For each indicator, every indicator read to publish it: the sources of its formula and its threshold base,
    /// directly or through those.
    func readSources() -> [String: Set<String>] {
        func direct(_ code: String) -> [String] {
            guard let indicator = indicators[code] else { return [] }
            var codes = Array(formulas[code]?.codes ?? [])
            if indicator.thresholdValue != nil, indicator.thresholdBaseCode != code { codes.append(indicator.thresholdBaseCode) }
            return codes
        }
        var result: [String: Set<String>] = [:]
        for code in indicators.keys {
            var seen = Set<String>()
            var queue = direct(code)
            while let next = queue.popLast() {
                guard seen.insert(next).inserted else { continue }
                queue.append(contentsOf: direct(next))
            }
            seen.remove(code)
            if !seen.isEmpty { result[code] = seen }
        }
        return result
    }

    /// For each level, every level that aggregates into it, directly or not: the levels its values can be rebuilt from.
    func levelsBelow() -> [String: Set<String>] {
        let graph = hierarchy.levelGraph
        var result: [String: Set<String>] = [:]
        for level in Set(graph.edges.map(\.child)) {
            for above in graph.ancestors(of: level) where above != level { result[above, default: []].insert(level) }
        }
        return result
    }

    public static let empty = Catalog(levels: [], areas: [], links: [], indicators: [], themes: [])

    public func level(_ code: String) -> AreaLevel? { levels.first { $0.code == code } }

    public func areaKey(level: String, code: String) -> Int? { areaIndex[level]?[code] }

    public func area(level: String, code: String) -> AreaEntry? { areaKey(level: level, code: code).flatMap { areas[$0] } }

    /// The areas of a level in their display order.
    public func areas(inLevel level: String) -> [AreaEntry] { (areasByLevel[level] ?? []).compactMap { areas[$0] } }

    /// The areas of `level` within the area `parent` (at any level above), in display order.
    public func areas(inLevel level: String, within parent: Int) -> [AreaEntry] {
        (areasWithin[parent]?[level] ?? []).compactMap { areas[$0] }
    }

    /// Registers each area under its ancestor at every level above it — the same ancestor `AreaHierarchy.ancestor`
    /// picks, so an area with two routes to one level is counted once, as before. One walk per area finds them all:
    /// it visits the ancestors in the order `ancestor(of:atLevel:)` does, so the first met at a level is its answer.
    private static func indexWithin(_ byLevel: [String: [Int]], hierarchy: AreaHierarchy) -> [Int: [String: [Int]]] {
        var within: [Int: [String: [Int]]] = [:]
        // Reused for every area: an area has a handful of ancestors, so plain arrays beat sets here.
        var seen: [Int] = []
        var queue: [Int] = []
        var found: [(level: String, ancestor: Int)] = []
        for (level, keys) in byLevel {
            for key in keys {
                seen.removeAll(keepingCapacity: true)
                found.removeAll(keepingCapacity: true)
                queue.removeAll(keepingCapacity: true)
                queue.append(contentsOf: hierarchy.parents(of: key))
                while let next = queue.popLast() {
                    guard !seen.contains(next) else { continue }
                    seen.append(next)
                    if let nextLevel = hierarchy.levelOf[next], !found.contains(where: { $0.level == nextLevel }) {
                        found.append((nextLevel, next))
                    }
                    queue.append(contentsOf: hierarchy.parents(of: next))
                }
                for (_, ancestor) in found {
                    within[ancestor, default: [:]][level, default: []].append(key)
                }
            }
        }
        return within
    }

    /// The levels at which an indicator can be shown: where it (or, for a formula, every stored component) has values.
    public func levelsWithData(of code: String) -> [AreaLevel] {
        let stored = IndicatorEvaluator.storedDependencies(of: [code], indicators: indicators, formulas: formulas)
        guard !stored.isEmpty else { return [] }
        let sets = stored.map { levelsWithValues[$0] ?? [] }
        let common = sets.dropFirst().reduce(sets[0]) { $0.intersection($1) }
        return levels.filter { common.contains($0.code) }
    }

    public var themeTree: ThemeTree { ThemeTree(themes: themes, indicators: Array(indicators.values)) }
}

extension Catalog: ImportCatalog {
    public func levelExists(_ code: String) -> Bool { levelKeys[code] != nil }

    public func indicator(_ code: String) -> (key: Int, isFormula: Bool)? {
        guard let key = indicatorKeys[code], let indicator = indicators[code] else { return nil }
        return (key, indicator.isFormula)
    }
}
