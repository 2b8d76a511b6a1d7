import PlannenDomain
import Testing

/// The indicator rule with hand-worked numbers: required = (target − baseline) ÷ years to target, observed =
/// (latest − baseline) ÷ years since baseline, ratio = observed ÷ required.
@Suite("Indicators and milestones")
struct IndicatorTests {
    /// Share of trips by bike: 50 % in 2024, 70 % in 2031, higher is better. Required: 20 ÷ 7 = 2,857 a year.
    func bikeShare(_ observations: [Int: Double], baseline: YearValue? = YearValue(year: 2024, value: 50)) -> IndicatorAssessment {
        PlanIndicator(code: "fietsaandeel", name: "Aandeel fietsverplaatsingen", unit: "%", baseline: baseline,
                      target: YearValue(year: 2031, value: 70), direction: .higherIsBetter,
                      observations: observations).assessment()
    }

    @Test func theVerdictFollowsTheRatio() throws {
        // 54 in 2026: observed 4 ÷ 2 = 2 a year; ratio 2 ÷ 2,857 = 0,70 → needs acceleration.
        let slow = bikeShare([2025: 52, 2026: 54])
        #expect(slow.verdict == .needsAcceleration)
        #expect(abs((slow.ratio ?? 0) - 0.7) < 1e-9)
        #expect(slow.latest == YearValue(year: 2026, value: 54))
        #expect(slow.explanation.dutch == "Vereiste jaarlijkse verandering: (70 − 50) ÷ (2031 − 2024) = 2,86 per jaar. "
                + "Waargenomen jaarlijkse verandering: (54 − 50) ÷ (2026 − 2024) = 2 per jaar. "
                + "Verhouding 2 ÷ 2,86 = 0,7 → versnelling nodig (0,6 ≤ verhouding < 0,95).")
        #expect(slow.explanation.english.hasSuffix("Ratio 2 ÷ 2.86 = 0.7 → needs acceleration (0.6 ≤ ratio < 0.95)."))
        // 56: observed 3 a year; ratio 1,05 → on track.
        #expect(bikeShare([2026: 56]).verdict == .onTrack)
        // 51: observed 0,5 a year; ratio 0,175 → limited.
        #expect(bikeShare([2026: 51]).verdict == .limited)
        // 48: observed −1 a year; ratio −0,35 → moving away.
        #expect(bikeShare([2026: 48]).verdict == .movingAway)
        // 71 in 2027 is past the target of 70 → achieved, whatever the ratio.
        #expect(bikeShare([2027: 71]).verdict == .achieved)
    }

    @Test func lowerIsBetterCountsTheOtherWay() {
        // CO2 of the city's own buildings: 100 in 2020, target 60 in 2030 → required −4 a year.
        func co2(_ value: Double, in year: Int) -> IndicatorVerdict {
            PlanIndicator(code: "co2", name: "CO2-uitstoot stadsgebouwen", baseline: YearValue(year: 2020, value: 100),
                          target: YearValue(year: 2030, value: 60), direction: .lowerIsBetter,
                          observations: [year: value]).assessment().verdict
        }
        // 80 in 2025: −4 a year, ratio 1 → on track.
        #expect(co2(80, in: 2025) == .onTrack)
        // 92 in 2025: −1,6 a year, ratio 0,4 → limited.
        #expect(co2(92, in: 2025) == .limited)
        // 105: up instead of down → moving away.
        #expect(co2(105, in: 2025) == .movingAway)
        // 58 is below the target of 60 → achieved.
        #expect(co2(58, in: 2028) == .achieved)
    }

    @Test func missingBaselineOrDataIsSaidSo() {
        #expect(bikeShare([2026: 55], baseline: nil).verdict == .noBaseline)
        // Only a value in the baseline year itself: no change can be measured yet.
        let none = bikeShare([2024: 50, 2023: 49])
        #expect(none.verdict == .noData)
        #expect(none.explanation.dutch == "Er is geen meting na de nulmeting van 2024.")
        #expect(bikeShare([:]).verdict == .noData)
    }

    @Test func theBandsHaveTheirBoundaries() {
        #expect(IndicatorAssessment.verdict(ratio: 0.95) == .onTrack)
        #expect(IndicatorAssessment.verdict(ratio: 0.949) == .needsAcceleration)
        #expect(IndicatorAssessment.verdict(ratio: 0.6) == .needsAcceleration)
        #expect(IndicatorAssessment.verdict(ratio: 0.599) == .limited)
        #expect(IndicatorAssessment.verdict(ratio: 0) == .limited)
        #expect(IndicatorAssessment.verdict(ratio: -0.01) == .movingAway)
    }

    @Test func milestonesShowShareDoneAndOverdue() throws {
        let series = MilestoneSeries(milestones: [
            Milestone(title: "Aanbesteding", due: try #require(day("2026-03-31")), doneOn: day("2026-03-20")),
            Milestone(title: "Ontwerp", due: try #require(day("2026-06-30"))),
            Milestone(title: "Vergunning", due: try #require(day("2026-09-30"))),
            Milestone(title: "Start werken", due: try #require(day("2027-01-15"))),
        ])
        // 1 of 4 done.
        #expect(series.shareDone == 0.25)
        // On 30 September: Ontwerp is late; Vergunning is due that very day, so not late yet.
        #expect(series.overdue(asOf: try #require(day("2026-09-30"))).map(\.title) == ["Ontwerp"])
        #expect(series.overdue(asOf: try #require(day("2026-10-01"))).map(\.title) == ["Ontwerp", "Vergunning"])
        #expect(MilestoneSeries(milestones: []).shareDone == nil)
    }
}
