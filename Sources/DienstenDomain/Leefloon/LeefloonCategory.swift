import Foundation

/// The three categories of the leefloon (art. 14 §1 of the law of 26 May 2002).
public enum LeefloonCategory: Int, Codable, CaseIterable, Sendable, Comparable {
    /// Living with one or more people with whom the household is mainly shared.
    case cohabiting = 1
    /// Living alone.
    case single = 2
    /// Living with a family in one's care: at least one unmarried minor child.
    case family = 3

    /// The Dutch name the law and the API use.
    public var name: String {
        switch self {
        case .cohabiting: "samenwonend"
        case .single: "alleenstaand"
        case .family: "gezin ten laste"
        }
    }

    public static func < (lhs: LeefloonCategory, rhs: LeefloonCategory) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The rule the category rests on.
    public static let rule = "art. 14 §1 wet 26 mei 2002"

    /// The category of a household. Alone → 2; with a partner or others sharing the household → 1; with at least one
    /// unmarried minor child in care → 3 (with or without a partner). A case the law also puts in category 3 that the
    /// worker states (`otherCategory3Case`) gives 3 and a check for the worker to confirm.
    public static func decide(_ situation: LeefloonSituation) -> LeefloonCategory {
        if situation.household == .children || situation.otherCategory3Case { return .family }
        switch situation.household {
        case .alone: return .single
        case .partner, .others: return .cohabiting
        case .children: return .family
        }
    }
}
