/// A value in a year, e.g. a baseline of 42 % in 2024.
public struct YearValue: Sendable, Hashable, Codable {
    public let year: Int
    public let value: Double

    public init(year: Int, value: Double) {
        self.year = year
        self.value = value
    }
}

/// Which way an indicator should move.
public enum IndicatorDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case higherIsBetter = "hoger is beter"
    case lowerIsBetter = "lager is beter"
}

/// An indicator that measures a doelstelling or actie: where it started, where it should get to, and what was
/// observed since.
public struct PlanIndicator: Sendable, Hashable, Codable {
    public let code: String
    public let name: String
    public let unit: String
    public let baseline: YearValue?
    public let target: YearValue
    public let direction: IndicatorDirection
    /// Year → observed value.
    public let observations: [Int: Double]

    public init(code: String, name: String, unit: String = "", baseline: YearValue?, target: YearValue,
                direction: IndicatorDirection, observations: [Int: Double] = [:]) {
        self.code = code
        self.name = name
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.direction = direction
        self.observations = observations
    }

    /// The latest observation after the baseline year; nil when there is none.
    public var latest: YearValue? {
        let after = observations.filter { year, value in value.isFinite && year > (baseline?.year ?? Int.min) }
        return after.max { $0.key < $1.key }.map { YearValue(year: $0.key, value: $0.value) }
    }

    public func assessment() -> IndicatorAssessment { IndicatorAssessment(self) }
}
