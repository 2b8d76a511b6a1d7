/// Combines the values of one indicator up the area hierarchy.
///
/// Counts are summed; ratios and means are weighted by their aggregation indicator
/// (Σ value × weight / Σ weight). A value loaded directly for a parent area overrides what would be computed,
/// and it is that value which counts further up. Missing codes follow Swing: 'empty' and 'not applicable'
/// add nothing, 'suppressed by the source' and 'no answer' make the total unknown.
public enum Aggregator {
    /// Computes the values of every level above the loaded ones.
    /// - Parameters:
    ///   - loaded: the values as loaded, at any level.
    ///   - weights: for `.weightedMean`, the weight indicator's values at every level (loaded and aggregated).
    /// - Returns: the computed values only; keys present in `loaded` are never returned.
    public static func aggregate(
        rule: AggregationRule,
        loaded: [ObservationKey: ObservationValue],
        weights: [ObservationKey: ObservationValue] = [:],
        steps: [AggregationStep]
    ) -> [ObservationKey: ObservationValue] {
        guard rule != .none else { return [:] }
        var computed: [ObservationKey: ObservationValue] = [:]
        var known = loaded
        // Index values by area so each step only touches the areas of its child level.
        var periodsByArea: [Int: [String]] = [:]
        for key in loaded.keys { periodsByArea[key.area, default: []].append(key.period) }

        for step in steps {
            var groups: [ObservationKey: Accumulator] = [:]
            for (child, parent) in step.parentOf {
                guard let periods = periodsByArea[child] else { continue }
                for period in periods {
                    let childKey = ObservationKey(area: child, period: period)
                    guard let value = known[childKey] else { continue }
                    let parentKey = ObservationKey(area: parent, period: period)
                    if loaded[parentKey] != nil { continue }
                    let weight = rule == .weightedMean ? weights[childKey] : nil
                    groups[parentKey, default: Accumulator()].add(value, weight: weight, rule: rule)
                }
            }
            for (key, accumulator) in groups {
                guard let value = accumulator.result(rule: rule) else { continue }
                computed[key] = value
                known[key] = value
                periodsByArea[key.area, default: []].append(key.period)
            }
        }
        return computed
    }
}

/// The running total for one parent area and period.
struct Accumulator {
    private var sum = CompensatedSum()
    private var weightSum = CompensatedSum()
    private var counted = 0
    private var breaking: MissingCode?
    private var sawEmpty = false
    private var sawNotApplicable = false

    mutating func add(_ value: ObservationValue, weight: ObservationValue?, rule: AggregationRule) {
        switch value {
        case .missing(let code):
            note(code)
        case .number(let number):
            if rule == .weightedMean {
                switch weight {
                case .number(let w)?:
                    sum.add(number * w)
                    weightSum.add(w)
                    counted += 1
                case .missing(let code)?:
                    note(code)
                case nil:
                    // A ratio without its weight cannot be combined honestly.
                    sawEmpty = true
                }
            } else {
                sum.add(number)
                counted += 1
            }
        }
    }

    private mutating func note(_ code: MissingCode) {
        switch code {
        case .sourceSuppressed: breaking = .sourceSuppressed
        case .noAnswer: if breaking == nil { breaking = .noAnswer }
        case .empty: sawEmpty = true
        case .notApplicable: sawNotApplicable = true
        }
    }

    func result(rule: AggregationRule) -> ObservationValue? {
        if let breaking { return .missing(breaking) }
        if counted == 0 {
            if sawEmpty { return .missing(.empty) }
            if sawNotApplicable { return .missing(.notApplicable) }
            return nil
        }
        if rule == .weightedMean {
            guard weightSum.value != 0 else { return .missing(.notApplicable) }
            return .number(sum.value / weightSum.value)
        }
        return .number(sum.value)
    }
}
