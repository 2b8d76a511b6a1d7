import Foundation

/// A percentage estimated from a sample (a survey such as the Gemeente-Stadsmonitor): the published percentage
/// (0–100) and the number of respondents it was computed from.
public struct SurveyEstimate: Sendable, Hashable {
    /// The estimate in percent, 0–100.
    public let percentage: Double
    /// The respondents (the sample size), more than zero.
    public let sampleSize: Double

    /// Nil when there is nothing to estimate from: no sample (missing, zero, negative, not finite) or a percentage
    /// outside 0–100.
    public init?(percentage: Double, sampleSize: Double?) {
        guard let sampleSize, sampleSize.isFinite, sampleSize > 0,
              percentage.isFinite, percentage >= 0, percentage <= 100 else { return nil }
        self.percentage = percentage
        self.sampleSize = sampleSize
    }

    /// The estimate behind two published values, or nil unless both may be shown: a suppressed (or otherwise
    /// missing) percentage or sample size gives no estimate, so nothing computed from it can leave the server.
    public init?(published value: PublishedValue, sampleSize: PublishedValue?) {
        guard value.status == .ok, let percentage = value.value,
              let sampleSize, sampleSize.status == .ok else { return nil }
        self.init(percentage: percentage, sampleSize: sampleSize.value)
    }

    var proportion: Double { percentage / 100 }

    /// The 95 % confidence interval (`ConfidenceInterval.wilson`).
    public var interval: ConfidenceInterval { ConfidenceInterval.wilson(self) }

    /// Whether this estimate differs significantly from another, independent one (`SignificantDifference`).
    public func compared(with other: SurveyEstimate) -> SignificantDifference {
        SignificantDifference.test(self, other)
    }
}
