import Testing
@testable import CijfersDomain

/// Expected numbers worked out by hand from the formulas (z = 1.959964, z² = 3.841459); 0 of 10 → 0–0.2775 is also one
/// of the worked examples of Newcombe (1998), "Two-sided confidence intervals for the single proportion", method 3.
@Suite("Survey estimates: Wilson interval and two-proportion test")
struct SurveyEstimateTests {
    private func estimate(_ percentage: Double, _ n: Double) throws -> SurveyEstimate {
        try #require(SurveyEstimate(percentage: percentage, sampleSize: n))
    }

    private func close(_ a: Double, _ b: Double, within: Double = 0.005) -> Bool { abs(a - b) <= within }

    @Test func halfOfAHundred() throws {
        // p = 0.5, n = 100: centre = (0.5 + 0.019207) / 1.038415 = 0.5;
        // half = 1.959964 / 1.038415 · √(0.0025 + 0.000096037) = 1.887455 · 0.050951 = 0.096168 → 40.38–59.62 %
        let interval = try estimate(50, 100).interval
        #expect(close(interval.lower, 40.383))
        #expect(close(interval.upper, 59.617))
    }

    @Test func aLargeSampleIsNarrow() throws {
        // p = 0.423, n = 1000: centre = (0.423 + 0.0019207) / 1.0038415 = 0.423295; half = 0.030563 → 39.27–45.39 %
        let interval = try estimate(42.3, 1000).interval
        #expect(close(interval.lower, 39.273))
        #expect(close(interval.upper, 45.386))
    }

    @Test func zeroPercentStillHasAnUpperBound() throws {
        // 0 of 10: centre = 0.192073 / 1.384146 = 0.138766 = half → 0–27.75 % (Newcombe: 0.0000–0.2775)
        let interval = try estimate(0, 10).interval
        #expect(interval.lower == 0)
        #expect(close(interval.upper, 27.753))
    }

    @Test func hundredPercentStillHasALowerBound() throws {
        // 10 of 10: the mirror image of 0 of 10 → 72.25–100 %
        let interval = try estimate(100, 10).interval
        #expect(close(interval.lower, 72.247))
        #expect(interval.upper == 100)
    }

    @Test func oneRespondentGivesAWideIntervalInsideTheScale() throws {
        // 1 of 1: centre = 2.920730 / 4.841459 = 0.603265, half = 0.404832 · 0.979983 = 0.396728 → 20.65–100 %
        let yes = try estimate(100, 1).interval
        #expect(close(yes.lower, 20.655))
        #expect(yes.upper == 100)
        // 0 of 1: 0–79.35 %
        let no = try estimate(0, 1).interval
        #expect(no.lower == 0)
        #expect(close(no.upper, 79.345))
    }

    @Test func noSampleNoEstimate() {
        #expect(SurveyEstimate(percentage: 40, sampleSize: nil) == nil)
        #expect(SurveyEstimate(percentage: 40, sampleSize: 0) == nil)
        #expect(SurveyEstimate(percentage: 40, sampleSize: -5) == nil)
        #expect(SurveyEstimate(percentage: 40, sampleSize: .nan) == nil)
        #expect(SurveyEstimate(percentage: 140, sampleSize: 100) == nil)
        #expect(SurveyEstimate(percentage: -1, sampleSize: 100) == nil)
    }

    @Test func aSuppressedValueOrSampleGivesNoEstimate() {
        #expect(SurveyEstimate(published: .suppressed, sampleSize: .ok(500)) == nil)
        #expect(SurveyEstimate(published: .ok(40), sampleSize: .suppressed) == nil)
        #expect(SurveyEstimate(published: .ok(40), sampleSize: .missing(.sourceSuppressed)) == nil)
        #expect(SurveyEstimate(published: .ok(40), sampleSize: .noData) == nil)
        #expect(SurveyEstimate(published: .ok(40), sampleSize: nil) == nil)
        #expect(SurveyEstimate(published: .ok(40), sampleSize: .ok(0)) == nil)
        #expect(SurveyEstimate(published: .ok(40), sampleSize: .ok(500)) == SurveyEstimate(percentage: 40, sampleSize: 500))
    }

    @Test func boundsAreRoundedLikeTheValue() throws {
        let interval = try estimate(50, 100).interval.rounded(RoundOff(step: 0.1))
        #expect(interval == ConfidenceInterval(lower: 40.4, upper: 59.6))
        #expect(try estimate(50, 100).interval.rounded(nil) == estimate(50, 100).interval)
    }

    @Test func twoProportionTest() throws {
        // 55 % vs 50 %, 1000 each: pooled 0.525, se = √(0.525 · 0.475 · 0.002) = 0.022333, z = 2.239 > 1.96
        #expect(try estimate(55, 1000).compared(with: estimate(50, 1000)) == .higher)
        #expect(try estimate(50, 1000).compared(with: estimate(55, 1000)) == .lower)
        // the same difference with 400 each: se = 0.035311, z = 1.416 → not significant
        #expect(try estimate(55, 400).compared(with: estimate(50, 400)) == .notSignificant)
        // 30 % of 500 vs 40 % of 600: pooled 0.354545, se = 0.028967, z = −3.452 → lower
        #expect(try estimate(30, 500).compared(with: estimate(40, 600)) == .lower)
    }

    @Test func noVarianceIsNoDifference() throws {
        #expect(try estimate(0, 50).compared(with: estimate(0, 900)) == .notSignificant)
        #expect(try estimate(100, 50).compared(with: estimate(100, 900)) == .notSignificant)
        #expect(try estimate(42, 50).compared(with: estimate(42, 900)) == .notSignificant)
        // 0 of 1000 against 10 of 1000 is a real difference: pooled 0.005, se = 0.003154, z = −3.17
        #expect(try estimate(0, 1000).compared(with: estimate(1, 1000)) == .lower)
    }
}
