import CijfersDomain
import Charts
import Platform
import Plot

/// A survey indicator on the indicator page: every value with its 95 % confidence interval, the table's marks for a
/// significant difference from Vlaanderen (the reference the table's difference column already uses), the trend
/// table's marks for a significant change since the previous period, and the notes that explain them.
extension IndicatorPageModel {
    var isSurvey: Bool { indicator.surveyProportion }
    var survey: SurveyText { SurveyText(format: format) }

    func interval(_ estimate: SurveyEstimate?) -> ConfidenceInterval? {
        estimate.map { $0.interval.rounded(indicator.roundOff) }
    }

    /// The value in the table: "42,3 % (39,1–45,6)" for a survey indicator, else the plain number.
    func tableValue(_ row: Row) -> String {
        isSurvey ? survey.value(row.value, row.interval) : format.cell(row.value)
    }

    /// A comparison value (parent, Vlaanderen) in words, with its interval.
    func comparisonValue(_ value: PublishedValue?, _ estimate: SurveyEstimate?) -> String {
        guard let value else { return "-" }
        guard isSurvey, value.value != nil else { return format.label(value) }
        return survey.value(value, interval(estimate))
    }

    /// A key figure (a dashboard tile): the value in words with its interval for a survey indicator.
    func keyFigureText(_ value: PublishedValue, _ estimate: SurveyEstimate?) -> String {
        guard isSurvey, value.value != nil else { return format.label(value) }
        return survey.value(value, interval(estimate))
    }

    /// Whether the area differs significantly from Vlaanderen; nil when either has no estimate.
    func significance(_ row: Row) -> SignificantDifference? {
        guard let estimate = row.estimate, let flandersEstimate else { return nil }
        return estimate.compared(with: flandersEstimate)
    }

    /// The significance column's cell for the table's rows (written as text, escaped by the caller).
    func significanceCell(_ row: Row) -> String {
        survey.mark(significance(row))
    }

    /// The trend lines with their confidence bands.
    var trendWithBands: [LineChart.Series] {
        guard isSurvey else { return trend }
        return trend.map { series in
            let intervals = (trendEstimates[series.name] ?? [:]).mapValues { estimate -> (lower: Double, upper: Double) in
                let interval = estimate.interval.rounded(indicator.roundOff)
                return (interval.lower, interval.upper)
            }
            return LineChart.Series(name: series.name, points: series.points, intervals: intervals)
        }
    }

    /// A trend table cell: the value with its interval and, from the second period on, whether it changed
    /// significantly since the previous period of the table.
    func trendCell(_ series: LineChart.Series, at index: Int) -> Node<HTML.BodyContext> {
        let point = series.points[index]
        guard isSurvey else { return .text(point.value.map(format.number) ?? "-") }
        guard let value = point.value else { return .text("-") }
        let estimates = trendEstimates[series.name] ?? [:]
        let current = estimates[point.period]
        var text = format.number(value)
        if let interval = interval(current) {
            text += " (\(format.number(interval.lower))–\(format.number(interval.upper)))"
        }
        let previous = index > 0 ? estimates[series.points[index - 1].period] : nil
        let change = current.flatMap { current in previous.map { current.compared(with: $0) } }
        return .group(.text(text), .if(change != nil, .group(.br(), .span(.attr("class", "significance"), .text(survey.mark(change))))))
    }

    /// "Steekproef": what the sample indicator is, in the metadata list.
    var surveyMetadata: Node<HTML.DescriptionListContext> {
        .if(isSurvey, .group(
            .dt(.text(t["survey.metadataTerm"])),
            .dd(.text(t("survey.metadataText", sampleName ?? indicator.sampleCode ?? "")))
        ))
    }

    /// The notes under the table: what the interval is and what the marks mean.
    var surveyTableNotes: Node<HTML.BodyContext> {
        .if(isSurvey, .group(
            .p(.attr("class", "note"), .text(t["survey.intervalNote"])),
            .p(.attr("class", "note"), .text(t["survey.significanceNote"]))
        ))
    }

    var surveyTrendNote: Node<HTML.BodyContext> {
        .if(isSurvey, .p(.attr("class", "note"), .text(t["survey.evolutionNote"])))
    }

    private var t: Strings { CijfersText.strings(language) }
}
