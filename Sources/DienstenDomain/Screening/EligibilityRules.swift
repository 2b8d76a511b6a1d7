import Foundation

/// A text in Dutch and English, as the rule file gives it.
public struct ScreeningText: Codable, Sendable, Hashable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The text for "nl" or "en".
    public func text(_ language: String) -> String { language == "en" ? en : nl }
}

/// A value a rule compares with: a number, a code (household type, region, NIS code) or a list for `in`.
public enum RuleValue: Sendable, Hashable {
    case number(Double)
    case code(String)
    case list([RuleValue])
}

/// How a test compares a field with its value.
public enum RuleOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "="
    case oneOf = "in"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case hasStatus = "has status"
    case lacksStatus = "lacks status"

    /// Whether the operator orders numbers.
    public var isOrdering: Bool { [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(self) }
}

/// What one condition tests: a field against a value, a status, or a group of tests of which any or all must hold.
public indirect enum RuleTest: Sendable, Hashable {
    case compare(ProfileField, RuleOperator, RuleValue)
    case status(ClientStatus, has: Bool)
    case any([RuleTest])
    case all([RuleTest])
}

/// One condition of a right, in plain language, with where its threshold comes from.
public struct RuleCondition: Sendable, Hashable {
    /// Unique within its rule; cases name conditions by it.
    public var id: String
    public var label: ScreeningText
    public var explanation: ScreeningText
    public var test: RuleTest
    /// Where the threshold comes from, with a date.
    public var source: String
    /// Whether the threshold is indicative: simplified, rounded or not checked against the law.
    public var indicative: Bool

    public init(id: String, label: ScreeningText, explanation: ScreeningText, test: RuleTest, source: String, indicative: Bool) {
        self.id = id
        self.label = label
        self.explanation = explanation
        self.test = test
        self.source = source
        self.indicative = indicative
    }
}

/// The conditions of one right, keyed on its product number or the IRI of its concept.
public struct EligibilityRule: Sendable, Hashable {
    public var key: String
    /// The right's name, for the reader of the rule file.
    public var name: ScreeningText
    public var conditions: [RuleCondition]

    public init(key: String, name: ScreeningText, conditions: [RuleCondition]) {
        self.key = key
        self.name = name
        self.conditions = conditions
    }
}

/// A version of all eligibility rules.
public struct EligibilityRuleSet: Sendable, Hashable {
    /// Given by the rule store when the version is kept (the file's own number is replaced by the next free one).
    public var version: Int
    public var validFrom: CalendarDay
    public var note: String
    public var rules: [EligibilityRule]

    public init(version: Int, validFrom: CalendarDay, note: String, rules: [EligibilityRule]) {
        self.version = version
        self.validFrom = validFrom
        self.note = note
        self.rules = rules
    }

    /// The rule for a right: on its product number, else on its concept's IRI, else on its own key.
    public func rule(productNumber: String?, concept: String?, key: String) -> EligibilityRule? {
        let byKey = Dictionary(rules.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for candidate in [productNumber, concept, key].compactMap({ $0 }) where !candidate.isEmpty {
            if let rule = byKey[candidate] { return rule }
        }
        return nil
    }
}
