/// One value a formula reads: an indicator, in a period relative to the one
/// being computed, optionally only when it is not privacy-suppressed.
///
/// The evaluator hands these to the caller's lookup, so the caller (which
/// knows about periods, areas and suppression) decides what each one means.
public struct FormulaReference: Sendable, Hashable, CustomStringConvertible {
    /// The indicator code, exactly as written in the formula.
    public let code: String
    /// 0 for the period being computed; the `data_from_period` offset
    /// otherwise (-1 is the previous period, +1 the next).
    public let periodOffset: Int
    /// True inside `threshold(...)`: the caller must report the value as
    /// missing when it is privacy-suppressed.
    public let thresholded: Bool

    public init(code: String, periodOffset: Int = 0, thresholded: Bool = false) {
        self.code = code
        self.periodOffset = periodOffset
        self.thresholded = thresholded
    }

    /// The formula text that produces this reference, handy in messages and logs.
    public var description: String {
        if thresholded { return "threshold(\(code))" }
        if periodOffset != 0 {
            let offset = periodOffset > 0 ? "+\(periodOffset)" : "\(periodOffset)"
            return "data_from_period(\(code),\"\(offset)\")"
        }
        return code
    }
}
