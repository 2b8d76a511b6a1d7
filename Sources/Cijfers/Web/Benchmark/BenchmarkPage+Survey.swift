import CijfersDomain
import Platform
import Plot

/// A survey indicator in the benchmark: each value with its 95 % confidence interval, and under it whether it differs
/// significantly from Vlaanderen (the Vlaanderen row of the same table); whiskers on its bar chart.
extension BenchmarkPageModel {
    /// A cell of the table: the plain number, or for a survey indicator the value, its interval and its mark.
    func surveyCell(_ column: Column, _ value: PublishedValue?, _ estimate: SurveyEstimate?,
                    compared: Bool = true) -> Node<HTML.BodyContext> {
        let format = ValueFormat(indicator: column.indicator, language: language)
        guard let value else { return .text("-") }
        guard column.indicator.surveyProportion else { return .text(format.cell(value)) }
        return SurveyText(format: format).cell(value, estimate, roundOff: column.indicator.roundOff,
                                               against: compared ? column.flandersEstimate : nil)
    }

    /// The interval of a city's bar.
    func barInterval(_ column: Column, city: String) -> (lower: Double, upper: Double)? {
        column.indicator.surveyProportion ? SurveyText.bounds(column.estimates[city], column.indicator.roundOff) : nil
    }

    var hasSurvey: Bool { columns.contains { $0.indicator.surveyProportion } }

    func surveyNotes(_ t: Strings) -> Node<HTML.BodyContext> {
        .if(hasSurvey, SurveyText.notes(["survey.significanceNote"], t))
    }
}
