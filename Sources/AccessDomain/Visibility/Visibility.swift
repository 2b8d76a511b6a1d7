/// What one viewer may not see, worked out from the restrictions and the access groups the viewer belongs to.
///
/// A restriction covers every level from which its values can be rebuilt: the restricted level and every level that
/// aggregates into it, directly or not (summing the sectors gives the wijk). Levels above stay public.
/// An indicator also inherits the restrictions of every indicator read to publish it: the sources of a formula
/// (a share computed from restricted counts reveals them) and its threshold base (whether a value is 'ok' or
/// 'suppressed' tells whether the base reaches the threshold).
public struct Visibility: Sendable, Hashable {
    /// Indicators hidden at every level.
    public let hiddenIndicators: Set<String>
    /// Indicators hidden at some levels only.
    public let hiddenLevels: [String: Set<String>]

    public static let everything = Visibility(hiddenIndicators: [], hiddenLevels: [:])

    init(hiddenIndicators: Set<String>, hiddenLevels: [String: Set<String>]) {
        self.hiddenIndicators = hiddenIndicators
        self.hiddenLevels = hiddenLevels
    }

    /// - Parameters:
    ///   - restrictions: every restriction in force.
    ///   - groups: the access groups the viewer belongs to (through their organisation).
    ///   - seesEverything: platform admins see all data.
    ///   - dependencies: for each indicator, the indicators read to publish it (formula sources and threshold
    ///     bases, directly or not).
    ///   - levelsBelow: for each level, the levels that aggregate into it, directly or not.
    public init(restrictions: [DataRestriction], groups: Set<Int>, seesEverything: Bool = false,
                dependencies: [String: Set<String>] = [:], levelsBelow: [String: Set<String>] = [:]) {
        guard !seesEverything, !restrictions.isEmpty else {
            self.init(hiddenIndicators: [], hiddenLevels: [:])
            return
        }
        // One item may be reserved for several groups; a member of any of them sees it.
        var allowedGroups: [DataRestriction.Key: Set<Int>] = [:]
        for restriction in restrictions { allowedGroups[restriction.key, default: []].insert(restriction.group) }
        var hidden = Set<String>()
        var levels: [String: Set<String>] = [:]
        for (key, allowed) in allowedGroups where allowed.isDisjoint(with: groups) {
            if let level = key.level {
                levels[key.indicator, default: []].insert(level)
                levels[key.indicator]!.formUnion(levelsBelow[level] ?? [])
            } else {
                hidden.insert(key.indicator)
            }
        }
        // Dependencies are transitive, so one pass over the restrictions found above is enough.
        let restrictedIndicators = hidden
        let restrictedLevels = levels
        for (code, sources) in dependencies {
            if !sources.isDisjoint(with: restrictedIndicators) { hidden.insert(code) }
            for source in sources { if let sourceLevels = restrictedLevels[source] { levels[code, default: []].formUnion(sourceLevels) } }
        }
        for code in hidden { levels[code] = nil }
        self.init(hiddenIndicators: hidden, hiddenLevels: levels)
    }

    public var hidesNothing: Bool { hiddenIndicators.isEmpty && hiddenLevels.isEmpty }

    public func hides(indicator: String) -> Bool { hiddenIndicators.contains(indicator) }

    public func hides(indicator: String, level: String) -> Bool {
        hiddenIndicators.contains(indicator) || hiddenLevels[indicator]?.contains(level) == true
    }
}

extension DataRestriction {
    struct Key: Hashable {
        let indicator: String
        let level: String?
    }

    var key: Key { Key(indicator: indicator, level: level) }
}
