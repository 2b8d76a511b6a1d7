/// How an indicator is doing against its target; see `IndicatorAssessment` for the rule.
public enum IndicatorVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    case achieved
    case onTrack
    case needsAcceleration
    case limited
    case movingAway
    case noData
    case noBaseline

    public var label: LocalizedText {
        switch self {
        case .achieved: LocalizedText(dutch: "doel bereikt", english: "target achieved")
        case .onTrack: LocalizedText(dutch: "op koers", english: "on track")
        case .needsAcceleration: LocalizedText(dutch: "versnelling nodig", english: "needs acceleration")
        case .limited: LocalizedText(dutch: "beperkte vooruitgang", english: "limited progress")
        case .movingAway: LocalizedText(dutch: "beweegt weg van het doel", english: "moving away from the target")
        case .noData: LocalizedText(dutch: "geen gegevens", english: "no data")
        case .noBaseline: LocalizedText(dutch: "geen nulmeting", english: "no baseline")
        }
    }
}
