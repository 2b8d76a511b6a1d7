import Platform
import CijfersDomain
import Charts

/// How an indicator's values read on a page: Dutch number formatting at the indicator's precision, with its unit,
/// and the marks for values that are not there.
struct ValueFormat {
    let decimals: Int
    let unit: String

    init(indicator: Indicator) {
        decimals = indicator.roundOff?.decimals ?? 1
        unit = indicator.unit
    }

    func number(_ value: Double) -> String { NumberText.format(value, decimals: decimals) }

    func cell(_ value: PublishedValue) -> String {
        value.value.map(number) ?? value.mark
    }

    func label(_ value: PublishedValue) -> String {
        if let number = value.value { return unit.isEmpty ? self.number(number) : "\(self.number(number)) \(unit)" }
        return StatusText.describe(value.status)
    }
}

/// Plain-language words for why a value is missing, used in tables' notes, map tooltips and legends.
enum StatusText {
    static func describe(_ status: PublishedValue.Status) -> String {
        switch status {
        case .ok: ""
        case .suppressed: "x: geheim (te weinig waarnemingen)"
        case .sourceSuppressed: "x: geheim bij de bron"
        case .notApplicable: ". niet van toepassing"
        case .empty, .noData: "-: geen gegevens"
        case .noAnswer: "-: geen antwoord van de bron"
        }
    }
}
