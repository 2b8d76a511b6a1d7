import Platform

/// Gathers an indicator's loaded values for aggregation: areas as grid slots, periods numbered as met.
struct LoadedCollector {
    var values = LoadedValues()
    private var periodIndices: [String: Int32] = [:]

    /// The number of a period, given on first sight.
    mutating func periodIndex(_ period: String) -> Int32 {
        if let known = periodIndices[period] { return known }
        let index = Int32(values.periods.count)
        periodIndices[period] = index
        values.periods.append(period)
        return index
    }

    mutating func add(gridSlot: Int, period: Int32, value: Double) {
        values.slots.append(Int32(gridSlot))
        values.periodIndices.append(period)
        values.values.append(value)
    }
}
