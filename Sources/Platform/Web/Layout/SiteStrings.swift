@preconcurrency import Plot
import Vapor

/// The words of the site's frame and the platform's form elements, in the visitor's language, from the platform's
/// catalogue (`Sources/Platform/Resources/strings`). Typed fields for the frame; `text` for everything else.
/// Content in the database (indicator names, definitions) is Dutch only.
public struct SiteStrings: Sendable {
    /// The platform's catalogue.
    public static let catalogue = StringCatalogue.load(module: "platform", bundle: .module)

    public let siteLanguage: SiteLanguage
    /// The platform's words in this language (`text["form.problemsOne"]`).
    public let text: Strings

    public init(_ language: SiteLanguage) {
        siteLanguage = language
        text = Strings(Self.catalogue, language)
    }

    public static let nl = SiteStrings(.nl)
    public static let en = SiteStrings(.en)

    public static func from(_ request: Request) -> SiteStrings { SiteStrings(request.language) }

    /// For Plot's `lang` attribute.
    public var language: Language { siteLanguage == .en ? .english : .dutch }
    public var code: String { siteLanguage.rawValue }
    public var skipToContent: String { text["frame.skipToContent"] }
    public var mainNavigation: String { text["frame.mainNavigation"] }
    public var breadcrumbs: String { text["frame.breadcrumbs"] }
    public var searchLabel: String { text["frame.searchLabel"] }
    public var searchPlaceholder: String { text["frame.searchPlaceholder"] }
    public var search: String { text["frame.search"] }
    public var footerAttribution: String { text["frame.footerAttribution"] }
    public var openData: String { text["frame.openData"] }
    /// The first crumb of most pages: the site's home.
    public var home: String { text["frame.home"] }
    /// Next to the reset and disable buttons of the members and users pages.
    public var resetExplained: String { text["members.resetExplained"] }
    public var disableExplained: String { text["members.disableExplained"] }
}

import Charts

extension SiteStrings {
    /// The words the charts write into their SVG, in this language.
    public var chartWords: ChartWords {
        ChartWords(legend: text["chart.legend"], noData: text["chart.noData"], suppressed: text["chart.suppressed"],
                   notApplicable: text["chart.notApplicable"], area: text["chart.area"], areas: text["chart.areas"],
                   median: text["chart.median"], noScore: text["chart.noScore"], level: text["chart.level"],
                   between: text["chart.between"])
    }
}
