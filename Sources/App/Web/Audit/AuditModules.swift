import Storage

/// The modules of the audit trail, by name. Every pillar declares its module where it records events
/// (`AccountService.module`, `ImportService.module`, `MaturityService.module`); a new pillar adds one line here.
enum AuditModules {
    static let all: [(code: String, label: String)] = [
        (ImportService.module, "Cijfers"),
        (MaturityService.module, "Maturiteit"),
        (AccountService.module, "Toegang en accounts"),
    ]

    /// The filter's choices: the known modules, then any other module that has events (by its code), so an
    /// event is never out of reach of the filter.
    static func options(present: [String]) -> [(String, String)] {
        let known = Set(all.map(\.code))
        return all.map { ($0.code, $0.label) } + present.filter { !known.contains($0) }.sorted().map { ($0, $0) }
    }
}
