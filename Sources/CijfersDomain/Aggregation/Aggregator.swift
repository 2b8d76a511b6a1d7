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
        // Areas and periods to slots, then the grid algorithm; the answer is mapped back to keys.
        var areaSlot: [Int: Int] = [:]
        var areas: [Int] = []
        func slot(_ area: Int) -> Int {
            if let s = areaSlot[area] { return s }
            areaSlot[area] = areas.count
            areas.append(area)
            return areas.count - 1
        }
        let periods = Array(Set(loaded.keys.map(\.period)).union(weights.keys.map(\.period))).sorted()
        let periodSlot = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        for key in loaded.keys { _ = slot(key.area) }
        for key in weights.keys { _ = slot(key.area) }
        for step in steps { for (child, parent) in step.parentOf { _ = slot(child); _ = slot(parent) } }
        func grid(_ values: [ObservationKey: ObservationValue]) -> ValueGrid {
            var grid = ValueGrid(areaCount: areas.count, periodCount: periods.count)
            for (key, value) in values { grid[areaSlot[key.area]!, periodSlot[key.period]!] = value }
            return grid
        }
        let computed = aggregate(rule: rule, loaded: grid(loaded), weights: grid(weights),
                                 steps: steps.map { GridStep($0) { areaSlot[$0] } })
        var result: [ObservationKey: ObservationValue] = [:]
        for area in 0..<areas.count {
            for period in 0..<periods.count {
                if let value = computed[area, period] { result[ObservationKey(area: areas[area], period: periods[period])] = value }
            }
        }
        return result
    }

    /// The same rule on grids: `loaded` and `weights` share their area and period slots.
    /// - Returns: a grid holding the computed values only (NaN wherever a value was loaded or none results).
    public static func aggregate(rule: AggregationRule, loaded: ValueGrid, weights: ValueGrid?,
                                 steps: [GridStep]) -> ValueGrid {
        let periodCount = loaded.periodCount
        var computed = ValueGrid(areaCount: loaded.areaCount, periodCount: periodCount)
        guard rule != .none, periodCount > 0 else { return computed }
        let useWeights = rule == .weightedMean
        var known = loaded.raw
        // Accumulators of the current step, one row per parent in the order parents are first met.
        var row = [Int32](repeating: -1, count: loaded.areaCount)
        for step in steps {
            var parentsMet: [Int32] = []
            var accumulators: [Accumulator] = []
            for i in 0..<step.children.count {
                let child = Int(step.children[i]), parent = Int(step.parents[i])
                for period in 0..<periodCount {
                    let value = known[child * periodCount + period]
                    if value.isNaN || !loaded.raw[parent * periodCount + period].isNaN { continue }
                    if row[parent] < 0 {
                        row[parent] = Int32(parentsMet.count)
                        parentsMet.append(Int32(parent))
                        accumulators.append(contentsOf: repeatElement(Accumulator(), count: periodCount))
                    }
                    var weight: ObservationValue?
                    if useWeights, let w = weights?.raw[child * periodCount + period], !w.isNaN {
                        weight = ObservationValue(raw: w)
                    }
                    accumulators[Int(row[parent]) * periodCount + period]
                        .add(ObservationValue(raw: value), weight: weight, rule: rule)
                }
            }
            for (index, parent) in parentsMet.enumerated() {
                row[Int(parent)] = -1
                for period in 0..<periodCount {
                    guard let value = accumulators[index * periodCount + period].result(rule: rule) else { continue }
                    known[Int(parent) * periodCount + period] = value.raw
                    computed.raw[Int(parent) * periodCount + period] = value.raw
                }
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
