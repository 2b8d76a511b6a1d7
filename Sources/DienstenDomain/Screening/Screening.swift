import Foundation

/// Whether a condition holds for a profile: met, not met, or unknown because the profile leaves a field it needs empty.
public enum ConditionState: String, Codable, Sendable, Hashable {
    case met
    case unmet
    case unknown
}

/// How likely a client has a right, in the order the results are shown.
public enum ScreeningOutcome: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    /// Every condition is met.
    case likely
    /// No condition is unmet, but some are still unknown.
    case possible
    /// At least one condition is not met.
    case unlikely
    /// There are no rules for this right yet.
    case noRules = "no-rules"

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One comparison of a test with the profile's value, for showing: "age 67, must be ≥ 65: met".
public struct Comparison: Sendable, Hashable {
    public enum Observed: Sendable, Hashable {
        case value(RuleValue)
        case status(Bool)
    }

    public var question: ProfileQuestion
    public var op: RuleOperator
    /// The rule's value (nil for a status test).
    public var expected: RuleValue?
    /// What the profile says (nil: unknown).
    public var observed: Observed?
    public var state: ConditionState
}

/// A condition as screened: its state and the comparisons that decided it.
public struct ConditionResult: Sendable, Hashable {
    public var condition: RuleCondition
    public var state: ConditionState
    public var comparisons: [Comparison]
    /// The fields still to ask that would decide this condition (only when unknown).
    public var questions: [ProfileQuestion]
}

/// A right to screen, as the catalogue knows it.
public struct RightToScreen: Sendable, Hashable {
    public var key: String
    public var productNumber: String?
    public var concept: String?
    public var name: String

    public init(key: String, productNumber: String?, concept: String?, name: String) {
        self.key = key
        self.productNumber = productNumber
        self.concept = concept
        self.name = name
    }
}

/// One right as screened.
public struct RightScreening: Sendable, Hashable {
    public var right: RightToScreen
    public var outcome: ScreeningOutcome
    /// The key of the rule that decided (nil: no rules).
    public var ruleKey: String?
    public var conditions: [ConditionResult]

    public var met: [ConditionResult] { conditions.filter { $0.state == .met } }
    public var unmet: [ConditionResult] { conditions.filter { $0.state == .unmet } }
    public var unknown: [ConditionResult] { conditions.filter { $0.state == .unknown } }
}

/// The screening of a profile against all rights with one version of the rules.
public struct ScreeningResult: Sendable, Hashable {
    public var version: Int
    public var day: CalendarDay
    /// Likely, then possible, then unlikely, then no rules; within each in the order the rights were given.
    public var rights: [RightScreening]

    /// What to ask the client next: the unknown fields that would decide a right that is still possible.
    public var questions: [ProfileQuestion] {
        let asked = rights.filter { $0.outcome == .possible }.flatMap { $0.conditions.flatMap(\.questions) }
        return Array(Set(asked)).sorted()
    }

    /// How many rights have each outcome.
    public var counts: [ScreeningOutcome: Int] {
        Dictionary(grouping: rights, by: \.outcome).mapValues(\.count)
    }
}

/// Screening: which rights a client may have, with the conditions met, not met and still unknown. A pure function
/// of the profile, the rights, the rules and the day (for the age from a birth date).
public enum Screening {
    public static func screen(_ profile: ClientProfile, rights: [RightToScreen], rules: EligibilityRuleSet, on day: CalendarDay)
        -> ScreeningResult
    {
        let screened = rights.map { right -> RightScreening in
            guard let rule = rules.rule(productNumber: right.productNumber, concept: right.concept, key: right.key) else {
                return RightScreening(right: right, outcome: .noRules, ruleKey: nil, conditions: [])
            }
            let results = rule.conditions.map { evaluate($0, profile, day) }
            let outcome: ScreeningOutcome =
                results.contains { $0.state == .unmet } ? .unlikely : results.contains { $0.state == .unknown } ? .possible : .likely
            return RightScreening(right: right, outcome: outcome, ruleKey: rule.key, conditions: results)
        }
        let ordered = screened.enumerated().sorted { ($0.element.outcome, $0.offset) < ($1.element.outcome, $1.offset) }.map(\.element)
        return ScreeningResult(version: rules.version, day: day, rights: ordered)
    }

    /// One condition on a profile.
    public static func evaluate(_ condition: RuleCondition, _ profile: ClientProfile, _ day: CalendarDay) -> ConditionResult {
        var comparisons: [Comparison] = []
        let state = evaluate(condition.test, profile, day, &comparisons)
        let questions = state == .unknown ? Array(Set(comparisons.filter { $0.observed == nil }.map(\.question))).sorted() : []
        return ConditionResult(condition: condition, state: state, comparisons: comparisons, questions: questions)
    }

    static func evaluate(_ test: RuleTest, _ profile: ClientProfile, _ day: CalendarDay, _ comparisons: inout [Comparison]) -> ConditionState {
        switch test {
        case .status(let status, let has):
            let answer = profile.has(status)
            let state: ConditionState = answer.map { $0 == has ? .met : .unmet } ?? .unknown
            comparisons.append(
                Comparison(question: .status(status), op: has ? .hasStatus : .lacksStatus, expected: nil, observed: answer.map { .status($0) }, state: state))
            return state
        case .compare(let field, let op, let expected):
            let value = profile.value(field, on: day)
            let state: ConditionState = value.map { compare($0, op, expected) ? .met : .unmet } ?? .unknown
            comparisons.append(Comparison(question: .field(field), op: op, expected: expected, observed: value.map { .value($0) }, state: state))
            return state
        case .any(let tests):
            let states = tests.map { evaluate($0, profile, day, &comparisons) }
            return states.contains(.met) ? .met : states.contains(.unknown) ? .unknown : .unmet
        case .all(let tests):
            let states = tests.map { evaluate($0, profile, day, &comparisons) }
            return states.contains(.unmet) ? .unmet : states.contains(.unknown) ? .unknown : .met
        }
    }

    static func compare(_ value: RuleValue, _ op: RuleOperator, _ expected: RuleValue) -> Bool {
        switch (op, value, expected) {
        case (.equal, _, _): value == expected
        case (.oneOf, _, .list(let values)): values.contains(value)
        case (.less, .number(let a), .number(let b)): a < b
        case (.lessOrEqual, .number(let a), .number(let b)): a <= b
        case (.greater, .number(let a), .number(let b)): a > b
        case (.greaterOrEqual, .number(let a), .number(let b)): a >= b
        default: false
        }
    }
}
