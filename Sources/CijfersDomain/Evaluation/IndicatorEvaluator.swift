/// Turns stored values into what may be published, for any indicator: stored ones are read, formula
/// indicators are computed from their components (recursively, across periods), and every result passes the
/// indicator's privacy rule and rounding. Pure: the caller fetches the stored values it needs first
/// (see `storedDependencies`).
///
/// One evaluator serves one request: it computes each formula indicator once per area and period, and stops
/// computing once the request has used `workBudget` steps (then `exceededBudget` is true and the caller must
/// refuse the request: the values it gave are incomplete).
public final class IndicatorEvaluator {
    public typealias Values = [ObservationKey: ObservationValue]

    private let indicators: [String: Indicator]
    private let formulas: [String: Formula]
    private let stored: [String: Values]
    private var graph: FormulaGraph
    private var computed: [Key: ObservationValue?] = [:]
    // Codes and periods by number, so a request's many computed values take little memory.
    private var codeNumbers: [String: Int32] = [:]
    private var periodNumbers: [String: Int32] = [:]

    private struct Key: Hashable {
        let code: Int32
        let period: Int32
        let area: Int
    }

    private func key(_ code: String, area: Int, period: String) -> Key {
        Key(code: Self.number(code, in: &codeNumbers), period: Self.number(period, in: &periodNumbers), area: area)
    }

    private static func number(_ text: String, in numbers: inout [String: Int32]) -> Int32 {
        if let number = numbers[text] { return number }
        let number = Int32(numbers.count)
        numbers[text] = number
        return number
    }

    /// Steps (formula evaluations plus component reads) one request may take: far above any sensible
    /// selection, far below what would keep a server busy for long.
    public static let maximumWork = 5_000_000
    public let workBudget: Int
    /// Formula values computed so far: each formula indicator, area and period counts once.
    public private(set) var evaluations = 0
    /// Steps taken so far: formula evaluations plus component reads.
    public private(set) var work = 0
    /// True once the work exceeded the budget: values given since are missing, not computed.
    public var exceededBudget: Bool { work > workBudget }

    /// Cells hidden by secondary suppression (`SecondarySuppression`), per stored indicator: published as suppressed.
    private let hidden: [String: Set<ObservationKey>]
    private var formulaSuppressed: [Key: Bool] = [:]

    public init(indicators: [String: Indicator], formulas: [String: Formula], stored: [String: Values],
                workBudget: Int = IndicatorEvaluator.maximumWork, hidden: [String: Set<ObservationKey>] = [:]) {
        self.indicators = indicators
        self.formulas = formulas
        self.stored = stored
        self.hidden = hidden
        self.workBudget = workBudget
        graph = FormulaGraph(indicators: indicators, formulas: formulas)
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
    /// A formula in a cycle or nested deeper than `FormulaCost.maximumDepth` has none.
    public func raw(_ code: String, area: Int, period: String) -> ObservationValue? {
        guard let indicator = indicators[code] else { return nil }
        guard indicator.isFormula else { return stored[code]?[ObservationKey(area: area, period: period)] }
        let cacheKey = key(code, area: area, period: period)
        if let known = computed[cacheKey] { return known }
        guard let formula = formulas[code], !exceededBudget,
              graph.depth(of: code) <= FormulaCost.maximumDepth else { return nil }
        evaluations += 1
        work += 1
        let result = formula.evaluate { reference in
            work += 1
            guard !exceededBudget, let target = reference.periodOffset == 0
                ? period : Period(period).offset(by: reference.periodOffset)?.label
            else { return nil }
            // threshold() decides only whether the component may be used: the published value is rounded
            // for output, and a formula must compute with the stored precision.
            if reference.thresholded, published(reference.code, area: area, period: target).status != .ok {
                return nil
            }
            return raw(reference.code, area: area, period: target)?.number
        }
        let value = result.map(ObservationValue.number)
        // A value cut short by the budget is not kept: the request is refused anyway.
        if !exceededBudget { computed[cacheKey] = .some(value) }
        return value
    }

    /// The value as it may leave the server.
    public func published(_ code: String, area: Int, period: String) -> PublishedValue {
        guard let indicator = indicators[code] else { return .noData }
        let rule = PrivacyRule(indicator: indicator)
        let value = raw(code, area: area, period: period)
        let baseIsSelf = rule.baseCode == code
        let base = rule.needsBase && !baseIsSelf ? raw(rule.baseCode, area: area, period: period) : nil
        let published = rule.publish(value, base: base, baseIsSelf: baseIsSelf)
        return published.status == .ok && hiddenByComplement(indicator, area: area, period: period) ? .suppressed : published
    }

    /// Secondary suppression, and for a formula: suppressed wherever a value it reads (not through `threshold()`)
    /// is suppressed, so that a share with a shown denominator cannot give a hidden count back.
    private func hiddenByComplement(_ indicator: Indicator, area: Int, period: String) -> Bool {
        guard indicator.isFormula else {
            return hidden[indicator.code]?.contains(ObservationKey(area: area, period: period)) ?? false
        }
        guard let formula = formulas[indicator.code] else { return false }
        let cacheKey = key(indicator.code, area: area, period: period)
        if let known = formulaSuppressed[cacheKey] { return known }
        formulaSuppressed[cacheKey] = false // a cycle stops here
        let result = formula.references.contains { reference in
            guard !reference.thresholded, let target = reference.periodOffset == 0
                ? period : Period(period).offset(by: reference.periodOffset)?.label else { return false }
            return published(reference.code, area: area, period: target).status == .suppressed
        }
        formulaSuppressed[cacheKey] = result
        return result
    }
}
