import CijfersDomain
import Platform
import Plot

/// The steekkaart's metadata in words: the centrumsteden figure with the statistic it is, and a correction of a
/// source's wrong name beside the indicator's name.
extension AreaPageModel {
    /// The 13 centrumsteden's figure, followed by which statistic it is ("som van de 13 centrumsteden").
    func groupCell(_ figure: KeyFigure, _ format: ValueFormat) -> Node<HTML.TableRowContext> {
        .td(.attr("class", "num"),
            surveyCell(figure, figure.group, figure.estimates.group, against: figure.estimates.flanders),
            .unwrap(figure.groupStatistic) { .span(.attr("class", "muted group-statistic"), .text(" (\($0))")) })
    }

    func nameCorrection(_ indicator: Indicator) -> Node<HTML.BodyContext> {
        .unwrap(IndicatorMetadata.correction(indicator, language)) { correction in
            .span(.attr("class", "name-correction"), .text(" — \(CijfersText.strings(language)["honest.meta.correction"]): \(correction)"))
        }
    }
}
