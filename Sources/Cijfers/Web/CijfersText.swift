import Platform

/// The words of the Cijfers pages, from `Sources/Cijfers/Resources/strings/<language>.json`.
enum CijfersText {
    static let catalogue = StringCatalogue.load(module: "cijfers", bundle: .module)

    /// The Cijfers words in a language: `text["key"]`, or `text("key", value, …)` for {0}, {1} … in the text.
    static func strings(_ language: SiteLanguage) -> Strings { Strings(catalogue, language) }
}
