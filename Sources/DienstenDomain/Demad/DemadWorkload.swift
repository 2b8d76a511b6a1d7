import Foundation

/// The staff's perspective: how heavy a case is, and how the weight of the open cases is spread over the workers.
public enum DemadWorkload {
    /// A case's weight and what made it: base + low domains × their weight + urgent domains × theirs + language
    /// support, capped at the maximum. Domains are counted on the latest score of each (through `day`); a case
    /// without any score weighs the base.
    public struct Weight: Sendable, Hashable {
        public let value: Double
        public let lowDomains: Int
        public let urgentDomains: Int
        public let languageSupport: Bool
        public let capped: Bool
    }

    public static func weight(of demadCase: DemadCase, weighting: DemadScale.Weighting, through day: DemadDay? = nil) -> Weight {
        let scores = demadCase.latestScores(through: day).values
        let low = scores.filter { $0 <= weighting.lowScore }.count
        let urgent = scores.filter { $0 <= weighting.urgentScore }.count
        let raw = weighting.base + Double(low) * weighting.perLowDomain + Double(urgent) * weighting.perUrgentDomain
            + (demadCase.languageSupport ? weighting.languageSupport : 0)
        return Weight(value: min(raw, weighting.maximum), lowDomains: low, urgentDomains: urgent, languageSupport: demadCase.languageSupport,
                      capped: raw > weighting.maximum)
    }

    /// One worker's caseload: the open cases and the sum of their weights.
    public struct Caseload: Sendable, Hashable {
        public let workerID: Int
        public let cases: Int
        public let weight: Double
    }

    /// The caseload of every worker with an open case on `day`, heaviest first (ties by worker id). Cases without a
    /// worker are left out (`unassigned` counts them).
    public static func caseloads(_ cases: [DemadCase], weighting: DemadScale.Weighting, on day: DemadDay) -> [Caseload] {
        var load: [Int: (Int, Double)] = [:]
        for demadCase in cases where demadCase.isOpen(on: day) {
            guard let worker = demadCase.workerID else { continue }
            let weight = Self.weight(of: demadCase, weighting: weighting, through: day).value
            load[worker, default: (0, 0)].0 += 1
            load[worker, default: (0, 0)].1 += weight
        }
        return load.map { Caseload(workerID: $0.key, cases: $0.value.0, weight: $0.value.1) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.workerID < $1.workerID }
    }

    public static func unassigned(_ cases: [DemadCase], on day: DemadDay) -> Int {
        cases.filter { $0.isOpen(on: day) && $0.workerID == nil }.count
    }

    /// How evenly weights are spread: min, median, max, mean and the Gini coefficient (0 = everyone carries the
    /// same, towards 1 = one carries everything): the mean absolute difference between all pairs / (2 × mean).
    public struct Spread: Sendable, Hashable {
        public let workers: Int
        public let minimum: Double
        public let median: Double
        public let maximum: Double
        public let mean: Double
        public let gini: Double
    }

    public static func spread(_ values: [Double]) -> Spread? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let n = sorted.count
        let median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        let mean = sorted.reduce(0, +) / Double(n)
        var differences = 0.0
        for a in sorted { for b in sorted { differences += abs(a - b) } }
        let gini = mean == 0 ? 0 : differences / (2 * Double(n * n) * mean)
        return Spread(workers: n, minimum: sorted[0], median: median, maximum: sorted[n - 1], mean: mean, gini: gini)
    }

    /// One quarter of the workload trend: open cases, total weight and the spread over workers at the quarter's end.
    public struct QuarterPoint: Sendable, Hashable {
        public let quarter: DemadQuarter
        public let openCases: Int
        public let totalWeight: Double
        public let spread: Spread?
    }

    /// The workload at the end of every quarter from the first opening to `through`'s quarter. Workers are the
    /// ones assigned now: a case that changed hands counts for its current worker over its whole life.
    public static func trend(_ cases: [DemadCase], weighting: DemadScale.Weighting, through day: DemadDay) -> [QuarterPoint] {
        guard let first = cases.map(\.opened).min() else { return [] }
        return DemadQuarter.range(first.quarter, day.quarter).map { quarter in
            let end = min(quarter.lastDay, day)
            let loads = caseloads(cases, weighting: weighting, on: end)
            return QuarterPoint(quarter: quarter, openCases: cases.filter { $0.isOpen(on: end) }.count,
                                totalWeight: cases.filter { $0.isOpen(on: end) }.reduce(0) { $0 + weight(of: $1, weighting: weighting, through: end).value },
                                spread: spread(loads.map(\.weight)))
        }
    }
}
