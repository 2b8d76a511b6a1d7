import Platform
import CijfersDomain
import Charts

/// How an indicator's values read on a page: Dutch number formatting at the indicator's precision, with its unit,
/// and the marks for values that are not there (explained in the visitor's language).
struct ValueFormat {
    let decimals: Int
    let unit: String
    let language: SiteLanguage

    init(indicator: Indicator, language: SiteLanguage) {
        decimals = indicator.roundOff?.decimals ?? 1
        unit = IndicatorMetadata.unit(indicator, language)
        self.language = language
    }

    func number(_ value: Double) -> String { NumberText.format(value, decimals: decimals) }

    func cell(_ value: PublishedValue) -> String {
        value.value.map(number) ?? value.mark
    }

    func label(_ value: PublishedValue) -> String {
        if let number = value.value { return unit.isEmpty ? self.number(number) : "\(self.number(number)) \(unit)" }
        return StatusText.describe(value.status, language)
    }
}

/// Plain-language words for why a value is missing, used in tables' notes, map tooltips and legends.
enum StatusText {
    static func describe(_ status: PublishedValue.Status, _ language: SiteLanguage) -> String {
        let t = CijfersText.strings(language)
        switch status {
        case .ok: return ""
        case .suppressed: return t["status.suppressed"]
        case .sourceSuppressed: return t["status.sourceSuppressed"]
        case .notApplicable: return t["status.notApplicable"]
        case .empty, .noData: return t["status.noData"]
        case .noAnswer: return t["status.noAnswer"]
        }
    }
}
