import CijfersDomain
import Foundation
import Platform

/// An indicator's metadata in words for people (docs/cijfers.md, "Metadata for people"): the spelled unit, the
/// source's name and link, the remark's meaning, a correction of the source's name, the next update, and which
/// statistic the centrumsteden figure is. Read from `Resources/metadata/glossary.json`; every page, the API's
/// indicator metadata and the downloads' notes use these, so they say the same.
public enum IndicatorMetadata {
    public static let glossary: IndicatorGlossary = {
        guard let url = Bundle.module.url(forResource: "glossary", withExtension: "json", subdirectory: "Resources/metadata"),
              let data = try? Data(contentsOf: url)
        else { preconditionFailure("Resources/metadata/glossary.json ontbreekt") }
        do { return try JSONDecoder().decode(IndicatorGlossary.self, from: data) } catch {
            preconditionFailure("Resources/metadata/glossary.json is niet leesbaar: \(error)")
        }
    }()

    /// `kwh` → "kWh", `aantal` → "aantal" ("number"); a unit the glossary does not know is shown as written.
    public static func unit(_ indicator: Indicator, _ language: SiteLanguage = .nl) -> String {
        glossary.unit(indicator.unit, english: language == .en)
    }

    /// `fluvius_opendata` → "Fluvius, open data: …" with its link; a source already in words stays as it is.
    public static func source(_ indicator: Indicator, _ language: SiteLanguage = .nl) -> (name: String, url: String?) {
        glossary.source(indicator.source, english: language == .en)
    }

    /// The remark in words: a known code's meaning, an unknown code with the plain statement that we do not know it,
    /// any other text as written; nil without a remark.
    public static func remark(_ indicator: Indicator, _ language: SiteLanguage = .nl) -> String? {
        let note = indicator.note.trimmingCharacters(in: .whitespaces)
        guard !note.isEmpty else { return nil }
        return glossary.remark(note)?.meaning.text(english: language == .en) ?? note
    }

    /// Where the source's own name is wrong, what it really is (shown beside the name, never instead of it).
    public static func correction(_ indicator: Indicator, _ language: SiteLanguage = .nl) -> String? {
        glossary.notes(for: indicator.code)?.correction?.text(english: language == .en)
    }

    /// When new figures are expected, only when known.
    public static func nextUpdate(_ indicator: Indicator, _ language: SiteLanguage = .nl) -> String? {
        glossary.notes(for: indicator.code)?.nextUpdate?.text(english: language == .en)
    }

    /// What the figure of the 13 centrumsteden is for this indicator.
    public static func groupStatistic(_ indicator: Indicator) -> GroupStatistic { GroupStatistic.of(indicator) }

    /// The statistic in words, e.g. "som van de 13 centrumsteden"; nil when the indicator has no group figure.
    public static func groupStatisticText(_ indicator: Indicator, _ language: SiteLanguage = .nl, catalog: Catalog? = nil) -> String? {
        let t = CijfersText.strings(language)
        switch GroupStatistic.of(indicator) {
        case .sum: return t["honest.statistic.sum"]
        case .weightedMean:
            let weight = indicator.aggregationCode.flatMap { catalog?.indicators[$0]?.name } ?? indicator.aggregationCode ?? ""
            return t("honest.statistic.weightedMean", weight)
        case .formula: return t["honest.statistic.formula"]
        case .none: return nil
        }
    }
}
