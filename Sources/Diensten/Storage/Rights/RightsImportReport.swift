import Foundation

/// What an import did: pages read, members found, and what they changed in the catalogue.
public struct RightsImportReport: Sendable, Hashable {
    public var source: String
    /// The page(s) this run started from and the page(s) it ended on (the next run starts there).
    public var startPages: [String] = []
    public var lastPages: [String] = []
    /// The pages this run continued from (where the previous run stopped); empty for a full run.
    public var resumedFrom: [String] = []
    /// Whether this run continued from where the previous one stopped.
    public var incremental = false
    public var pagesRead = 0
    public var members = 0
    public var added = 0
    public var replaced = 0
    public var removed = 0
    public var unchanged = 0
    /// Archived snapshots of services the catalogue did not show: remembered, nothing shown.
    public var archivedSkipped = 0
    /// What the run could not find or place: pages a relation leads to that do not exist, area codes it does not
    /// know. Reported, never silently dropped.
    public var notices: [String] = []

    public init(source: String) {
        self.source = source
    }

    /// Changes to what the catalogue shows.
    public var changes: Int { added + replaced + removed }

    /// The report in Dutch, one line per fact, as the command prints it.
    public var lines: [String] {
        var out = ["bron: \(source)\(incremental ? " (verder vanaf de vorige keer)" : "")",
                   "pagina's gelezen: \(pagesRead)", "leden: \(members)",
                   "nieuw: \(added)", "vervangen: \(replaced)", "verwijderd (gearchiveerd): \(removed)", "ongewijzigd: \(unchanged)"]
        if archivedSkipped > 0 { out.append("gearchiveerd en niet in de catalogus: \(archivedSkipped)") }
        if !resumedFrom.isEmpty { out.append("verder vanaf: \(resumedFrom.joined(separator: ", "))") }
        if !lastPages.isEmpty { out.append("gestopt op: \(lastPages.joined(separator: ", "))") }
        out += notices.map { "let op: \($0)" }
        return out
    }

    /// One line for the audit trail.
    public var summary: String {
        "LPDC-import uit \(source): \(pagesRead) pagina's, \(members) leden; \(added) nieuw, \(replaced) vervangen, "
            + "\(removed) verwijderd, \(unchanged) ongewijzigd"
    }
}
