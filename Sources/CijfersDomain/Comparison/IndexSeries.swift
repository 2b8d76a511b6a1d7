/// A series turned into an index: every value divided by the value of the base period, times 100, so that lines of
/// very different size can be compared by their growth. The base period is the first period (in the order given)
/// with a value; an area whose figures start later gets its own, later base, and the page says so.
public enum IndexSeries {
    public struct Result: Sendable, Equatable {
        /// The period that is 100; nil when the series has no usable base.
        public let basePeriod: String?
        /// The index per period, from the base period on; periods without a value are left out.
        public let values: [String: Double]
        public let problem: Problem?
    }

    public enum Problem: Sendable, Equatable {
        /// No period has a value.
        case noValue
        /// The first value is zero: every later value would be infinitely many times as large.
        case zeroBase(period: String)
    }

    /// - Parameters:
    ///   - points: the values in period order; nil (suppressed, missing) is a gap.
    ///   - base: what the base period becomes (100: "eerste jaar = 100").
    public static func indexed(_ points: [(period: String, value: Double?)], base: Double = 100) -> Result {
        guard let first = points.firstIndex(where: { $0.value.map(\.isFinite) ?? false }),
              let baseValue = points[first].value
        else { return Result(basePeriod: nil, values: [:], problem: .noValue) }
        let basePeriod = points[first].period
        guard baseValue != 0 else { return Result(basePeriod: nil, values: [:], problem: .zeroBase(period: basePeriod)) }
        var values: [String: Double] = [:]
        for point in points[first...] {
            guard let value = point.value, value.isFinite else { continue }
            values[point.period] = value / baseValue * base
        }
        return Result(basePeriod: basePeriod, values: values, problem: nil)
    }
}
