import Foundation

/// Synthetic cases for the demo and the tests: a seeded generator (SplitMix64), so the same seed gives the same
/// cases on every machine. Nothing in it comes from a real client. Each case: an intake on 6–13 domains with
/// scores mostly 1–3, follow-ups every 2–5 months, where a domain rises by one with some chance and falls with a
/// smaller one, goals that are reached along the way, sometimes language support, and about a third closed.
public struct DemadSynthetic: Sendable {
    public struct Case: Sendable, Hashable {
        public let dossier: String
        /// 0 ..< workers
        public let worker: Int
        public let opened: DemadDay
        public let closed: DemadDay?
        public let languageSupport: Bool
        public let measurements: [DemadMeasurement]
    }

    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }

    /// `count` cases with dossier numbers `<prefix>-0001`…, spread over `workers` workers, opened from `start` up to
    /// `months` months later, measured up to `today` (`improvement` tunes how often a domain rises, `domainShare` how many
    /// domains an intake scores).
    public mutating func cases(prefix: String, count: Int, workers: Int, start: DemadDay, months: Int, today: DemadDay,
                               scale: DemadScale, improvement: Double = 0.35, domainShare: Double = 0.7) -> [Case] {
        (1...max(count, 1)).map { number in
            let opened = start.adding(months: int(0...max(months - 1, 0)))
            let intakeDay = DemadDay(year: opened.year, month: opened.month, day: int(1...28))!
            let domains = scale.domainCodes.filter { _ in chance(domainShare) }
            var scores: [String: Int] = [:]
            for domain in domains.isEmpty ? [scale.domainCodes[0]] : domains {
                scores[domain] = [1, 2, 2, 3, 3, 3, 4][int(0...6)]
            }
            let goalsSet = int(1...4)
            var reached = 0
            var measurements = [DemadMeasurement(day: intakeDay, scores: scores, goalsSet: goalsSet, goalsReached: 0)]
            var day = intakeDay
            for _ in 0..<int(0...5) {
                let next = day.adding(months: int(2...5))
                guard next <= today else { break }
                day = next
                for domain in scale.domainCodes {
                    guard let score = scores[domain] else { continue }
                    if score < scale.highestScore && chance(improvement) { scores[domain] = score + 1 }
                    else if score > scale.lowestScore && chance(0.08) { scores[domain] = score - 1 }
                }
                if reached < goalsSet && chance(0.5) { reached += 1 }
                measurements.append(DemadMeasurement(day: day, scores: scores, goalsSet: goalsSet, goalsReached: reached))
            }
            let closed: DemadDay? = measurements.count > 1 && chance(0.35) ? day : nil
            return Case(dossier: "\(prefix)-\(String(format: "%04d", number))", worker: int(0...max(workers - 1, 0)), opened: intakeDay,
                        closed: closed, languageSupport: chance(0.2), measurements: measurements)
        }
    }
}
