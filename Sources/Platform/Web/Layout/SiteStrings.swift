@preconcurrency import Plot

/// The words of the site's frame in Dutch (default) and English (`?lang=en`).
/// Page content in the database (indicator names, definitions) is Dutch only.
public struct SiteStrings {
    public let language: Language
    public let code: String
    public let skipToContent: String
    public let mainNavigation: String
    public let figures: String
    public let benchmark: String
    public let evolution: String
    public let wijkReport: String
    public let maturity: String
    public let breadcrumbs: String
    public let searchLabel: String
    public let searchPlaceholder: String
    public let search: String
    public let footerAttribution: String
    public let openData: String
    /// Next to the reset and disable buttons of the members and users pages.
    public let resetExplained: String
    public let disableExplained: String

    public static let nl = SiteStrings(
        language: .dutch, code: "nl", skipToContent: "Naar de inhoud", mainNavigation: "Hoofdmenu", figures: "Cijfers",
        benchmark: "Centrumsteden vergelijken", evolution: "Evolutie", wijkReport: "Wijkrapport", maturity: "Maturiteit", breadcrumbs: "Kruimelpad", searchLabel: "Zoek een indicator of gebied",
        searchPlaceholder: "bv. elektriciteit of Gent", search: "Zoeken",
        footerAttribution: "Stadsbeeld — het gedeelde cijferplatform van de 13 centrumsteden, de VGC en het Kenniscentrum Vlaamse Steden. Gebieden: © gemeentebesturen, verzameld door Data & Analyse van de Vlaamse provincies. Energie: Fluvius open data.",
        openData: "Open data en API",
        resetExplained: "Nieuw wachtwoord: het lid krijgt een tijdelijk wachtwoord dat 72 uur werkt en bij de eerste aanmelding "
            + "gewijzigd moet worden; het wordt overal afgemeld en al zijn API-sleutels worden ingetrokken.",
        disableExplained: "Uitschakelen: het lid wordt overal afgemeld en al zijn API-sleutels worden ingetrokken; "
            + "weer activeren brengt die sleutels niet terug.")

    public static let en = SiteStrings(
        language: .english, code: "en", skipToContent: "Skip to content", mainNavigation: "Main menu", figures: "Figures",
        benchmark: "Compare the centrumsteden", evolution: "Trends", wijkReport: "Neighbourhood report", maturity: "Maturity", breadcrumbs: "Breadcrumbs", searchLabel: "Search an indicator or area",
        searchPlaceholder: "e.g. elektriciteit or Gent", search: "Search",
        footerAttribution: "Stadsbeeld — the shared data platform of the 13 Flemish centrumsteden, the VGC and the Kenniscentrum Vlaamse Steden. Areas: © municipalities, collected by Data & Analyse van de Vlaamse provincies. Energy: Fluvius open data.",
        openData: "Open data and API",
        resetExplained: "New password: the member gets a temporary password that works for 72 hours and must be changed "
            + "at the first sign-in; they are signed out everywhere and all their API tokens are revoked.",
        disableExplained: "Disabling: the member is signed out everywhere and all their API tokens are revoked; "
            + "enabling the account again does not bring those tokens back.")

    public static func from(_ request: Request) -> SiteStrings {
        request.language == .en ? .en : .nl
    }
}

import Vapor
