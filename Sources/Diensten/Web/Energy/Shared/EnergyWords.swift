import DienstenDomain
import Foundation
import Platform
import Plot

/// How the energy pages word numbers, months, keys and problems in the visitor's language: Dutch writes
/// "1.234,5 kWh" and "€ 12,34", English "1,234.5 kWh" and "€12.34".
struct EnergyWords {
    let t: Strings
    let language: SiteLanguage

    init(_ language: SiteLanguage) {
        self.language = language
        t = DienstenText.strings(language)
    }

    /// A number with a fixed count of decimals in the language's way.
    func number(_ value: Double, decimals: Int) -> String {
        let dutch = NumberText.format(value, decimals: decimals)
        guard language == .en else { return dutch }
        return String(dutch.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }

    func kWh(_ value: Double) -> String { number(value, decimals: value.magnitude >= 100 ? 0 : 1) + "\u{00A0}kWh" }

    func percent(_ fraction: Double) -> String { number(fraction * 100, decimals: 1) + "\u{00A0}%" }

    func euro(_ value: Double) -> String {
        language == .en ? "€" + number(value, decimals: 2) : "€\u{00A0}" + number(value, decimals: 2)
    }

    /// A tariff in euro per kWh, with three decimals.
    func tariff(_ value: Double) -> String {
        (language == .en ? "€" : "€\u{00A0}") + number(value, decimals: 3) + t["energy.perKWh"]
    }

    func years(_ value: Double) -> String { t("energy.years", number(value, decimals: 1)) }

    func month(_ month: SharingMonth) -> String { "\(MonthName.of(month.month, language)) \(month.year)" }

    /// The three-letter month for chart axes ("jan", "Feb").
    func shortMonth(_ month: SharingMonth) -> String { String(MonthName.of(month.month, language).prefix(3)) }

    func key(_ key: SharingKey) -> String { t["energy.key.\(key.rawValue)"] }

    /// A form problem in words, starting with the field's name (and the line for the apartments).
    func problem(_ problem: EnergyBuildingSetup.Problem) -> String {
        let field = t["energy.field.\(problem.field)"]
        let place = problem.line.map { t("energy.problem.line", field, String($0)) } ?? field
        return place + ": " + t("energy.problem.\(problem.code)", problem.value)
    }
}
