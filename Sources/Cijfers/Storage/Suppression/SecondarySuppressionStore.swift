import Platform
import CijfersDomain
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// The cells secondary suppression hides, worked out per indicator over the whole area hierarchy and every period
/// (never from what one request asks, or two requests together could reveal what each hides), and kept per data
/// version: after an import the next request works it out again.
///
/// Only stored indicators with a threshold that add up take part: a count or amount as it is, a ratio or mean as
/// value × weight (its aggregation indicator), which is what a visitor would sum. Formula indicators follow their
/// components in `IndicatorEvaluator`.
struct SecondarySuppressionStore {
    let sql: any SQLDatabase
    let catalog: Catalog

    /// For each of `codes` that takes part, the cells (area × period) to publish as suppressed besides those the
    /// privacy rule hides.
    func hidden(for codes: Set<String>) async throws -> [String: Set<ObservationKey>] {
        var result: [String: Set<ObservationKey>] = [:]
        for code in codes.sorted() {
            guard let plan = Plan(code: code, catalog: catalog) else { continue }
            if let known = SecondarySuppressionCache.shared.cells(for: plan.cacheKey) {
                if !known.isEmpty { result[code] = known }
                continue
            }
            let cells = try await compute(plan)
            SecondarySuppressionCache.shared.store(cells, for: plan.cacheKey)
            if !cells.isEmpty { result[code] = cells }
        }
        return result
    }

    /// What one indicator needs: its own values, its threshold base and (for a ratio) its weight.
    struct Plan {
        let indicator: Indicator
        let rule: PrivacyRule
        let weightCode: String?
        let cacheKey: SecondarySuppressionCache.Key

        init?(code: String, catalog: Catalog) {
            guard let indicator = catalog.indicators[code], !indicator.isFormula, indicator.thresholdValue != nil,
                  catalog.indicatorKeys[code] != nil else { return nil }
            let aggregation = indicator.dataType.aggregation
            guard aggregation != .none else { return nil }
            self.indicator = indicator
            rule = PrivacyRule(indicator: indicator)
            weightCode = aggregation == .weightedMean ? indicator.aggregationCode : nil
            if aggregation == .weightedMean && weightCode == nil { return nil }
            let related = [code, rule.baseCode, weightCode ?? ""]
            cacheKey = .init(code: code, related: related, dataVersion: catalog.dataVersion, catalog: catalog.identity)
        }
    }

    private func compute(_ plan: Plan) async throws -> Set<ObservationKey> {
        let code = plan.indicator.code
        let baseIsSelf = plan.rule.baseCode == code
        let wanted = [code, plan.rule.baseCode, plan.weightCode].compactMap { $0 }
        let keys = Set(wanted.compactMap { catalog.indicatorKeys[$0] })
        // Every level, whatever a viewer may see of it: the same pattern for everyone.
        var values: [Int: [ObservationKey: ObservationValue]] = [:]
        for level in catalog.levels {
            guard let levelKey = catalog.levelKeys[level.code] else { continue }
            let read = try await ObservationReader(sql: sql, catalog: catalog).values(indicators: Array(keys), level: levelKey, areas: nil)
            for (indicator, cells) in read { values[indicator, default: [:]].merge(cells) { first, _ in first } }
        }
        guard let own = catalog.indicatorKeys[code].flatMap({ values[$0] }) else { return [] }
        let base = catalog.indicatorKeys[plan.rule.baseCode].flatMap { values[$0] } ?? [:]
        let weights = plan.weightCode.flatMap { catalog.indicatorKeys[$0] }.flatMap { values[$0] } ?? [:]
        var byPeriod: [String: [Int: ObservationValue]] = [:]
        for (key, value) in own { byPeriod[key.period, default: [:]][key.area] = value }
        let candidates = SecondarySuppression.relations(hierarchy: catalog.hierarchy)
        let codes = catalog.areas.mapValues(\.code)
        var hidden = Set<ObservationKey>()
        for (period, cells) in byPeriod {
            var numbers: [Int: Double] = [:]
            var primary = Set<Int>()
            for (area, value) in cells {
                guard case .number(let number) = value, number.isFinite else { continue }
                let key = ObservationKey(area: area, period: period)
                if plan.rule.publish(value, base: base[key], baseIsSelf: baseIsSelf).status == .suppressed {
                    primary.insert(area)
                }
                if plan.weightCode != nil {
                    // A ratio adds up as value × weight; without a weight it adds nothing to its parent.
                    guard case .number(let weight)? = weights[key], weight.isFinite else { continue }
                    numbers[area] = number * weight
                } else {
                    numbers[area] = number
                }
            }
            guard !primary.isEmpty else { continue }
            let relations = SecondarySuppression.exact(candidates, values: numbers)
            for area in SecondarySuppression.complement(values: numbers, primary: primary, relations: relations, codes: codes) {
                hidden.insert(ObservationKey(area: area, period: period))
            }
        }
        return hidden
    }
}

/// The patterns per indicator and data version, shared by every request of the process. Bounded: past
/// `maximumEntries` the entries of older data versions go first, then all.
final class SecondarySuppressionCache: Sendable {
    struct Key: Hashable, Sendable {
        let code: String
        let related: [String]
        let dataVersion: Int64
        /// The catalog it was worked out from: two databases in one process (the tests run many) never share one.
        let catalog: UUID
    }

    static let shared = SecondarySuppressionCache()
    static let maximumEntries = 512
    private let entries = NIOLockedValueBox<[Key: Set<ObservationKey>]>([:])

    func cells(for key: Key) -> Set<ObservationKey>? {
        entries.withLockedValue { $0[key] }
    }

    func store(_ cells: Set<ObservationKey>, for key: Key) {
        entries.withLockedValue { entries in
            if entries.count >= Self.maximumEntries {
                entries = entries.filter { $0.key.dataVersion >= key.dataVersion }
                if entries.count >= Self.maximumEntries { entries = [:] }
            }
            entries[key] = cells
        }
    }
}
