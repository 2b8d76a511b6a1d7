import Platform
import CijfersDomain

/// The answer to a selection: every indicator × area × period with its publishable value.
/// Suppressed values are already gone: `value` is nil and the status says why.
public struct DataTable: Sendable {
    public struct Cell: Sendable {
        public let indicator: String
        public let area: Catalog.AreaEntry
        public let period: String
        public let value: PublishedValue
        /// For a survey indicator (`Indicator.surveyProportion`): the published value with its published sample size,
        /// nil when either is not shown (suppressed, missing, zero). Pages use it to test differences.
        public var estimate: SurveyEstimate? = nil

        /// The 95 % confidence interval as published: rounded like the value, only where there is an estimate.
        public var interval: ConfidenceInterval? { estimate.map { $0.interval.rounded(roundOff) } }
        var roundOff: RoundOff? = nil
    }

    public let indicators: [Indicator]
    public let level: AreaLevel
    public let areas: [Catalog.AreaEntry]
    public let periods: [String]
    /// Ordered by indicator, then area (display order), then period.
    public let cells: [Cell]
}
