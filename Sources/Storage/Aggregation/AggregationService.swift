import CijfersDomain
import SQLKit

/// Recomputes the stored aggregates of indicators after their data or the area links changed.
/// Works in memory on the loaded values (Aggregator is pure) and writes the results in bulk.
struct AggregationService {
    let sql: any SQLDatabase
    let catalog: Catalog

    /// - Returns: the number of computed values written.
    func reaggregate(indicatorCodes: Set<String>) async throws -> Int {
        let affected = indicatorCodes.compactMap { catalog.indicators[$0] }.filter { !$0.isFormula }
        guard !affected.isEmpty else { return 0 }
        // Weights are needed at every level, so they are aggregated too (in memory only, unless affected).
        let weightCodes = Set(affected.compactMap(\.aggregationCode)).filter { catalog.indicators[$0]?.isFormula == false }
        let needed = Set(affected.map(\.code)).union(weightCodes)
        let keys = needed.compactMap { catalog.indicatorKeys[$0] }
        let loaded = try await ObservationReader(sql: sql).loaded(indicators: keys)
        let steps = catalog.hierarchy.aggregationSteps()

        var full: [String: [ObservationKey: ObservationValue]] = [:]
        func compute(_ code: String) -> [ObservationKey: ObservationValue] {
            guard let indicator = catalog.indicators[code], let key = catalog.indicatorKeys[code] else { return [:] }
            let own = loaded[key] ?? [:]
            var weights: [ObservationKey: ObservationValue] = [:]
            if indicator.dataType.aggregation == .weightedMean, let weight = indicator.aggregationCode, weight != code {
                weights = full[weight] ?? {
                    let w = compute(weight)
                    full[weight] = w
                    return w
                }()
            }
            let computed = Aggregator.aggregate(
                rule: indicator.dataType.aggregation, loaded: own, weights: weights, steps: steps)
            return own.merging(computed) { loadedValue, _ in loadedValue }
        }

        let writer = ObservationWriter(sql: sql)
        var written = 0
        for indicator in affected.sorted(by: { $0.code < $1.code }) {
            guard let key = catalog.indicatorKeys[indicator.code] else { continue }
            let values = full[indicator.code] ?? compute(indicator.code)
            full[indicator.code] = values
            let own = loaded[key] ?? [:]
            var rows: [ObservationRow] = []
            rows.reserveCapacity(values.count - own.count)
            for (observationKey, value) in values where own[observationKey] == nil {
                guard let area = catalog.areas[observationKey.area],
                      let level = catalog.levelKeys[area.levelCode] else { continue }
                rows.append(ObservationRow(
                    indicator: key, level: level, area: observationKey.area,
                    period: observationKey.period, value: value.raw, origin: .aggregated))
            }
            try await writer.deleteAggregated(indicator: key)
            try await writer.upsert(rows)
            written += rows.count
        }
        return written
    }
}
