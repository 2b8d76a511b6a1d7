import Foundation

/// The client's perspective: what support changed per life domain between the first and the latest measurement of
/// that domain, and whether an improvement lasted.
public enum DemadOutcome {
    /// Whether an improvement over the intake held.
    public enum Lasting: String, Sendable, CaseIterable, Codable {
        /// Improved, and still improved at a measurement at least N months after the first improvement, with no
        /// measurement in between falling back to the intake score or lower.
        case lasting
        /// Improved, but no measurement N months after the first improvement yet.
        case tooEarly
        /// Improved, then fell back to the intake score or lower within the N months.
        case fellBack
        /// Never better than at intake.
        case noImprovement
    }

    public enum Direction: String, Sendable, CaseIterable, Codable {
        case improved, same, worse
    }

    /// One domain of one case.
    public struct DomainChange: Sendable, Hashable {
        public let domain: String
        public let first: Int
        public let latest: Int
        public let firstDay: DemadDay
        public let latestDay: DemadDay
        public let lasting: Lasting

        public var change: Int { latest - first }
        public var direction: Direction { change > 0 ? .improved : change < 0 ? .worse : .same }
    }

    /// The change per domain of a case: only domains scored at least twice (a change needs two measurements).
    /// `lastingMonths` is N from the frame.
    public static func changes(of demadCase: DemadCase, lastingMonths: Int, through day: DemadDay? = nil) -> [DomainChange] {
        var series: [String: [(DemadDay, Int)]] = [:]
        for measurement in demadCase.measurements where day.map({ measurement.day <= $0 }) ?? true {
            for (domain, score) in measurement.scores { series[domain, default: []].append((measurement.day, score)) }
        }
        return series.keys.sorted().compactMap { domain in
            let points = series[domain]!
            guard points.count >= 2, let first = points.first, let latest = points.last else { return nil }
            return DomainChange(domain: domain, first: first.1, latest: latest.1, firstDay: first.0, latestDay: latest.0,
                                lasting: lasting(points, months: lastingMonths))
        }
    }

    /// The lasting rule on one domain's scores in day order (the first is the intake).
    public static func lasting(_ points: [(DemadDay, Int)], months: Int) -> Lasting {
        guard let intake = points.first?.1, let firstBetter = points.firstIndex(where: { $0.1 > intake }) else { return .noImprovement }
        let due = points[firstBetter].0.adding(months: months)
        for point in points[firstBetter...] {
            if point.1 <= intake { return .fellBack }
            if point.0 >= due { return .lasting }
        }
        return .tooEarly
    }

    /// A case's overall lasting status: lasting when any domain lasted and no domain is below its intake at its
    /// latest measurement; else the best status among its domains (too early before fell back before none).
    public static func caseLasting(_ changes: [DomainChange]) -> Lasting {
        let statuses = Set(changes.map(\.lasting))
        if statuses.contains(.lasting) && !changes.contains(where: { $0.direction == .worse }) { return .lasting }
        if statuses.contains(.tooEarly) { return .tooEarly }
        if statuses.contains(.fellBack) || statuses.contains(.lasting) { return .fellBack }
        return .noImprovement
    }

    /// The figures of one domain over many cases.
    public struct DomainSummary: Sendable, Hashable {
        public let domain: String
        /// Cases with a change in this domain.
        public let cases: Int
        public let meanChange: Double?
        public let improved: Int
        public let same: Int
        public let worse: Int
        public let lasting: Int
        public let tooEarly: Int
        public let fellBack: Int

        public var improvedShare: Double? { cases == 0 ? nil : Double(improved) / Double(cases) }

        public init(domain: String, cases: Int, meanChange: Double?, improved: Int, same: Int, worse: Int, lasting: Int, tooEarly: Int, fellBack: Int) {
            self.domain = domain
            self.cases = cases
            self.meanChange = meanChange
            self.improved = improved
            self.same = same
            self.worse = worse
            self.lasting = lasting
            self.tooEarly = tooEarly
            self.fellBack = fellBack
        }
    }

    /// Per domain of the frame, in its order: number of cases, mean change, improved/same/worse, lasting counts.
    public static func summary(_ cases: [DemadCase], scale: DemadScale, through day: DemadDay? = nil) -> [DomainSummary] {
        var byDomain: [String: [DomainChange]] = [:]
        for demadCase in cases {
            for change in changes(of: demadCase, lastingMonths: scale.lastingMonths, through: day) { byDomain[change.domain, default: []].append(change) }
        }
        return scale.domainCodes.map { domain in
            let list = byDomain[domain] ?? []
            let total = list.reduce(0) { $0 + $1.change }
            return DomainSummary(
                domain: domain, cases: list.count, meanChange: list.isEmpty ? nil : Double(total) / Double(list.count),
                improved: list.filter { $0.direction == .improved }.count, same: list.filter { $0.direction == .same }.count,
                worse: list.filter { $0.direction == .worse }.count, lasting: list.filter { $0.lasting == .lasting }.count,
                tooEarly: list.filter { $0.lasting == .tooEarly }.count, fellBack: list.filter { $0.lasting == .fellBack }.count)
        }
    }

    /// How many cases per overall lasting status (cases without any change left out).
    public static func lastingCounts(_ cases: [DemadCase], scale: DemadScale) -> [Lasting: Int] {
        var counts: [Lasting: Int] = [:]
        for demadCase in cases {
            let list = changes(of: demadCase, lastingMonths: scale.lastingMonths)
            guard !list.isEmpty else { continue }
            counts[caseLasting(list), default: 0] += 1
        }
        return counts
    }

    /// Goals over the cases that state any: goals set, reached, and cases with all their goals reached.
    public static func goals(_ cases: [DemadCase]) -> (cases: Int, set: Int, reached: Int, allReached: Int) {
        let stated = cases.compactMap(\.goals)
        return (stated.count, stated.reduce(0) { $0 + $1.set }, stated.reduce(0) { $0 + $1.reached },
                stated.filter { $0.set > 0 && $0.reached >= $0.set }.count)
    }

    /// One quarter of the trend: the cases with a follow-up measured in it, and their mean change over all domains
    /// (between each domain's first score and its score at that follow-up).
    public struct QuarterPoint: Sendable, Hashable {
        public let quarter: DemadQuarter
        public let cases: Int
        public let meanChange: Double?
        public let improvedShare: Double?
    }

    /// The outcome per quarter, from the first to the last quarter with a follow-up measurement.
    public static func trend(_ cases: [DemadCase], scale: DemadScale) -> [QuarterPoint] {
        var perQuarter: [DemadQuarter: [Double]] = [:]
        for demadCase in cases {
            for measurement in demadCase.measurements.dropFirst() {
                let list = changes(of: demadCase, lastingMonths: scale.lastingMonths, through: measurement.day)
                    .filter { $0.latestDay == measurement.day }
                guard !list.isEmpty else { continue }
                perQuarter[measurement.day.quarter, default: []].append(Double(list.reduce(0) { $0 + $1.change }) / Double(list.count))
            }
        }
        guard let first = perQuarter.keys.min(), let last = perQuarter.keys.max() else { return [] }
        return DemadQuarter.range(first, last).map { quarter in
            let values = perQuarter[quarter] ?? []
            return QuarterPoint(quarter: quarter, cases: values.count,
                                meanChange: values.isEmpty ? nil : values.reduce(0, +) / Double(values.count),
                                improvedShare: values.isEmpty ? nil : Double(values.filter { $0 > 0 }.count) / Double(values.count))
        }
    }
}
