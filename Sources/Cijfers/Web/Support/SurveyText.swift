import CijfersDomain
import Platform
import Plot

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

    /// A cell of a table that has no column of its own for the marks (one column per indicator or period): the value
    /// with its interval, and under it the mark against `reference` when both have an estimate. The same reading as
    /// the indicator page's trend table.
    func cell(_ value: PublishedValue, _ estimate: SurveyEstimate?, roundOff: RoundOff?,
              against reference: SurveyEstimate?) -> Node<HTML.BodyContext> {
        let interval = estimate.map { $0.interval.rounded(roundOff) }
        let difference = estimate.flatMap { estimate in reference.map { estimate.compared(with: $0) } }
        return .group(.text(self.value(value, interval)),
                      .if(difference != nil, .group(.br(), .span(.attr("class", "significance"), .text(mark(difference))))))
    }

    /// The notes under such a table: what the interval is, and what the marks compare with (`survey.significanceNote`
    /// against Vlaanderen, `survey.evolutionNote` against the previous period, …).
    static func notes(_ keys: [String], _ t: Strings) -> Node<HTML.BodyContext> {
        .group(.p(.attr("class", "note"), .text(t["survey.intervalNote"])),
               .forEach(keys) { .p(.attr("class", "note"), .text(t[$0])) })
    }

    /// The interval as the charts take it.
    static func bounds(_ interval: ConfidenceInterval?) -> (lower: Double, upper: Double)? {
        interval.map { ($0.lower, $0.upper) }
    }

    /// The interval of an estimate as the charts take it, rounded like the value.
    static func bounds(_ estimate: SurveyEstimate?, _ roundOff: RoundOff?) -> (lower: Double, upper: Double)? {
        bounds(estimate.map { $0.interval.rounded(roundOff) })
    }
}
