import Platform
import CijfersDomain
import CijfersImport
import SQLKit
import Tabular

extension ImportJob {
    /// Reads a data sheet into the import's value vectors (`LoadedVectors`), written by `writeLoadedVectors` once
    /// every sheet is read. Once a problem is found, reading goes on (to report every problem) but nothing is kept;
    /// the transaction is then rolled back by the caller.
    func importData(_ sheet: OpenedSheet, sql: any SQLDatabase) async throws {
        guard let parser = DataSheetParser(
            reader: sheet.reader, header: sheet.header, format: sheet.format, defaultLevel: sheet.file.level,
            catalog: catalog, options: options, problems: problems, forbidden: forbiddenIndicators)
        else { return }
        // Per value only integer work: the level and period of the previous value are usually those of this one
        // (a row shares them), so their look-ups are cached; scopes are keyed by integers.
        var lastLevel = ("", -1, 0)
        var lastPeriod = ("", -1)
        var lastArea = (-1, -1)
        var lastScope = (ScopeKey(indicator: -1, level: -1, period: -1), -1)
        var withData = Set<Int>()
        while let batch = try parser.next(limit: 20_000) {
            progress?(sheet.file.name, parser.rowsRead)
            guard problems.isEmpty else { continue }
            for value in batch {
                if value.level != lastLevel.0 {
                    guard let key = catalog.levelKeys[value.level] else { continue }
                    lastLevel = (value.level, key, catalog.slotKeys[value.level]?.count ?? 0)
                }
                let level = lastLevel.1
                if value.period != lastPeriod.0 {
                    lastPeriod = (value.period, vectors.periodNumber(value.period))
                }
                if value.area != lastArea.0 {
                    loadedAreas.insert(value.area)
                    lastArea = (value.area, catalog.slotOfArea[value.area] ?? -1)
                }
                let slot = lastArea.1
                guard slot >= 0, slot < lastLevel.2 else { continue }
                let scope = ScopeKey(indicator: value.indicator, level: level, period: lastPeriod.1)
                if scope != lastScope.0 {
                    let (index, isNew) = vectors.index(of: scope, slots: lastLevel.2)
                    if isNew { withData.insert(value.indicator) }
                    lastScope = (scope, index)
                }
                vectors.set(lastScope.1, slot: slot, value: value.value)
                summary.values += 1
            }
        }
        let codeOf = Dictionary(uniqueKeysWithValues: catalog.indicatorKeys.map { ($0.value, $0.key) })
        for key in withData { if let code = codeOf[key] { summary.indicatorsWithData.insert(code) } }
        summary.rows += parser.rowsRead
    }

    /// Writes the vectors read from every data sheet: replacing the stored loaded values of each indicator × level ×
    /// period (replace mode), or adding to them, a new value overwriting an old one for the same area (append mode).
    func writeLoadedVectors(sql: any SQLDatabase) async throws {
        let writer = ObservationWriter(sql: sql)
        var batch: [ObservationWriter.Vector] = []
        for (scope, index) in vectors.scopes.sorted(by: { $0.value < $1.value }) {
            let period = vectors.periods[scope.period]
            var values = vectors.buffers[index]
            if options.mode == .append,
               let stored = try await writer.loadedVector(indicator: scope.indicator, level: scope.level, period: period) {
                let old = try ValueVector.decode(stored, count: values.count)
                for slot in 0..<values.count where values[slot].isNaN { values[slot] = old[slot] }
            }
            batch.append(ObservationWriter.Vector(indicator: scope.indicator, level: scope.level, period: period,
                                                  origin: .loaded, text: ValueVector.encode(values)))
            // Written in groups so the texts of a large import are not all held at once.
            if batch.count >= ObservationWriter.rowsPerStatement {
                try await writer.upsert(batch)
                batch.removeAll(keepingCapacity: true)
            }
            vectors.buffers[index] = []
        }
        try await writer.upsert(batch)
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

    /// An indicator × level × period, the period as a number (`LoadedVectors.periods`): checked for every value, so
    /// no string is hashed.
    struct ScopeKey: Hashable {
        let indicator: Int
        let level: Int
        let period: Int
    }
}

/// The values an import loads, one dense vector (NaN: no value) per indicator × level × period, across all its data
/// sheets: a scope that comes back in a later file adds to the same vector, as it was cleared once per import before.
struct LoadedVectors {
    private(set) var periods: [String] = []
    private var periodNumbers: [String: Int] = [:]
    private(set) var scopes: [ImportJob.ScopeKey: Int] = [:]
    var buffers: [[Double]] = []

    mutating func periodNumber(_ period: String) -> Int {
        if let known = periodNumbers[period] { return known }
        periodNumbers[period] = periods.count
        periods.append(period)
        return periods.count - 1
    }

    /// The buffer of a scope, made (with `slots` empty slots) on first sight.
    mutating func index(of scope: ImportJob.ScopeKey, slots: Int) -> (Int, isNew: Bool) {
        if let known = scopes[scope] { return (known, false) }
        scopes[scope] = buffers.count
        buffers.append([Double](repeating: .nan, count: slots))
        return (buffers.count - 1, true)
    }

    @inline(__always)
    mutating func set(_ index: Int, slot: Int, value: Double) {
        buffers[index][slot] = value
    }
}
