import Platform

/// The modules of the audit trail's filter. They come from the registered pillars (`Pillar.auditModules`), so a
/// new pillar's events can be selected without editing a list here.
enum AuditModules {
    /// The filter's choices: the pillars' modules, then any other module that has events (by its code), so an
    /// event is never out of reach of the filter.
    static func options(_ modules: [AuditModule], present: [String]) -> [(String, String)] {
        let known = Set(modules.map(\.code))
        return modules.map { ($0.code, $0.label.nl) } + present.filter { !known.contains($0) }.sorted().map { ($0, $0) }
    }
}
