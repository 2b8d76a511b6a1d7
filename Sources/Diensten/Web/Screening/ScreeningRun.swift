import DienstenDomain
import Fluent
import Foundation
import Platform
import Vapor

/// What a screening needs from the database: the active rules and the rights that apply where the client lives.
struct ScreeningRun: Sendable {
    let result: ScreeningResult
    let rules: StoredRuleVersion?
    /// The keys of rights in the catalogue (linked to their page); without a catalogue the rights come from the rules.
    let linkable: Set<String>

    /// Screens `profile` today against the active rules and the rights of the catalogue that apply in the client's
    /// municipality (all rights when it is unknown). There a local instance stands in for its concept; without a
    /// municipality the concept is screened once. Without a catalogue, the rights are those the rules name.
    static func run(_ profile: ClientProfile, on database: any Database, language: SiteLanguage, today: CalendarDay = CalendarDay(Date()))
        async throws -> ScreeningRun
    {
        let rules = try await ScreeningRuleStore(database: database).active()
        let set = rules?.rules ?? EligibilityRuleSet(version: 0, validFrom: today, note: "", rules: [])
        let code = DienstenText.code(language)
        let stored = try await RightsStore(database: database).rights(municipality: profile.municipality)
        var rights: [RightToScreen]
        var linkable: Set<String> = []
        if stored.isEmpty {
            rights = set.rules.map { RightToScreen(key: $0.key, productNumber: $0.key, concept: nil, name: $0.name.text(code)) }
        } else {
            let kept: [StoredRight]
            if profile.municipality != nil {
                // The municipality's own version of a right stands in for the concept it derives from.
                let replaced = Set(stored.compactMap { $0.service.kind == .instance ? $0.service.concept : nil })
                kept = stored.filter { !($0.service.kind == .concept && replaced.contains($0.service.id)) }
            } else {
                // Where the client lives is unknown: the concept once, not every municipality's version of it.
                let concepts = Set(stored.filter { $0.service.kind == .concept }.map(\.service.id))
                kept = stored.filter { !($0.service.kind == .instance && $0.service.concept.map(concepts.contains) == true) }
            }
            rights = kept.map { right in
                RightToScreen(
                    key: right.key, productNumber: right.service.productNumber,
                    concept: right.service.kind == .concept ? right.service.id : right.service.concept,
                    name: right.service.name.text(code) ?? right.key)
            }
            linkable = Set(kept.map(\.key))
        }
        let result = Screening.screen(profile, rights: rights, rules: set, on: today)
        return ScreeningRun(result: result, rules: rules, linkable: linkable)
    }
}
