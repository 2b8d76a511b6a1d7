import CijfersDomain
import Platform
import Plot

/// The indicator's metadata in words for people (`IndicatorMetadata`): spelled unit, the source's name with its link,
/// a correction of the source's name, the next update, and which statistic the centrumsteden figure is.
extension IndicatorPageModel {
    var unitText: String { IndicatorMetadata.unit(indicator, language) }

    var sourceText: Node<HTML.DescriptionListContext> {
        let source = IndicatorMetadata.source(indicator, language)
        guard !source.name.isEmpty else { return .dd(.text("-")) }
        return .dd(.text(source.name), .unwrap(source.url) { url in
            .group(.text(" ("), .a(.attr("href", url), .text(CijfersText.strings(language)["honest.meta.sourceLink"])), .text(")"))
        })
    }

    var nameCorrection: Node<HTML.DescriptionListContext> {
        .unwrap(IndicatorMetadata.correction(indicator, language)) { correction in
            .group(.dt(.text(CijfersText.strings(language)["honest.meta.correction"])), .dd(.attr("class", "name-correction"), .text(correction)))
        }
    }

    var nextUpdate: Node<HTML.DescriptionListContext> {
        .unwrap(IndicatorMetadata.nextUpdate(indicator, language)) { next in
            .group(.dt(.text(CijfersText.strings(language)["honest.meta.nextUpdate"])), .dd(.text(next)))
        }
    }

    /// Which statistic 'the centrumsteden' is for this indicator: the same on every page.
    var centrumstedenStatistic: Node<HTML.DescriptionListContext> {
        let t = CijfersText.strings(language)
        return .group(.dt(.text(t["honest.meta.centrumsteden"])), .dd(.text(groupStatistic ?? t["honest.statistic.none"])))
    }

    /// The parent's name in the comparison; the centrumsteden group says which statistic it is.
    func comparisonName(_ name: String) -> String {
        guard parentIsCentrumsteden, let groupStatistic else { return name }
        return "\(name) (\(groupStatistic))"
    }
}
