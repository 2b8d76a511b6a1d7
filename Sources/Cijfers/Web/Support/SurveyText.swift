import CijfersDomain
import Platform

/// How a survey indicator's values read on a page: "42,3 % (39,1–45,6)", and the marks for a significant
/// difference, each a symbol and a word so that nothing depends on colour (docs/cijfers.md, "Survey indicators").
struct SurveyText {
    let format: ValueFormat

    private var t: Strings { CijfersText.strings(format.language) }

    /// The value with its unit and, where there is one, its interval in brackets; the mark where there is no value.
    func value(_ value: PublishedValue, _ interval: ConfidenceInterval?) -> String {
        guard value.value != nil else { return value.mark }
        let shown = format.unit.isEmpty ? format.cell(value) : format.label(value)
        guard let interval else { return shown }
        return "\(shown) (\(format.number(interval.lower))–\(format.number(interval.upper)))"
    }

    /// "▲ hoger", "▼ lager" or "○ niet significant"; empty when there is nothing to test.
    func mark(_ difference: SignificantDifference?) -> String {
        switch difference {
        case .higher: t["survey.higher"]
        case .lower: t["survey.lower"]
        case .notSignificant: t["survey.notSignificant"]
        case nil: ""
        }
    }

    /// The interval as the charts take it.
    static func bounds(_ interval: ConfidenceInterval?) -> (lower: Double, upper: Double)? {
        interval.map { ($0.lower, $0.upper) }
    }
}
