/// Which statistic a group of areas (the 13 centrumsteden) gets for an indicator: the one the indicator's own
/// aggregation rule gives, so that every page shows the same figure and says what it is.
public enum GroupStatistic: String, Sendable, Codable, CaseIterable {
    /// Counts and amounts: the sum of the members.
    case sum
    /// Ratios and means with an aggregation indicator: the mean of the members weighted by it.
    case weightedMean
    /// Formula indicators: the formula applied to the members' totals (a ratio of the sums).
    case formula
    /// Labels, texts, and ratios without a weight: no group figure.
    case none

    public static func of(_ indicator: Indicator) -> GroupStatistic {
        if indicator.isFormula { return .formula }
        switch indicator.dataType.aggregation {
        case .sum: return .sum
        case .weightedMean: return (indicator.aggregationCode ?? "").isEmpty ? .none : .weightedMean
        case .none: return .none
        }
    }
}
