/// What an own group of areas adds up to, each figure named for the statistic it is: the sum of the members'
/// values, their plain (unweighted) mean and their median. Members without a value (suppressed, missing) count in
/// none of them, and `missing` says how many there were, so a total over a part of the group is never taken for the
/// whole.
public struct GroupSummary: Sendable, Equatable {
    public let count: Int
    public let missing: Int
    public let sum: Double?
    public let mean: Double?
    public let median: Double?

    public init(_ values: [Double?]) {
        let known = values.compactMap { $0 }.filter(\.isFinite)
        count = known.count
        missing = values.count - known.count
        guard !known.isEmpty else {
            sum = nil
            mean = nil
            median = nil
            return
        }
        let total = known.reduce(0, +)
        sum = total
        mean = total / Double(known.count)
        let sorted = known.sorted()
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
