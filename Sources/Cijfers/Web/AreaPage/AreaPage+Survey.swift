import CijfersDomain
import Platform
import Plot

/// A survey indicator on the steekkaart: every value with its 95 % confidence interval; the area, its reference
/// (the city of a wijk) and the centrumsteden marked for a significant difference from Vlaanderen; the trend marked
/// for a significant change since the previous period (docs/cijfers.md, "Survey indicators").
extension AreaPageModel {
    /// The estimates behind one key figure, each nil where it has none (suppressed or missing sample size).
    struct SurveyEstimates {
        var value: SurveyEstimate? = nil
        var previous: SurveyEstimate? = nil
        var group: SurveyEstimate? = nil
        var reference: SurveyEstimate? = nil
        var flanders: SurveyEstimate? = nil
    }

    /// The estimates of the page's cells by indicator and period.
    struct Surveys {
        let own, group, reference, flanders: [String: [String: SurveyEstimate]]

        init(own: [DataTable.Cell], group: [DataTable.Cell], reference: [DataTable.Cell], flanders: [DataTable.Cell]) {
            func byIndicator(_ cells: [DataTable.Cell]) -> [String: [String: SurveyEstimate]] {
                var result: [String: [String: SurveyEstimate]] = [:]
                for cell in cells { if let estimate = cell.estimate { result[cell.indicator, default: [:]][cell.period] = estimate } }
                return result
            }
            self.own = byIndicator(own)
            self.group = byIndicator(group)
            self.reference = byIndicator(reference)
            self.flanders = byIndicator(flanders)
        }

        func estimates(_ code: String, period: String, previous: String?) -> SurveyEstimates {
            SurveyEstimates(value: own[code]?[period], previous: previous.flatMap { own[code]?[$0] },
                            group: group[code]?[period], reference: reference[code]?[period], flanders: flanders[code]?[period])
        }
    }

    /// A value cell: the plain number, or for a survey indicator the value with its interval and its mark.
    func surveyCell(_ figure: KeyFigure, _ value: PublishedValue?, _ estimate: SurveyEstimate?,
                    against reference: SurveyEstimate?) -> Node<HTML.BodyContext> {
        let format = ValueFormat(indicator: figure.indicator, language: language)
        guard let value else { return .text("-") }
        guard figure.indicator.surveyProportion else { return .text(format.cell(value)) }
        return SurveyText(format: format).cell(value, estimate, roundOff: figure.indicator.roundOff, against: reference)
    }

    /// The trend's words for a survey indicator: the change without an arrow (the arrows of the marks say whether it
    /// is significant, and a plain arrow beside them would read as one).
    func surveyTrendText(_ figure: KeyFigure, _ format: ValueFormat, _ t: Strings) -> String {
        guard let now = figure.value.value, let previous = figure.previous, let before = previous.value.value else { return "" }
        let delta = now - before
        return " \(delta > 0 ? "+" : "")\(format.number(delta)) \(t("area.comparedWith", previous.period))"
    }

    /// Whether the change since the previous period is significant, under the trend's words.
    func surveyChange(_ figure: KeyFigure, _ format: ValueFormat) -> Node<HTML.BodyContext> {
        guard figure.indicator.surveyProportion, let now = figure.estimates.value,
              let before = figure.estimates.previous else { return .empty }
        return .group(.br(), .span(.attr("class", "significance"),
                                   .text(SurveyText(format: format).mark(now.compared(with: before)))))
    }

    func surveyNotes(_ t: Strings) -> Node<HTML.BodyContext> {
        .if(themes.contains { $0.figures.contains { $0.indicator.surveyProportion } },
            SurveyText.notes(["survey.significanceNote", "survey.areaTrendNote"], t))
    }
}
