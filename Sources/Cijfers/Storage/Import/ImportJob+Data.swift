import Platform
import CijfersDomain
import CijfersImport
import SQLKit
import Tabular

extension ImportJob {
    /// Streams a data sheet into the observations table in batches. Once a problem is found, reading goes on
    /// (to report every problem) but writing stops; the transaction is then rolled back by the caller.
    func importData(_ sheet: OpenedSheet, sql: any SQLDatabase) async throws {
        guard let parser = DataSheetParser(
            reader: sheet.reader, header: sheet.header, format: sheet.format, defaultLevel: sheet.file.level,
            catalog: catalog, options: options, problems: problems, forbidden: forbiddenIndicators)
        else { return }
        let writer = ObservationWriter(sql: sql)
        if sql.dialect.name == "sqlite" {
            // A data sheet of ten million values peaked at 550 MB with the import's 256 MB page cache, 470 MB with
            // 128 MB (docs/performance.md); past the cache SQLite re-reads pages from the OS cache, not the disk.
            try await sql.raw("PRAGMA cache_size = -131072").run()
        }
        // Per value only integer work: the level and period of the previous value are usually those of this one
        // (a row shares them), so their look-ups are cached; scopes are keyed by integers.
        var lastLevel = ("", -1)
        var lastPeriod = ("", -1)
        var lastArea = -1
        var periodNumbers: [String: Int] = [:]
        var seen = Set<ScopeKey>()
        var withData = Set<Int>()
        while let batch = try parser.next(limit: 20_000) {
            progress?(sheet.file.name, parser.rowsRead)
            guard problems.isEmpty else { continue }
            var rows: [ObservationRow] = []
            rows.reserveCapacity(batch.count)
            for value in batch {
                if value.level != lastLevel.0 {
                    guard let key = catalog.levelKeys[value.level] else { continue }
                    lastLevel = (value.level, key)
                }
                let level = lastLevel.1
                if value.period != lastPeriod.0 {
                    lastPeriod = (value.period, periodNumbers[value.period] ?? periodNumbers.count)
                    periodNumbers[value.period] = lastPeriod.1
                }
                if seen.insert(ScopeKey(indicator: value.indicator, level: level, period: lastPeriod.1)).inserted {
                    withData.insert(value.indicator)
                    // Cleared once per import, even when the scope comes back in a later file.
                    let scope = Scope(indicator: value.indicator, level: level, period: value.period)
                    if options.mode == .replace, replacedScopes.insert(scope).inserted {
                        try await writer.deleteLoaded(indicator: value.indicator, level: level, period: value.period)
                    }
                }
                if value.area != lastArea {
                    loadedAreas.insert(value.area)
                    lastArea = value.area
                }
                rows.append(ObservationRow(indicator: value.indicator, level: level, area: value.area,
                                           period: value.period, value: value.value, origin: .loaded))
            }
            try await writer.upsert(rows)
            summary.values += rows.count
        }
        let codeOf = Dictionary(uniqueKeysWithValues: catalog.indicatorKeys.map { ($0.value, $0.key) })
        for key in withData { if let code = codeOf[key] { summary.indicatorsWithData.insert(code) } }
        summary.rows += parser.rowsRead
    }

    /// Areas that received data but have no parent although their level aggregates upwards: their values
    /// count for no level above. Real link tables miss a few sectors; the analyst should know which.
    func reportOrphans() {
        let orphans = loadedAreas.compactMap { catalog.areas[$0] }.filter { area in
            catalog.hierarchy.parents(of: area.key).isEmpty
                && !catalog.hierarchy.levelGraph.parents(of: area.levelCode).isEmpty
        }.sorted { $0.code < $1.code }
        guard !orphans.isEmpty else { return }
        let shown = orphans.prefix(20).map { "\($0.code) (\($0.levelCode))" }.joined(separator: ", ")
        problems.notice(at: TabularLocation(file: "aggregatie"),
                        "\(orphans.count) gebied(en) met data hebben geen oudergebied en tellen niet mee in hogere niveaus: \(shown)"
                        + (orphans.count > 20 ? ", …" : ""))
    }

    struct Scope: Hashable {
        let indicator: Int
        let level: Int
        let period: String
    }

    /// A scope within one sheet, the period as a number: checked for every value, so no string is hashed.
    struct ScopeKey: Hashable {
        let indicator: Int
        let level: Int
        let period: Int
    }
}
