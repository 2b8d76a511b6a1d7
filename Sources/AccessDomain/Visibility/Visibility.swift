/// What one viewer may not see, worked out from the restrictions and the access groups the viewer belongs to.
/// A formula indicator inherits the restrictions of the indicators it is computed from: a share computed from
/// restricted counts would otherwise reveal them.
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
    ///   - dependencies: for each formula indicator, the indicators it is computed from (directly or not).
    public init(restrictions: [DataRestriction], groups: Set<Int>, seesEverything: Bool = false,
                dependencies: [String: Set<String>] = [:]) {
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
            if let level = key.level { levels[key.indicator, default: []].insert(level) } else { hidden.insert(key.indicator) }
        }
        for (formula, sources) in dependencies {
            if !sources.isDisjoint(with: hidden) { hidden.insert(formula) }
            for source in sources { if let sourceLevels = levels[source] { levels[formula, default: []].formUnion(sourceLevels) } }
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
