import CijfersDomain
import Platform
import Plot

/// A survey indicator in the table: each value with its 95 % confidence interval and, from its second period on,
/// whether it changed significantly since the previous period shown for the same area (as the evolution page marks
/// it); whiskers on the own group's bar charts.
extension TablePageModel {
    func estimate(_ area: Catalog.AreaEntry, _ column: Column) -> SurveyEstimate? {
        estimates[area.code]?[column.indicator]?[column.period]
    }

    private func isSurvey(_ column: Column) -> Bool { indicator(column.indicator)?.surveyProportion == true }

    /// The cell: the plain number, or for a survey indicator the value, its interval and the mark of the change.
    func valueCell(_ area: Catalog.AreaEntry, _ column: Column) -> Node<HTML.BodyContext> {
        let format = format(column)
        let published = value(area, column)
        guard isSurvey(column) else { return .text(format.cell(published)) }
        let previous = columns.last { $0.indicator == column.indicator && $0.period < column.period }
        return SurveyText(format: format).cell(published, estimate(area, column), roundOff: indicator(column.indicator)?.roundOff,
                                               against: previous.flatMap { estimate(area, $0) })
    }

    func barInterval(_ area: Catalog.AreaEntry, _ column: Column) -> (lower: Double, upper: Double)? {
        isSurvey(column) ? SurveyText.bounds(estimate(area, column), indicator(column.indicator)?.roundOff) : nil
    }

    func surveyNotes(_ t: Strings) -> Node<HTML.BodyContext> {
        .if(indicators.contains(where: \.surveyProportion), SurveyText.notes(["survey.evolutionNote"], t))
    }
}
