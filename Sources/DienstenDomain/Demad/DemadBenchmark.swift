import Foundation

/// The benchmark between cities: per city and domain the number of cases with a change, the mean change and the
/// share improved — aggregates only, never a case — with small-number suppression.
///
/// The rule mirrors Cijfers' `PrivacyRule` (a value whose base is below the threshold is hidden; nothing is shown
/// rather than a guess) with the base being the number of cases:
/// 1. **Primary**: a cell with fewer than K cases (K = `benchmark.minimumCases`) is suppressed. A cell with 0 cases
///    has no data (nobody, nothing to hide).
/// 2. **Secondary**: each domain has a total over the cities (a sum of cases, a weighted mean), so one suppressed
///    cell could be worked out as total − the others. In each domain, as long as the suppressed cells together hold
///    fewer than K cases or only one cell is suppressed, the smallest shown cell is suppressed too (the
///    first city in code order on a tie). What can still be worked out is the suppressed cells together: at least
///    two cities, at least K cases.
/// 3. A total with fewer than K cases is suppressed itself (then every cell of it is below K as well).
public enum DemadBenchmark {
    public enum Suppression: String, Sendable, Codable {
        case primary, secondary
    }

    /// One published figure.
    public enum Cell: Sendable, Hashable {
        case shown(cases: Int, meanChange: Double, improvedShare: Double)
        case suppressed(Suppression)
        case noData

        public var isSuppressed: Bool { if case .suppressed = self { return true }; return false }
    }

    /// What goes in: one city's summary per domain.
    public struct CityInput: Sendable {
        public let city: String
        public let summaries: [DemadOutcome.DomainSummary]

        public init(city: String, summaries: [DemadOutcome.DomainSummary]) {
            self.city = city
            self.summaries = summaries
        }
    }

    public struct Table: Sendable, Hashable {
        public let domains: [String]
        public let cities: [String]
        /// cells[city][domain]
        public let cells: [String: [String: Cell]]
        public let totals: [String: Cell]
        public let minimumCases: Int
    }

    public static func table(_ inputs: [CityInput], domains: [String], minimumCases k: Int) -> Table {
        let cities = inputs.map(\.city).sorted()
        var cells: [String: [String: Cell]] = [:]
        var totals: [String: Cell] = [:]
        let byCity = Dictionary(inputs.map { ($0.city, $0.summaries) }, uniquingKeysWith: { first, _ in first })
        for domain in domains {
            var column: [(city: String, summary: DemadOutcome.DomainSummary?)] = cities.map { city in
                (city, byCity[city]?.first { $0.domain == domain })
            }
            column.sort { $0.city < $1.city }
            var state: [String: Cell] = [:]
            for entry in column {
                guard let summary = entry.summary, summary.cases > 0, let mean = summary.meanChange, let share = summary.improvedShare else {
                    state[entry.city] = .noData
                    continue
                }
                state[entry.city] = summary.cases < k ? .suppressed(.primary) : .shown(cases: summary.cases, meanChange: mean, improvedShare: share)
            }
            // Secondary suppression.
            func suppressedCases() -> (cells: Int, cases: Int) {
                column.reduce((0, 0)) { sum, entry in
                    guard state[entry.city]?.isSuppressed == true else { return sum }
                    return (sum.0 + 1, sum.1 + (entry.summary?.cases ?? 0))
                }
            }
            while case let hidden = suppressedCases(), hidden.cells > 0, hidden.cells < 2 || hidden.cases < k {
                let candidates = column.filter { if case .shown? = state[$0.city] { return true }; return false }
                guard let smallest = candidates.min(by: { ($0.summary?.cases ?? 0, $0.city) < ($1.summary?.cases ?? 0, $1.city) }) else { break }
                state[smallest.city] = .suppressed(.secondary)
            }
            for (city, cell) in state { cells[city, default: [:]][domain] = cell }
            // The total over the cities.
            let present = column.compactMap(\.summary).filter { $0.cases > 0 }
            let totalCases = present.reduce(0) { $0 + $1.cases }
            if totalCases == 0 {
                totals[domain] = .noData
            } else if totalCases < k {
                totals[domain] = .suppressed(.primary)
            } else {
                let sumChange = present.reduce(0.0) { $0 + ($1.meanChange ?? 0) * Double($1.cases) }
                let improved = present.reduce(0) { $0 + $1.improved }
                totals[domain] = .shown(cases: totalCases, meanChange: sumChange / Double(totalCases), improvedShare: Double(improved) / Double(totalCases))
            }
        }
        return Table(domains: domains, cities: cities, cells: cells, totals: totals, minimumCases: k)
    }
}
