import CijfersDomain
import Foundation
import Platform
import Vapor

/// An indicator's metadata in words (`IndicatorMetadata`), in the language asked: what `GET /api/v1/indicators/{code}`
/// adds under `people` beside the codes as the sheet has them.
struct IndicatorPeopleDTO: Content {
    let language: String
    let unit: String
    let source: String
    let sourceURL: String?
    let note: String?
    let nameCorrection: String?
    /// When its figures last changed (ISO 8601), from the import runs.
    let lastUpdate: String?
    let nextUpdate: String?
    /// `sum`, `weightedMean`, `formula` or `none`: what the figure of the 13 centrumsteden is.
    let centrumstedenStatistic: String
    let centrumstedenStatisticText: String?

    init(_ indicator: Indicator, catalog: Catalog, language: SiteLanguage) {
        self.language = language.rawValue
        unit = IndicatorMetadata.unit(indicator, language)
        let source = IndicatorMetadata.source(indicator, language)
        self.source = source.name
        sourceURL = source.url
        note = IndicatorMetadata.remark(indicator, language)
        nameCorrection = IndicatorMetadata.correction(indicator, language)
        lastUpdate = Cijfers.lastUpdate(of: indicator.code, catalog: catalog).map { ISO8601DateFormatter().string(from: $0) }
        nextUpdate = IndicatorMetadata.nextUpdate(indicator, language)
        centrumstedenStatistic = GroupStatistic.of(indicator).rawValue
        centrumstedenStatisticText = IndicatorMetadata.groupStatisticText(indicator, language, catalog: catalog)
    }
}
