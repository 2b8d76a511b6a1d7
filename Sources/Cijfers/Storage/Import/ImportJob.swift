import Platform
import CijfersDomain
import CijfersImport
import Fluent
import Foundation
import SQLKit
import Tabular

/// The state of one import while it runs inside its transaction. A class so the transaction closure can
/// carry it; it is used from one task at a time only.
final class ImportJob: @unchecked Sendable {
    struct OpenedSheet {
        let file: ImportFile
        let reader: any RowReader
        let header: HeaderRow
        let format: SwingFormat
    }

    let options: ImportOptions
    let problems: ProblemCollector
    let progress: ImportProgress?
    var sheets: [OpenedSheet] = []
    var geometries: [ImportFile] = []
    var summary = ImportSummary()
    var catalog = Catalog.empty
    var linksChanged = false
    /// The values read from the data sheets, written when every sheet is read.
    var vectors = LoadedVectors()
    /// Areas that received loaded values in this import.
    var loadedAreas = Set<Int>()
    /// Indicators created or changed by the indicator sheets of this import.
    var definedIndicators = Set<String>()
    /// Indicators the importer may not load (`ImportPermission.forbidden`): data sheets naming one are refused
    /// before their rows are read.
    var forbiddenIndicators = Set<String>()

    init(options: ImportOptions, problems: ProblemCollector, progress: ImportProgress?) {
        self.options = options
        self.problems = problems
        self.progress = progress
    }

    /// Opens every file and recognises its format, before anything is written.
    func open(_ files: [ImportFile]) {
        summary.files = files.count
        for file in files {
            if file.path.lowercased().hasSuffix(".geojson") || file.path.lowercased().hasSuffix(".json") {
                geometries.append(file)
                continue
            }
            do {
                let reader = try TableFile.open(path: file.path, sheet: file.sheet)
                guard let header = try reader.headerRow() else {
                    problems.add(.unreadableFile, at: TabularLocation(file: file.name, sheet: reader.sheet), "het bestand is leeg")
                    continue
                }
                guard let format = SwingFormat.detect(header) else {
                    problems.add(.unknownFormat, at: reader.location(row: header.row.number),
                                 "de kop (\(header.names.joined(separator: ", "))) past bij geen enkel Swing-formaat")
                    continue
                }
                sheets.append(OpenedSheet(file: file, reader: reader, header: header, format: format))
            } catch let error as TabularError {
                problems.add(ImportProblem(error))
            } catch {
                problems.add(.unreadableFile, at: TabularLocation(file: file.name), "\(error)")
            }
        }
        let order: [SwingFormat] = [.areaDefinitions, .aggregationTable, .themeTree, .indicatorDefinitions, .dataWide, .dataLong]
        sheets.sort { order.firstIndex(of: $0.format)! < order.firstIndex(of: $1.format)! }
    }

    func failure() -> ImportFailure {
        ImportFailure(report: problems.report(), problemCount: problems.totalProblems)
    }

    func execute(on db: any Database) async throws {
        let sql = db.sql
        if sql.dialect.name == "sqlite" {
            // The default page cache (2 MB) makes a bulk load re-read the same index pages from disk;
            // these settings last for this connection only.
            try await sql.raw("PRAGMA cache_size = -262144").run()
            try await sql.raw("PRAGMA temp_store = MEMORY").run()
        }
        catalog = try await CatalogStore.load(from: db)
        try await each(.areaDefinitions) { try await self.importAreas($0, sql: sql, db: db) }
        if sheets.contains(where: { $0.format == .areaDefinitions }) { catalog = try await CatalogStore.load(from: db) }
        if !geometries.isEmpty {
            for file in geometries { try await importGeometry(file, sql: sql) }
            catalog = try await CatalogStore.load(from: db)
        }
        try await each(.aggregationTable) { try await self.importLinks($0, sql: sql) }
        if linksChanged { catalog = try await CatalogStore.load(from: db) }
        try await each(.themeTree) { try await self.importThemes($0, db: db) }
        // Reloaded after each sheet: a later sheet may update indicators an earlier one defined. Only the
        // indicators: a sheet of them changes nothing else.
        try await each(.indicatorDefinitions) {
            try await self.importIndicators($0, db: db)
            self.catalog = try await CatalogStore.reloadingIndicators(of: self.catalog, from: db)
        }
        for sheet in sheets where sheet.format == .dataWide || sheet.format == .dataLong {
            try await importData(sheet, sql: sql)
        }
        guard problems.isEmpty else { return }
        try await writeLoadedVectors(sql: sql)
        // New links change every total; new data changes its own indicators' totals.
        let toAggregate = linksChanged
            ? Set(catalog.indicators.values.filter { !$0.isFormula }.map(\.code))
            : summary.indicatorsWithData
        summary.aggregated = try await AggregationService(sql: sql, catalog: catalog)
            .reaggregate(indicatorCodes: toAggregate)
        reportOrphans()
    }

    private func each(_ format: SwingFormat, _ body: (OpenedSheet) async throws -> Void) async throws {
        for sheet in sheets where sheet.format == format {
            do {
                try await body(sheet)
            } catch let error as TabularError {
                problems.add(ImportProblem(error))
            }
        }
    }

    /// Writes the import log row (file names, checksum, counts) and marks the indicators' data as updated.
    @discardableResult
    func record(on db: any Database, started: Date, files: [ImportFile]) async throws -> ImportRunModel {
        let sql = db.sql
        let now = Date()
        let run = ImportRunModel()
        run.startedAt = started
        run.finishedAt = now
        run.files = files.map(\.name).joined(separator: ", ")
        run.checksum = FileChecksum.sha256(of: files.map(\.path))
        run.mode = options.mode.rawValue
        run.rows = summary.rows
        run.valuesWritten = summary.values
        run.valuesAggregated = summary.aggregated
        try await run.create(on: db)
        if !summary.indicatorsWithData.isEmpty {
            try await sql.update("indicators")
                .set("data_updated_at", to: SQLBind(now))
                .where("code", .in, Array(summary.indicatorsWithData))
                .run()
        }
        return run
    }
}
