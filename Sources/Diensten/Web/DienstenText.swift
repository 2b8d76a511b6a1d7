import Foundation
import Platform

/// The words of the Diensten pages, from `Sources/Diensten/Resources/strings/<language>.json` and the parts
/// `<language>.<part>.json` (rights, screening, leefloon).
enum DienstenText {
    static let catalogue = StringCatalogue.load(module: "diensten", bundle: .module)

    /// The Diensten words in a language: `t["key"]`, or `t("key", value, …)` for {0}, {1} … in the text.
    static func strings(_ language: SiteLanguage) -> Strings { Strings(catalogue, language) }

    /// The language code the domain module's texts use ("nl" or "en").
    static func code(_ language: SiteLanguage) -> String { language == .en ? "en" : "nl" }
}
