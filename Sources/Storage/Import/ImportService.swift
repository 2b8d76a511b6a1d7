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
    let database: any Database
    let catalogStore: CatalogStore

    public init(database: any Database, catalogStore: CatalogStore) {
        self.database = database
        self.catalogStore = catalogStore
    }

    public func run(_ files: [ImportFile], options: ImportOptions = .init(),
                    progress: ImportProgress? = nil) async throws -> ImportSummary {
        let started = Date()
        let problems = ProblemCollector(limitPerKind: options.problemsPerKind)
        let job = ImportJob(options: options, problems: problems, progress: progress)
        job.open(files)
        guard problems.isEmpty else { throw job.failure() }
        try await database.transaction { db in
            try await job.execute(on: db)
            guard problems.isEmpty else { throw job.failure() }
            try await job.record(on: db, started: started, files: files)
        }
        try await catalogStore.reload(from: database)
        var summary = job.summary
        summary.seconds = Date().timeIntervalSince(started)
        summary.notices = problems.noticeReport()
        return summary
    }
}
