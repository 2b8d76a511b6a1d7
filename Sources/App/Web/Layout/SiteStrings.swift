@preconcurrency import Plot

/// The words of the site's frame in Dutch (default) and English (`?lang=en`).
/// Page content in the database (indicator names, definitions) is Dutch only.
struct SiteStrings {
    let language: Language
    let code: String
    let skipToContent: String
    let mainNavigation: String
    let figures: String
    let benchmark: String
    let evolution: String
    let wijkReport: String
    let maturity: String
    let breadcrumbs: String
    let searchLabel: String
    let searchPlaceholder: String
    let search: String
    let footerAttribution: String
    let openData: String

    static let nl = SiteStrings(
        language: .dutch, code: "nl", skipToContent: "Naar de inhoud", mainNavigation: "Hoofdmenu", figures: "Cijfers",
        benchmark: "Centrumsteden vergelijken", evolution: "Evolutie", wijkReport: "Wijkrapport", maturity: "Maturiteit", breadcrumbs: "Kruimelpad", searchLabel: "Zoek een indicator of gebied",
        searchPlaceholder: "bv. elektriciteit of Gent", search: "Zoeken",
        footerAttribution: "Stadsbeeld — het gedeelde cijferplatform van de 13 centrumsteden, de VGC en het Kenniscentrum Vlaamse Steden. Gebieden: © gemeentebesturen, verzameld door Data & Analyse van de Vlaamse provincies. Energie: Fluvius open data.",
        openData: "Open data en API")

    static let en = SiteStrings(
        language: .english, code: "en", skipToContent: "Skip to content", mainNavigation: "Main menu", figures: "Figures",
        benchmark: "Compare the centrumsteden", evolution: "Trends", wijkReport: "Neighbourhood report", maturity: "Maturity", breadcrumbs: "Breadcrumbs", searchLabel: "Search an indicator or area",
        searchPlaceholder: "e.g. elektriciteit or Gent", search: "Search",
        footerAttribution: "Stadsbeeld — the shared data platform of the 13 Flemish centrumsteden, the VGC and the Kenniscentrum Vlaamse Steden. Areas: © municipalities, collected by Data & Analyse van de Vlaamse provincies. Energy: Fluvius open data.",
        openData: "Open data and API")

    static func from(_ request: Request) -> SiteStrings {
        request.query[String.self, at: "lang"] == "en" ? .en : .nl
    }
}

import Vapor
