/// Small-number suppression. A value is hidden when its threshold base (the threshold indicator, else the
/// sample indicator, else the aggregation indicator, else the value itself) is below the threshold value.
/// Zero is always shown: 'nobody' reveals nothing about a person.
public struct PrivacyRule: Sendable, Hashable {
    public let thresholdValue: Double?
    /// The indicator whose value is compared; equal to the indicator itself when no other is set.
    public let baseCode: String
    public let roundOff: RoundOff?

    public init(indicator: Indicator) {
        thresholdValue = indicator.thresholdValue
        baseCode = indicator.thresholdBaseCode
        roundOff = indicator.roundOff
    }

    public var needsBase: Bool { thresholdValue != nil }

    /// Decides what may be published for `value`, given the value of the threshold base in the same area and period.
    /// `base` is ignored when the base is the indicator itself.
    public func publish(_ value: ObservationValue?, base: ObservationValue?, baseIsSelf: Bool) -> PublishedValue {
        guard let value else { return .noData }
        guard case .number(let number) = value else {
            if case .missing(let code) = value { return .missing(code) }
            return .noData
        }
        guard number.isFinite else { return .noData }
        if let threshold = thresholdValue, number != 0 {
            let baseValue = baseIsSelf ? value : base
            // Without a known base we cannot show that the value is safe, so it stays hidden.
            guard case .number(let baseNumber)? = baseValue, abs(baseNumber) >= threshold else { return .suppressed }
        }
        return .ok(roundOff?.apply(number) ?? number)
    }
}
