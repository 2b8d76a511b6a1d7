import Foundation

/// One measurement of a case: the day, a score per domain that was scored (domains left out were not scored), and
/// optionally the goals agreed and reached so far.
public struct DemadMeasurement: Sendable, Hashable, Codable {
    public let day: DemadDay
    public let scores: [String: Int]
    public let goalsSet: Int?
    public let goalsReached: Int?

    public init(day: DemadDay, scores: [String: Int], goalsSet: Int? = nil, goalsReached: Int? = nil) {
        self.day = day
        self.scores = scores
        self.goalsSet = goalsSet
        self.goalsReached = goalsReached
    }
}

/// A case as the rules see it: pseudonymous (an id only), its worker, when it was opened and closed, whether the
/// client needs language support, and its measurements.
public struct DemadCase: Sendable, Hashable {
    public let id: Int
    public let workerID: Int?
    public let opened: DemadDay
    public let closed: DemadDay?
    public let languageSupport: Bool
    /// Sorted by day, oldest first.
    public let measurements: [DemadMeasurement]

    public init(id: Int, workerID: Int?, opened: DemadDay, closed: DemadDay? = nil, languageSupport: Bool = false,
                measurements: [DemadMeasurement]) {
        self.id = id
        self.workerID = workerID
        self.opened = opened
        self.closed = closed
        self.languageSupport = languageSupport
        self.measurements = measurements.sorted { $0.day < $1.day }
    }

    /// Open on `day`: opened on or before it and not closed before it.
    public func isOpen(on day: DemadDay) -> Bool {
        opened <= day && (closed.map { day < $0 } ?? true)
    }

    /// The measurements made on or before `day`.
    public func measurements(through day: DemadDay) -> [DemadMeasurement] { measurements.filter { $0.day <= day } }

    /// The latest score of each domain (on or before `day` when given).
    public func latestScores(through day: DemadDay? = nil) -> [String: Int] {
        var latest: [String: Int] = [:]
        for measurement in measurements where day.map({ measurement.day <= $0 }) ?? true {
            for (domain, score) in measurement.scores { latest[domain] = score }
        }
        return latest
    }

    /// The goals of the latest measurement that states them.
    public var goals: (set: Int, reached: Int)? {
        measurements.reversed().lazy.compactMap { m in m.goalsSet.map { ($0, min(m.goalsReached ?? 0, $0)) } }.first
    }
}
