/// The levels of a meerjarenplan in the BBC 2020 structure, from the top down. The strategic level is optional: many
/// cities start at the beleidsdoelstellingen.
public enum PlanLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case strategischeDoelstelling = "strategische doelstelling"
    case beleidsdoelstelling
    case actieplan
    case actie

    /// 0 for the top level, 3 for an actie.
    public var rank: Int {
        switch self {
        case .strategischeDoelstelling: 0
        case .beleidsdoelstelling: 1
        case .actieplan: 2
        case .actie: 3
        }
    }

    public static func < (lhs: PlanLevel, rhs: PlanLevel) -> Bool { lhs.rank < rhs.rank }

    /// The label the users see and the CSV export writes.
    public var dutchLabel: String { rawValue }

    public var englishLabel: String {
        switch self {
        case .strategischeDoelstelling: "strategic objective"
        case .beleidsdoelstelling: "policy objective"
        case .actieplan: "action plan"
        case .actie: "action"
        }
    }

    /// The level a parent of this level must have: always exactly one level up. Nil for the top level.
    public var parentLevel: PlanLevel? {
        switch self {
        case .strategischeDoelstelling: nil
        case .beleidsdoelstelling: .strategischeDoelstelling
        case .actieplan: .beleidsdoelstelling
        case .actie: .actieplan
        }
    }

    /// Only strategische doelstellingen and beleidsdoelstellingen may stand at the top of a plan (the latter when a
    /// city has no strategic level).
    public var mayBeTopLevel: Bool { self == .strategischeDoelstelling || self == .beleidsdoelstelling }

    /// Reads a level from a CSV cell: the Dutch or English label or the usual abbreviation (SD, BD, AP, AC),
    /// case-insensitive and trimmed. Nil when the text names no level.
    public static func parse(_ text: String) -> PlanLevel? {
        let key = TextNormalising.key(text)
        for level in allCases where level.labels.contains(key) { return level }
        return nil
    }

    private var labels: [String] {
        switch self {
        case .strategischeDoelstelling:
            ["strategische doelstelling", "sd", "strategic objective", "strategic goal"]
        case .beleidsdoelstelling:
            ["beleidsdoelstelling", "bd", "policy objective", "policy goal"]
        case .actieplan:
            ["actieplan", "ap", "action plan"]
        case .actie:
            ["actie", "ac", "action"]
        }
    }
}
