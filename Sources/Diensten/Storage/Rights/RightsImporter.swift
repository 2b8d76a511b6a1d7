import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit
import Vapor

/// Imports the product catalogue (IPDC concept snapshots, LPDC instance snapshots) from an LDES stream or a folder
/// of its pages. All pages are read and decoded first, the snapshots merged (the latest per service), and only then
/// is the catalogue changed, in one transaction with the import state and the audit entry: a bad page writes nothing.
///
/// Incremental: per source the page(s) the run ended on are kept; the next run starts there, follows only the
/// relations forward, and a snapshot changes a service only when it is newer than the one held. Running twice
/// therefore changes nothing the second time.
public struct RightsImporter {
    let app: Application
    let database: any Database
    /// The largest page read, in bytes (20 MB unless a test asks for less).
    let maxPageBytes: Int

    public init(app: Application, database: (any Database)? = nil, maxPageBytes: Int = 20 * 1024 * 1024) {
        self.app = app
        self.database = database ?? app.db
        self.maxPageBytes = maxPageBytes
    }

    /// Imports from `source` (a folder path or an http(s) URL). `full` ignores where the previous run stopped.
    /// Throws `LDESProblem` (located) when a page is missing, unreadable or wrong.
    @discardableResult
    public func run(source text: String, full: Bool = false, by actor: AuditActor = .commandLine, now: Date = Date()) async throws -> RightsImportReport {
        let source = try RightsImportSource.parse(text)
        let loader = try RightsPageLoader(source: source, client: app.http.client.shared, maxPageBytes: maxPageBytes)
        var report = RightsImportReport(source: source.name)

        // Where to start: where the previous run stopped, if those pages are still there; a stream the previous run
        // did not know (a new start page in the folder) is read from its start.
        var starts = loader.startPages.map { (address: $0, followBack: true) }
        if !full, let state = try await RightsStore(database: database).importState(source: source.name), !state.lastPages.isEmpty {
            let present: [String]
            if case .folder = source { present = state.lastPages.filter { loader.files[$0] != nil } } else { present = state.lastPages }
            if present.count == state.lastPages.count {
                let known = Set(state.startPages)
                starts = present.map { (address: $0, followBack: false) } + starts.filter { !known.contains($0.address) }
                report.incremental = true
            } else {
                report.notices.append("de pagina's waar de vorige import stopte, zijn er niet meer; alles opnieuw gelezen")
            }
        }
        guard !starts.isEmpty else { throw LDESProblem(page: source.name, reason: "geen beginpagina gevonden") }
        report.startPages = loader.startPages
        report.resumedFrom = starts.filter { !$0.followBack }.map(\.address)

        // Read every page.
        var visited: Set<String> = []
        var snapshots: [PublicService] = []
        for start in starts {
            var queue = [start.address]
            var head = 0
            var last: String?
            while head < queue.count {
                let address = queue[head]
                head += 1
                guard visited.insert(address).inserted else { continue }
                guard report.pagesRead < RightsPageLoader.maxPages else {
                    throw LDESProblem(page: address, reason: "meer dan \(RightsPageLoader.maxPages) pagina's in één import")
                }
                guard let data = try await loader.load(address) else {
                    if address == start.address {
                        throw LDESProblem(page: address, reason: "deze pagina bestaat niet")
                    }
                    report.notices.append("pagina \(address) niet gevonden (een relatie verwijst ernaar); overgeslagen")
                    continue
                }
                let page = try LDESPage.decode(data, page: loader.label(address))
                if let id = page.id { visited.insert(id) }
                report.pagesRead += 1
                report.members += page.members.count
                snapshots += page.members
                last = address
                for relation in page.relations where start.followBack || !relation.leadsBack {
                    if !visited.contains(relation.node) { queue.append(relation.node) }
                }
            }
            if let last { report.lastPages.append(last) }
        }

        // Merge and write.
        let latest = SnapshotMerge.latest(snapshots)
        let newest = snapshots.compactMap { SnapshotTime($0.generatedAt) }.max()
        try Self.checkKeys(latest, source: source.name)
        let written = report
        report = try await database.transaction { db in
            var report = written
            try await RightsWriter(sql: db.sql, now: now, source: source.name).apply(latest, to: &report)
            try await Self.saveState(report, newest: newest, now: now, on: db.sql)
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .importData, entityType: "rights_import",
                entityID: String(source.name.prefix(200)), summary: report.summary,
                changes: [("pagina's", report.pagesRead), ("leden", report.members), ("nieuw", report.added),
                          ("vervangen", report.replaced), ("verwijderd", report.removed), ("ongewijzigd", report.unchanged)]
                    .map { AuditChange(field: $0.0, before: nil, after: String($0.1)) }), on: db)
            return report
        }
        try await app.refreshSearch(on: database)
        return report
    }

    /// Two services whose IRIs end in the same segment would share a page address: refused, located.
    static func checkKeys(_ services: [PublicService], source: String) throws {
        var seen: [String: String] = [:]
        for service in services {
            let key = service.key
            guard !key.isEmpty else {
                throw LDESProblem(page: source, memberID: service.snapshot, field: "isVersionOf", reason: "'\(service.id)' heeft geen laatste padsegment")
            }
            if let other = seen[key], other != service.id {
                throw LDESProblem(page: source, memberID: service.snapshot, field: "isVersionOf",
                                  reason: "'\(service.id)' en '\(other)' eindigen op hetzelfde segment '\(key)'")
            }
            seen[key] = service.id
        }
    }

    static func saveState(_ report: RightsImportReport, newest: SnapshotTime?, now: Date, on sql: any SQLDatabase) async throws {
        let previous = try await sql.raw("SELECT newest_generated_at, last_pages FROM rights_import_state WHERE source = \(bind: report.source)").first()
        let previousNewest = try previous?.decode(column: "newest_generated_at", as: String?.self)
        let newestText = [previousNewest, newest?.sortable].compactMap { $0 }.max()
        var lastPages = report.lastPages
        if lastPages.isEmpty, let previous {
            // Nothing read (every page gone): keep where the previous run stopped.
            lastPages = (try? JSONDecoder().decode([String].self, from: Data(try previous.decode(column: "last_pages", as: String.self).utf8))) ?? []
        }
        let pages = String(decoding: try JSONEncoder().encode(lastPages), as: UTF8.self)
        let starts = String(decoding: try JSONEncoder().encode(report.startPages), as: UTF8.self)
        try await sql.delete(from: "rights_import_state").where("source", .equal, SQLBind(report.source)).run()
        try await sql.insert(into: "rights_import_state")
            .columns("source", "start_pages", "last_pages", "newest_generated_at", "last_run_at", "pages_read", "members", "added", "replaced",
                     "removed", "unchanged")
            .values(SQLBind(report.source), SQLBind(starts), SQLBind(pages), SQLBind(newestText), SQLBind(now), SQLBind(report.pagesRead),
                    SQLBind(report.members), SQLBind(report.added), SQLBind(report.replaced), SQLBind(report.removed),
                    SQLBind(report.unchanged))
            .run()
    }
}
