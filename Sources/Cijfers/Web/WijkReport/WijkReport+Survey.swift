import CijfersDomain
import Platform
import Plot

/// A survey indicator in the wijkrapport: each wijk's value with its 95 % confidence interval and whether it differs
/// significantly from the city (the reference of the table's deviation column); the city's own value with its interval.
extension WijkReportModel {
    func valueCell(_ block: Block, _ area: Catalog.AreaEntry, _ value: PublishedValue) -> Node<HTML.BodyContext> {
        let format = ValueFormat(indicator: block.indicator, language: language)
        guard block.indicator.surveyProportion else { return .text(format.cell(value)) }
        return SurveyText(format: format).cell(value, block.estimates[area.key], roundOff: block.indicator.roundOff,
                                               against: block.cityEstimate)
    }

    /// The city's value in words, with its interval for a survey indicator.
    func cityText(_ block: Block) -> String {
        let format = ValueFormat(indicator: block.indicator, language: language)
        guard let value = block.cityValue else { return "-" }
        guard block.indicator.surveyProportion, value.value != nil else { return format.label(value) }
        return SurveyText(format: format).value(value, block.cityEstimate.map { $0.interval.rounded(block.indicator.roundOff) })
    }

    func surveyNotes(_ block: Block, _ t: Strings) -> Node<HTML.BodyContext> {
        .if(block.indicator.surveyProportion, .group(
            .p(.attr("class", "note"), .text(t["survey.intervalNote"])),
            .p(.attr("class", "note"), .text(t("survey.cityNote", city.name)))
        ))
    }
}
