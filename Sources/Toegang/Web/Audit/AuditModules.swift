import Platform

/// The modules of the audit trail's filter. They come from the registered pillars (`Pillar.auditModules`), so a
/// new pillar's events can be selected without editing a list here.
enum AuditModules {
    /// The filter's choices: the pillars' modules, then any other module that has events (by its code), so an
    /// event is never out of reach of the filter. A pillar's module is named in the page's language.
    static func options(_ modules: [AuditModule], present: [String], language: SiteLanguage) -> [(String, String)] {
        let known = Set(modules.map(\.code))
        let strings = SiteStrings(language)
        return modules.map { ($0.code, $0.label.text(strings)) } + present.filter { !known.contains($0) }.sorted().map { ($0, $0) }
    }
}
