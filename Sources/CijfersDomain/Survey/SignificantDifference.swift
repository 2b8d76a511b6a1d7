import Foundation

/// Whether one survey percentage is significantly higher or lower than another: a two-sided two-proportion z-test
/// at α = 0.05.
public enum SignificantDifference: String, Sendable, Hashable, CaseIterable {
    case higher
    case lower
    case notSignificant = "not_significant"

    /// The two samples are taken as independent:
    ///
    ///     pooled = (p₁n₁ + p₂n₂) / (n₁ + n₂)
    ///     z      = (p₁ − p₂) / √( pooled(1 − pooled)(1/n₁ + 1/n₂) )
    ///
    /// significant when |z| > 1.96 (z₀.₉₇₅). Two equal percentages, or two at 0 % or both at 100 % (no variance),
    /// are not significantly different. Compared with a reference that contains the area (a gemeente with
    /// Vlaanderen), the samples overlap; taking them as independent overstates the variance of the difference a
    /// little, so the test errs on the side of "not significant".
    public static func test(_ first: SurveyEstimate, _ second: SurveyEstimate) -> SignificantDifference {
        let p1 = first.proportion, n1 = first.sampleSize
        let p2 = second.proportion, n2 = second.sampleSize
        let pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
        let variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2)
        guard variance > 0, p1 != p2 else { return .notSignificant }
        let z = (p1 - p2) / variance.squareRoot()
        guard abs(z) > ConfidenceInterval.z95 else { return .notSignificant }
        return z > 0 ? .higher : .lower
    }
}
