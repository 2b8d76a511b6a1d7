/// Why a formula could not be read, and where.
///
/// The reason is plain Dutch because it is shown as-is to the statisticians
/// who type formulas in the indicator editor; the position lets the editor
/// point at the offending spot.
public struct FormulaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based character offset in the source. One past the last character
    /// means "at the end" (for example when a closing parenthesis is missing).
    public let position: Int
    /// Plain Dutch explanation, e.g. "sluitend haakje ontbreekt".
    public let reason: String

    public init(position: Int, reason: String) {
        self.position = position
        self.reason = reason
    }

    public var description: String { "positie \(position): \(reason)" }
}
