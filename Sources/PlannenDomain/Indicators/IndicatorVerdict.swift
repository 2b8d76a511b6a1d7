/// How an indicator is doing against its target; see `IndicatorAssessment` for the rule.
public enum IndicatorVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    case achieved
    case onTrack
    case needsAcceleration
    case limited
    case movingAway
    case noData
    case noBaseline

    public var label: PlanText {
        switch self {
        case .achieved: PlanText(dutch: "doel bereikt", english: "target achieved")
        case .onTrack: PlanText(dutch: "op koers", english: "on track")
        case .needsAcceleration: PlanText(dutch: "versnelling nodig", english: "needs acceleration")
        case .limited: PlanText(dutch: "beperkte vooruitgang", english: "limited progress")
        case .movingAway: PlanText(dutch: "beweegt weg van het doel", english: "moving away from the target")
        case .noData: PlanText(dutch: "geen gegevens", english: "no data")
        case .noBaseline: PlanText(dutch: "geen nulmeting", english: "no baseline")
        }
    }
}
