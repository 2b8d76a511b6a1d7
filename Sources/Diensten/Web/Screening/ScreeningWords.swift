import DienstenDomain
import Foundation
import Platform

/// How screening's values read on a page: field and status names, outcomes, and a comparison in words
/// ("Leeftijd: 34 — voorwaarde: minstens 18 — voldaan").
struct ScreeningWords {
    let t: Strings

    init(_ language: SiteLanguage) {
        t = DienstenText.strings(language)
    }

    var code: String { t.language == .en ? "en" : "nl" }

    func field(_ field: ProfileField) -> String { t["screening.field.\(field.rawValue)"] }
    func status(_ status: ClientStatus) -> String { t["screening.status.\(status.rawValue)"] }
    func household(_ household: HouseholdType) -> String { t["screening.household.\(household.rawValue)"] }
    func outcome(_ outcome: ScreeningOutcome) -> String { t["screening.outcome.\(outcome.rawValue)"] }
    func state(_ state: ConditionState) -> String { t["screening.state.\(state.rawValue)"] }

    func question(_ question: ProfileQuestion) -> String {
        switch question {
        case .field(let field): self.field(field)
        case .status(let status): self.status(status)
        }
    }

    /// A value of a field: an amount in euro, a household, a region, a municipality's name, or a list of them.
    func value(_ value: RuleValue, of field: ProfileField?) -> String {
        switch value {
        case .list(let values): return values.map { self.value($0, of: field) }.joined(separator: ", ")
        case .code(let code):
            switch field {
            case .household: return HouseholdType(rawValue: code).map(household) ?? code
            case .region: return t["screening.region.\(code)"]
            case .municipality: return Municipalities.named(code).map { "\($0.name) (\(code))" } ?? code
            default: return code
            }
        case .number(let number):
            switch field {
            case .monthlyNetIncome, .yearlyTaxableIncome, .assets:
                return "€\u{00A0}" + (t.language == .en ? Self.english(number) : NumberText.format(number, decimals: number.rounded() == number ? 0 : 2))
            default: return ScreeningForm.plain(number)
            }
        }
    }

    static func english(_ number: Double) -> String {
        NumberText.format(number, decimals: number.rounded() == number ? 0 : 2)
            .replacingOccurrences(of: ".", with: "\u{1}").replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "\u{1}", with: ",")
    }

    /// One comparison in words: what the profile says, what the rule asks, and whether it holds.
    func comparison(_ comparison: Comparison) -> String {
        let subject = question(comparison.question)
        let field: ProfileField? = if case .field(let field) = comparison.question { field } else { nil }
        let observed: String
        switch comparison.observed {
        case nil: observed = t["screening.unknownValue"]
        case .status(let yes)?: observed = yes ? t["screening.yes"] : t["screening.no"]
        case .value(let value)?: observed = self.value(value, of: field)
        }
        let wanted: String
        switch comparison.op {
        case .hasStatus: wanted = t["screening.yes"]
        case .lacksStatus: wanted = t["screening.no"]
        default: wanted = t("screening.op.\(Self.opKey(comparison.op))", comparison.expected.map { value($0, of: field) } ?? "")
        }
        return t("screening.comparison", subject, observed, wanted, state(comparison.state))
    }

    static func opKey(_ op: RuleOperator) -> String {
        switch op {
        case .equal: "equal"
        case .oneOf: "in"
        case .less: "less"
        case .lessOrEqual: "lessOrEqual"
        case .greater: "greater"
        case .greaterOrEqual: "greaterOrEqual"
        case .hasStatus: "has"
        case .lacksStatus: "lacks"
        }
    }

    /// A test of the rules in plain words, for the rules page ("Leeftijd minstens 18", "any of: …").
    func test(_ test: RuleTest) -> String {
        switch test {
        case .compare(let field, let op, let value):
            return "\(self.field(field)) \(t("screening.op.\(Self.opKey(op))", self.value(value, of: field)))"
        case .status(let status, let has):
            return t(has ? "screening.rule.has" : "screening.rule.lacks", self.status(status))
        case .any(let tests):
            return t("screening.rule.any", tests.map { "(\(self.test($0)))" }.joined(separator: t["screening.rule.or"]))
        case .all(let tests):
            return t("screening.rule.all", tests.map { "(\(self.test($0)))" }.joined(separator: t["screening.rule.and"]))
        }
    }

    func date(_ day: CalendarDay) -> String {
        t.language == .en ? day.description : String(format: "%d-%d-%04d", day.day, day.month, day.year)
    }
}
