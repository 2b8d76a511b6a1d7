import Foundation

/// Figures per theme over the organisations that gave a score. Organisations without a score are counted
/// apart, never as zero.
public struct ThemeStatistics: Sendable, Hashable {
    public let count: Int
    public let missing: Int
    public let median: Double?
    public let mean: Double?
    public let minimum: Double?
    public let maximum: Double?
    /// The population standard deviation of the scores given.
    public let standardDeviation: Double?
    /// How many scores fall on each level, and between each pair (keyed by the lower level).
    public let onLevel: [Int: Int]
    public let betweenLevels: [Int: Int]

    public init(_ scores: [ThemeScore]) {
        let values = scores.compactMap(\.value).sorted()
        count = values.count
        missing = scores.count - values.count
        median = Self.median(values)
        mean = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        minimum = values.first
        maximum = values.last
        if let mean, !values.isEmpty {
            standardDeviation = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)).squareRoot()
        } else {
            standardDeviation = nil
        }
        var on: [Int: Int] = [:]
        var between: [Int: Int] = [:]
        for value in values {
            let lower = Int(value.rounded(.down))
            if Double(lower) == value { on[lower, default: 0] += 1 } else { between[lower, default: 0] += 1 }
        }
        onLevel = on
        betweenLevels = between
    }

    /// The middle value, or the mean of the two middle values for an even count.
    public static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
