import Platform
import CijfersDomain
import SQLKit

/// Recomputes the stored aggregates of indicators after their data or the area links changed.
/// One indicator at a time, so memory holds one indicator's values (and its weights'), however many the import
/// brought: its loaded values are read back into a grid, aggregated in memory (Aggregator is pure) and the
/// computed values written in bulk.
struct AggregationService {
    let sql: any SQLDatabase
    let catalog: Catalog

    /// - Returns: the number of computed values written.
    func reaggregate(indicatorCodes: Set<String>) async throws -> Int {
        let affected = indicatorCodes.compactMap { catalog.indicators[$0] }.filter { !$0.isFormula }
        guard !affected.isEmpty else { return 0 }
        let layout = GridLayout(catalog: catalog)
        let reader = ObservationReader(sql: sql, catalog: catalog)
        let runs = LevelRun.runs(catalog: catalog, layout: layout)
        // One vector per level, reused for every indicator and period.
        var scratch = runs.map { [Double](repeating: .nan, count: $0.slotCount) }
        // Weights are needed at every level, so they are aggregated too (in memory only, unless affected);
        // their loaded values are kept for the other indicators that share them.
        var weightValues: [Int: LoadedValues] = [:]

        let writer = ObservationWriter(sql: sql)
        var written = 0
        for indicator in affected.sorted(by: { $0.code < $1.code }) {
            guard let key = catalog.indicatorKeys[indicator.code] else { continue }
            var count = 0
            // The indicator, its weight, the weight's weight…: read all, on one period axis.
            var chain: [(indicator: Indicator, values: LoadedValues)] = []
            var axis = PeriodAxis()
            var next: Indicator? = indicator
            while let current = next, let currentKey = catalog.indicatorKeys[current.code],
                  !chain.contains(where: { $0.indicator.code == current.code }) {
                let values: LoadedValues
                if chain.isEmpty {
                    values = try await reader.loaded(indicator: currentKey, layout: layout)
                } else if let cached = weightValues[currentKey] {
                    values = cached
                } else {
                    values = try await reader.loaded(indicator: currentKey, layout: layout)
                    weightValues[currentKey] = values
                }
                for period in values.periods { _ = axis.column(period) }
                chain.append((current, values))
                guard current.dataType.aggregation == .weightedMean, let weight = current.aggregationCode,
                      let weightIndicator = catalog.indicators[weight], !weightIndicator.isFormula else { break }
                next = weightIndicator
            }
            // From the top of the chain down: each level's full values are the weights of the one below.
            var weights: ValueGrid?
            var computed = ValueGrid(areaCount: 0, periodCount: 0)
            var loaded = computed
            for (current, values) in chain.reversed() {
                loaded = axis.grid(values, areaCount: layout.keyOfSlot.count)
                computed = Aggregator.aggregate(rule: current.dataType.aggregation, loaded: loaded,
                                                weights: weights, steps: layout.steps)
                var full = loaded
                for i in 0..<full.raw.count where full.raw[i].isNaN { full.raw[i] = computed.raw[i] }
                weights = full
            }
            // One vector per level and period that received a computed value, filled by walking the level's grid
            // slots (no key is hashed per value); in level then period order.
            var rows: [ObservationWriter.Vector] = []
            let periodCount = computed.periodCount
            for (r, run) in runs.enumerated() {
                for period in 0..<periodCount {
                    var filled = 0
                    scratch[r].withUnsafeMutableBufferPointer { vector in
                        for i in 0..<run.gridSlots.count {
                            let value = computed.raw[Int(run.gridSlots[i]) * periodCount + period]
                            guard !value.isNaN else { continue }
                            if filled == 0 { vector.update(repeating: .nan) }
                            vector[Int(run.levelSlots[i])] = value
                            filled += 1
                        }
                    }
                    guard filled > 0 else { continue }
                    count += filled
                    rows.append(ObservationWriter.Vector(indicator: key, level: run.level, period: axis.labels[period],
                                                         origin: .aggregated, text: ValueVector.encode(scratch[r])))
                }
            }
            try await writer.deleteAggregated(indicator: key)
            try await writer.upsert(rows)
            written += count
        }
        return written
    }
}
