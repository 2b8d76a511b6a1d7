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
        // Per value only array indexing: the level and period of the previous value are usually those of this one
        // (a row shares them), so their look-ups, and the plane they make, are cached per row; the indicator then
        // picks the buffer through arrays (`LoadedVectors`), without hashing.
        var lastLevel = ("", -1, 0)
        var lastPeriod = ("", -1)
        var lastArea = (-1, -1)
        var plane = -1
        var withData = Set<Int>()
        // Worked on as locals and put back at the end: a class's stored properties are checked for exclusive access
        // on every use, which per value cost more than the work itself. Moved, not copied (no second reference).
        var vectors = self.vectors
        self.vectors = LoadedVectors()
        var loadedAreas = self.loadedAreas
        self.loadedAreas = []
        var values = 0
        let catalog = self.catalog
        defer {
            self.vectors = vectors
            self.loadedAreas = loadedAreas
            summary.values += values
        }
        while let batch = try parser.next(limit: 20_000) {
            progress?(sheet.file.name, parser.rowsRead)
            guard problems.isEmpty else { continue }
            for value in batch {
                if value.level != lastLevel.0 {
                    guard let key = catalog.levelKeys[value.level] else { continue }
                    lastLevel = (value.level, key, catalog.slotKeys[value.level]?.count ?? 0)
                    plane = -1
                }
                if value.period != lastPeriod.0 {
                    lastPeriod = (value.period, vectors.periodNumber(value.period))
                    plane = -1
                }
                if value.area != lastArea.0 {
                    loadedAreas.insert(value.area)
                    lastArea = (value.area, catalog.slotOfArea[value.area] ?? -1)
                }
                let slot = lastArea.1
                guard slot >= 0, slot < lastLevel.2 else { continue }
                if plane < 0 { plane = vectors.plane(level: lastLevel.1, period: lastPeriod.1) }
                let (index, isNew) = vectors.index(indicator: value.indicator, plane: plane, slots: lastLevel.2)
                if isNew { withData.insert(value.indicator) }
                vectors.set(index, slot: slot, value: value.value)
                values += 1
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
        for (index, scope) in vectors.scopes.enumerated() {
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

    /// An indicator × level × period, the period as a number (`LoadedVectors.periods`).
    struct ScopeKey: Hashable {
        let indicator: Int
        let level: Int
        let period: Int
    }
}

/// The values an import loads, one dense vector (NaN: no value) per indicator × level × period, across all its data
/// sheets: a scope that comes back in a later file adds to the same vector, as it was cleared once per import before.
///
/// Finding a value's vector is array work only, because a wide sheet changes indicator on every value (hashing an
/// indicator × level × period key per value took a tenth of the 10 M-value import, docs/performance.md): a level ×
/// period is a *plane*, numbered once per row; each indicator key has a small number (an array indexed by the key);
/// and each indicator number has the buffer of every plane.
struct LoadedVectors {
    private(set) var periods: [String] = []
    private var periodNumbers: [String: Int] = [:]
    /// The indicator × level × period of each buffer, in buffer order.
    private(set) var scopes: [ImportJob.ScopeKey] = []
    var buffers: [[Double]] = []
    /// Plane number of each level key × period number met.
    private var planes: [Plane: Int] = [:]
    private var planeScopes: [Plane] = []
    /// Indicator number + 1 by indicator key (0: not met yet); keys outside `indicatorKeyLimit` go to `farIndicators`.
    private var indicatorNumbers: [Int32] = []
    private var farIndicators: [Int: Int] = [:]
    /// Buffer of each indicator number × plane number, -1 for none yet.
    private var bufferOf: [[Int32]] = []
    /// Database ids are small; an array this long (4 bytes a key) is the most kept for them.
    private static let indicatorKeyLimit = 1 << 22

    private struct Plane: Hashable {
        let level: Int
        let period: Int
    }

    mutating func periodNumber(_ period: String) -> Int {
        if let known = periodNumbers[period] { return known }
        periodNumbers[period] = periods.count
        periods.append(period)
        return periods.count - 1
    }

    /// The number of a level × period (a period from `periodNumber`), given on first sight.
    mutating func plane(level: Int, period: Int) -> Int {
        let key = Plane(level: level, period: period)
        if let known = planes[key] { return known }
        planes[key] = planeScopes.count
        planeScopes.append(key)
        return planeScopes.count - 1
    }

    /// The buffer of an indicator on a plane, made (with `slots` empty slots) on first sight.
    @inline(__always)
    mutating func index(indicator: Int, plane: Int, slots: Int) -> (Int, isNew: Bool) {
        let number = indicatorNumber(indicator)
        if plane < bufferOf[number].count {
            let known = bufferOf[number][plane]
            if known >= 0 { return (Int(known), false) }
        }
        return (addBuffer(indicator: indicator, number: number, plane: plane, slots: slots), true)
    }

    @inline(__always)
    private mutating func indicatorNumber(_ key: Int) -> Int {
        if key >= 0, key < indicatorNumbers.count, indicatorNumbers[key] > 0 { return Int(indicatorNumbers[key]) - 1 }
        return addIndicator(key)
    }

    private mutating func addIndicator(_ key: Int) -> Int {
        if let far = farIndicators[key] { return far }
        let number = bufferOf.count
        bufferOf.append([])
        if key >= 0, key < Self.indicatorKeyLimit {
            if key >= indicatorNumbers.count {
                indicatorNumbers.append(contentsOf: repeatElement(0, count: key + 1 - indicatorNumbers.count))
            }
            indicatorNumbers[key] = Int32(number + 1)
        } else {
            farIndicators[key] = number
        }
        return number
    }

    private mutating func addBuffer(indicator: Int, number: Int, plane: Int, slots: Int) -> Int {
        if plane >= bufferOf[number].count {
            bufferOf[number].append(contentsOf: repeatElement(-1, count: plane + 1 - bufferOf[number].count))
        }
        let index = buffers.count
        bufferOf[number][plane] = Int32(index)
        let scope = planeScopes[plane]
        scopes.append(ImportJob.ScopeKey(indicator: indicator, level: scope.level, period: scope.period))
        buffers.append([Double](repeating: .nan, count: slots))
        return index
    }

    @inline(__always)
    mutating func set(_ index: Int, slot: Int, value: Double) {
        buffers[index][slot] = value
    }
}
