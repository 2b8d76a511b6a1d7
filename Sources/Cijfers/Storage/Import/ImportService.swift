import Platform
import CijfersDomain
import CijfersImport
import Fluent
import Foundation
import SQLKit
import Tabular

/// Imports a batch of files — geography, aggregation tables, indicator sheets, GeoJSON and data — as one
/// transaction: everything lands or nothing does. Files are taken in dependency order whatever the order given,
/// so one command can load a whole upload. Problems are collected across all files before giving up.
public struct ImportService: Sendable {
    /// The audit trail's module for imports of figures.
    public static let module = "cijfers"

    let database: any Database
    let catalogStore: CatalogStore

    public init(database: any Database, catalogStore: CatalogStore) {
        self.database = database
        self.catalogStore = catalogStore
    }

    /// - Parameters:
    ///   - actor: who imports, for the audit trail (the command line by default).
    ///   - permission: what this actor may load; everything for the command line and platform admins.
    public func run(_ files: [ImportFile], options: ImportOptions = .init(),
                    progress: ImportProgress? = nil, actor: AuditActor = .commandLine,
                    permission: ImportPermission = .everything) async throws -> ImportSummary {
        let started = Date()
        let problems = ProblemCollector(limitPerKind: options.problemsPerKind)
        let job = ImportJob(options: options, problems: problems, progress: progress)
        // The server's import counters (docs/operations.md): an import that did not commit wrote nothing.
        var landed = false
        defer { ImportMetrics.shared.finished(landed: landed, values: job.summary.values, aggregated: job.summary.aggregated, since: started) }
        job.open(files)
        permission.checkFiles(job)
        guard problems.isEmpty else { throw job.failure() }
        // What the uploader may not load is refused on the headers, before any data row is read.
        if permission != .everything {
            permission.checkHeaders(job, owners: try await ImportPermission.owners(on: database))
            guard problems.isEmpty else { throw job.failure() }
        }
        try await database.transaction { db in
            let ownersBefore = permission == .everything ? [:] : try await ImportPermission.owners(on: db)
            job.forbiddenIndicators = permission.forbidden(ownersBefore)
            try await job.execute(on: db)
            guard problems.isEmpty else { throw job.failure() }
            try await permission.checkOwnership(job, ownersBefore: ownersBefore, on: db)
            guard problems.isEmpty else { throw job.failure() }
            let run = try await job.record(on: db, started: started, files: files)
            try await AuditLog.record(job.auditEvent(run: run, actor: actor), on: db)
            // Other servers (and a server beside this command) see the import within `DataVersionWatch.interval`.
            try await DataVersions(database: db).raise(DataVersions.cijfers)
        }
        landed = true
        let catalog = try await catalogStore.reload(from: database, refreshingSearch: false)
        // The site search finds new or renamed indicators and areas right away.
        try await SearchIndex.refresh(source: "cijfers", with: CijfersSearch.documents(catalog), on: database)
        var summary = job.summary
        summary.seconds = Date().timeIntervalSince(started)
        summary.notices = problems.noticeReport()
        return summary
    }
}
