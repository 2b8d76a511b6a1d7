/// The status of an indicator against its target, with the numbers and the reasoning.
///
/// The rule:
/// - no baseline → no baseline; no observation after the baseline year → no data;
/// - the latest value has reached the target in the indicator's direction (≥ when higher is better, ≤ when lower is
///   better) → achieved;
/// - otherwise required annual change = (target − baseline) ÷ (target year − baseline year), observed annual change =
///   (latest − baseline) ÷ (latest year − baseline year), ratio = observed ÷ required:
///   ratio ≥ 0,95 on track; 0,6 ≤ ratio < 0,95 needs acceleration; 0 ≤ ratio < 0,6 limited; ratio < 0 moving away;
/// - a target year at or before the baseline year counts as one year after it; a target equal to the baseline that
///   is not reached counts as moving away.
public struct IndicatorAssessment: Sendable, Hashable, Codable {
    public let verdict: IndicatorVerdict
    public let requiredAnnualChange: Double?
    public let observedAnnualChange: Double?
    public let ratio: Double?
    public let latest: YearValue?
    public let explanation: PlanText

    public init(_ indicator: PlanIndicator) {
        let latest = indicator.latest
        self.latest = latest
        guard let baseline = indicator.baseline else {
            (verdict, requiredAnnualChange, observedAnnualChange, ratio) = (.noBaseline, nil, nil, nil)
            explanation = PlanText(dutch: "Er is geen nulmeting, dus de vooruitgang kan niet worden bepaald.",
                                        english: "There is no baseline, so progress cannot be determined.")
            return
        }
        guard let latest else {
            (verdict, requiredAnnualChange, observedAnnualChange, ratio) = (.noData, nil, nil, nil)
            explanation = PlanText(
                dutch: "Er is geen meting na de nulmeting van \(baseline.year).",
                english: "There is no observation after the baseline of \(baseline.year).")
            return
        }
        let target = indicator.target
        let required = (target.value - baseline.value) / Double(max(target.year - baseline.year, 1))
        let observed = (latest.value - baseline.value) / Double(latest.year - baseline.year)
        requiredAnnualChange = required
        observedAnnualChange = observed
        let reached = indicator.direction == .higherIsBetter ? latest.value >= target.value : latest.value <= target.value
        let text = IndicatorAssessment.numbers(baseline: baseline, target: target, latest: latest,
                                               required: required, observed: observed)
        if reached {
            (verdict, ratio) = (.achieved, required == 0 ? nil : observed / required)
            explanation = PlanText(
                dutch: "\(text.dutch) De laatste waarde \(PlanNumberText.dutch(latest.value, digits: 2)) (\(latest.year)) haalt het doel \(PlanNumberText.dutch(target.value, digits: 2)) → doel bereikt.",
                english: "\(text.english) The latest value \(PlanNumberText.english(latest.value, digits: 2)) (\(latest.year)) meets the target \(PlanNumberText.english(target.value, digits: 2)) → target achieved.")
            return
        }
        guard required != 0 else {
            (verdict, ratio) = (.movingAway, nil)
            explanation = PlanText(
                dutch: "\(text.dutch) Het doel is de nulmeting zelf en de laatste waarde haalt het niet → beweegt weg van het doel.",
                english: "\(text.english) The target is the baseline itself and the latest value misses it → moving away from the target.")
            return
        }
        let ratio = observed / required
        self.ratio = ratio
        verdict = IndicatorAssessment.verdict(ratio: ratio)
        explanation = PlanText(
            dutch: "\(text.dutch) Verhouding \(PlanNumberText.dutch(observed, digits: 2)) ÷ \(PlanNumberText.dutch(required, digits: 2)) = \(PlanNumberText.dutch(ratio, digits: 2)) → \(verdict.label.dutch) (\(IndicatorAssessment.band(verdict, decimal: ",")))." ,
            english: "\(text.english) Ratio \(PlanNumberText.english(observed, digits: 2)) ÷ \(PlanNumberText.english(required, digits: 2)) = \(PlanNumberText.english(ratio, digits: 2)) → \(verdict.label.english) (\(IndicatorAssessment.band(verdict, decimal: "."))).")
    }

    /// The band of the ratio.
    public static func verdict(ratio: Double) -> IndicatorVerdict {
        switch ratio {
        case 0.95...: .onTrack
        case 0.6..<0.95: .needsAcceleration
        case 0..<0.6: .limited
        default: .movingAway
        }
    }

    private static func band(_ verdict: IndicatorVerdict, decimal: String) -> String {
        let text: String
        switch verdict {
        case .onTrack: text = "ratio ≥ 0.95"
        case .needsAcceleration: text = "0.6 ≤ ratio < 0.95"
        case .limited: text = "0 ≤ ratio < 0.6"
        default: text = "ratio < 0"
        }
        return decimal == "," ? text.replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "ratio", with: "verhouding") : text
    }

    private static func numbers(baseline: YearValue, target: YearValue, latest: YearValue,
                                required: Double, observed: Double) -> PlanText {
        func line(_ n: (Double) -> String, _ requiredWord: String, _ observedWord: String, _ perYear: String) -> String {
            "\(requiredWord): (\(n(target.value)) − \(n(baseline.value))) ÷ (\(max(target.year, baseline.year + 1)) − \(baseline.year)) = \(n(required)) \(perYear). "
                + "\(observedWord): (\(n(latest.value)) − \(n(baseline.value))) ÷ (\(latest.year) − \(baseline.year)) = \(n(observed)) \(perYear)."
        }
        return PlanText(
            dutch: line({ PlanNumberText.dutch($0, digits: 2) }, "Vereiste jaarlijkse verandering", "Waargenomen jaarlijkse verandering", "per jaar"),
            english: line({ PlanNumberText.english($0, digits: 2) }, "Required annual change", "Observed annual change", "per year"))
    }
}
