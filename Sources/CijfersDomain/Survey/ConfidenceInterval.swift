import Foundation

/// A 95 % confidence interval of a percentage, in percent (0–100).
public struct ConfidenceInterval: Sendable, Hashable {
    public let lower: Double
    public let upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// z for a two-sided 95 % interval: the 97.5th percentile of the standard normal distribution.
    public static let z95 = 1.959963984540054

    /// The Wilson score interval of a proportion p from n respondents, clamped to 0–100 %:
    ///
    ///     centre = (p + z²/2n) / (1 + z²/n)
    ///     half   = z / (1 + z²/n) · √( p(1−p)/n + z²/4n² )
    ///
    /// Why Wilson and not the textbook (Wald) interval p ± z·√(p(1−p)/n): the Wald interval is too narrow for small
    /// samples, runs below 0 % or above 100 % near the edges, and collapses to a single point at p = 0 or p = 1
    /// (0 of 12 respondents would read as "exactly 0 %, no uncertainty"). Wilson stays inside 0–100 %, is never
    /// empty, and keeps close to its 95 % coverage even for small n and values near 0 or 100 %; for large samples
    /// and middle values the two agree.
    public static func wilson(_ estimate: SurveyEstimate) -> ConfidenceInterval {
        let p = estimate.proportion
        let n = estimate.sampleSize
        let z2 = z95 * z95
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z95 / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        // At p = 0 and p = 1 one bound is exactly 0 % or 100 %; floating point would leave it a hair off.
        let lower = p == 0 ? 0 : max(0, centre - half)
        let upper = p == 1 ? 1 : min(1, centre + half)
        return ConfidenceInterval(lower: lower * 100, upper: upper * 100)
    }

    /// The bounds rounded as the value is published (`RoundOff`), still within 0–100.
    public func rounded(_ roundOff: RoundOff?) -> ConfidenceInterval {
        guard let roundOff else { return self }
        return ConfidenceInterval(lower: min(max(roundOff.apply(lower), 0), 100),
                                  upper: min(max(roundOff.apply(upper), 0), 100))
    }
}
