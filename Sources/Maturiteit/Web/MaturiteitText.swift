import Foundation
import MaturiteitDomain
import Platform

/// The words of the Maturiteit pages, from `Sources/Maturiteit/Resources/strings/<language>.json`.
enum MaturiteitText {
    static let catalogue = StringCatalogue.load(module: "maturiteit", bundle: .module)

    /// The Maturiteit words in a language: `text["key"]`, or `text("key", value, …)` for {0}, {1} … in the text.
    static func strings(_ language: SiteLanguage) -> Strings { Strings(catalogue, language) }

    /// A number as people read it in the language: 2,5 in Dutch, 2.5 in English.
    static func decimal(_ value: Double, digits: Int = 2, _ language: SiteLanguage) -> String {
        let text = NumberWords.decimal(value, digits: digits)
        return language == .nl ? text : text.replacingOccurrences(of: ",", with: ".")
    }

    /// A moment with its time, Brussels time: "22 november 2026 om 14:05", "22 November 2026 at 14:05".
    static func dayAndTime(_ date: Date, _ language: SiteLanguage) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .current
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        let t = strings(language)
        let month = t[String(format: "date.month%02d", parts.month ?? 1)]
        return t("date.dayAndTime", String(parts.day ?? 1), month, String(parts.year ?? 1970), DutchDate.time(date))
    }

    static func label(_ status: EvaluationStatus, _ t: Strings) -> String { t["status.evaluation.\(status.rawValue)"] }

    static func label(_ status: Campaign.Status, _ t: Strings) -> String { t["status.campaign.\(status.rawValue)"] }

    static func label(_ status: WorkPackage.Status, _ t: Strings) -> String {
        switch status {
        case .planned: t["status.workPackage.planned"]
        case .started: t["status.workPackage.started"]
        case .done: t["status.workPackage.done"]
        case .onHold: t["status.workPackage.onHold"]
        }
    }

    /// The reason for a missing score as people read it: the reason the form stores for a theme not yet answered is
    /// the site's own words (translated); any other reason is what the organisation wrote (shown as written).
    static func reason(_ reason: String, _ t: Strings) -> String {
        reason == MaturityService.notYetAnswered ? t["score.notYetAnswered"] : reason
    }

    /// Where a score sits on the scale, in words: "matuur", "tussen ad hoc en gestructureerde aanzet". The level names
    /// are the model's own (stored with it, Dutch).
    static func placement(_ value: Double, scale: MaturityScale, _ t: Strings) -> String {
        switch scale.placement(of: value) {
        case .on(let level): level.label.lowercased()
        case .between(let low, let high): t("score.between", low.label.lowercased(), high.label.lowercased())
        }
    }
}
