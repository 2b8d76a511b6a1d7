/// Turns stored values into what may be published, for any indicator: stored ones are read, formula
/// indicators are computed from their components (recursively, across periods), and every result passes the
/// indicator's privacy rule and rounding. Pure: the caller fetches the stored values it needs first
/// (see `storedDependencies`).
public struct IndicatorEvaluator: Sendable {
    public typealias Values = [ObservationKey: ObservationValue]

    private let indicators: [String: Indicator]
    private let formulas: [String: Formula]
    private let stored: [String: Values]
    /// Formulas nested deeper than this are treated as a cycle and give no value.
    static let maximumDepth = 12

    public init(indicators: [String: Indicator], formulas: [String: Formula], stored: [String: Values]) {
        self.indicators = indicators
        self.formulas = formulas
        self.stored = stored
    }

    /// The stored indicators whose values are needed to publish `codes`: the stored ones themselves,
    /// the components of formulas (transitively) and every threshold base on the way.
    public static func storedDependencies(of codes: [String], indicators: [String: Indicator],
                                          formulas: [String: Formula]) -> Set<String> {
        var needed = Set<String>()
        var seen = Set<String>()
        var queue = codes
        while let code = queue.popLast() {
            guard seen.insert(code).inserted, let indicator = indicators[code] else { continue }
            if indicator.thresholdValue != nil, indicator.thresholdBaseCode != code {
                queue.append(indicator.thresholdBaseCode)
            }
            if indicator.isFormula {
                queue.append(contentsOf: formulas[code]?.codes ?? [])
            } else {
                needed.insert(code)
            }
        }
        return needed
    }

    /// The unsuppressed value: for internal use (aggregation bases, formula components), never for output.
    public func raw(_ code: String, area: Int, period: String, depth: Int = 0) -> ObservationValue? {
        guard let indicator = indicators[code] else { return nil }
        guard indicator.isFormula else { return stored[code]?[ObservationKey(area: area, period: period)] }
        guard depth < Self.maximumDepth, let formula = formulas[code] else { return nil }
        let result = formula.evaluate { reference in
            guard let target = reference.periodOffset == 0
                ? period : Period(period).offset(by: reference.periodOffset)?.label
            else { return nil }
            // threshold() decides only whether the component may be used: the published value is rounded
            // for output, and a formula must compute with the stored precision.
            if reference.thresholded,
               published(reference.code, area: area, period: target, depth: depth + 1).status != .ok {
                return nil
            }
            return raw(reference.code, area: area, period: target, depth: depth + 1)?.number
        }
        return result.map(ObservationValue.number)
    }

    /// The value as it may leave the server.
    public func published(_ code: String, area: Int, period: String, depth: Int = 0) -> PublishedValue {
        guard let indicator = indicators[code] else { return .noData }
        let rule = PrivacyRule(indicator: indicator)
        let value = raw(code, area: area, period: period, depth: depth)
        let baseIsSelf = rule.baseCode == code
        let base = rule.needsBase && !baseIsSelf ? raw(rule.baseCode, area: area, period: period, depth: depth + 1) : nil
        return rule.publish(value, base: base, baseIsSelf: baseIsSelf)
    }
}
