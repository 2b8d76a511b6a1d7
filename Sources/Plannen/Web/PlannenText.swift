import Foundation
import Platform
import PlannenDomain

/// The words of the Plannen pages, from `Sources/Plannen/Resources/strings/<language>.json` (and
/// `<language>.<part>.json`).
enum PlannenText {
    static let catalogue = StringCatalogue.load(module: "plannen", bundle: .module)

    /// The Plannen words in a language: `t["key"]`, or `t("key", value, …)` for {0}, {1} … in the text.
    static func strings(_ language: SiteLanguage) -> Strings { Strings(catalogue, language) }

    /// A text the domain module gives in both languages.
    static func text(_ text: PlanText, _ language: SiteLanguage) -> String { language == .en ? text.english : text.dutch }

    /// A number as people read it: 12,5 in Dutch, 12.5 in English.
    static func number(_ value: Double, digits: Int = 1, _ language: SiteLanguage) -> String {
        language == .en ? PlanNumberText.english(value, digits: digits) : PlanNumberText.dutch(value, digits: digits)
    }

    /// An amount in euro without cents, grouped: € 1.234.567 in Dutch, € 1,234,567 in English.
    static func euro(_ amount: Decimal, _ language: SiteLanguage) -> String {
        let rounded = NSDecimalNumber(decimal: amount).rounding(accordingToBehavior: NSDecimalNumberHandler(
            roundingMode: .plain, scale: 0, raiseOnExactness: false, raiseOnOverflow: false, raiseOnUnderflow: false,
            raiseOnDivideByZero: false))
        return EuroText.whole(rounded.int64Value, language)
    }

    /// The label of a status code in the language (the code itself when the catalogue does not know it).
    static func status(_ code: String?, _ language: SiteLanguage) -> String {
        guard let code else { return strings(language)["status.none"] }
        guard let status = StatusCatalogue.standard.status(code) else { return code }
        return language == .en ? status.englishLabel : status.dutchLabel
    }

    /// The name of a level: beleidsdoelstelling, action plan …
    static func level(_ level: PlanLevel, _ language: SiteLanguage) -> String { strings(language)["level.\(level.rawValue)"] }
}
