import Foundation

/// Swing's RoundOff: the step a published value is rounded to ("1" → whole numbers, "0.1" → one decimal,
/// "100" → hundreds). Applied on output only; stored values keep their precision for aggregation.
public struct RoundOff: Sendable, Hashable, Codable {
    public let step: Double

    public init?(step: Double) {
        guard step.isFinite, step > 0 else { return nil }
        self.step = step
    }

    /// Accepts "1", "0.1", "0,01"; nil for empty or nonsense.
    public init?(_ raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let step = Double(text) else { return nil }
        self.init(step: step)
    }

    /// The number of decimals the step implies (0.1 → 1, 0.25 → 2, 1 → 0, 100 → 0): as many as the step
    /// has when written out, so that every multiple of it shows in full.
    public var decimals: Int {
        var scaled = step
        for decimals in 0..<10 {
            if abs(scaled - scaled.rounded()) <= 1e-9 * max(1, scaled) { return decimals }
            scaled *= 10
        }
        return 10
    }

    public func apply(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        // Only a value (almost) halfway between two steps can round differently in binary than as written;
        // all others take the fast binary path, which a page of 3,000 areas needs.
        let quotient = value / step
        let fraction = abs(quotient - quotient.rounded(.towardZero))
        let nearTie = abs(fraction - 0.5) < 1e-6
        let result = nearTie ? (RoundOff.decimal(value, step: step) ?? binary(value)) : binary(value)
        // −0.04 rounded to 0.1 must read "0", not "-0".
        return result == 0 ? 0 : result
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Rounds the number as it is written, not as it is stored: 0.15 is 0.1499999… in binary and 12.35 / 0.1 is
    /// 123.4999…, so binary arithmetic would publish 0.1 and 12.3 where everyone (and Excel) expects 0.2 and 12.4.
    private static func decimal(_ value: Double, step: Double) -> Double? {
        // Stay well inside Decimal's 38 significant digits; outside this range the binary method is exact enough.
        guard abs(value) <= 1e30, abs(value) >= 1e-30 || value == 0, step >= 1e-10, step <= 1e20,
              let decimalValue = Decimal(string: "\(value)", locale: posix),
              let decimalStep = Decimal(string: "\(step)", locale: posix)
        else { return nil }
        var quotient = decimalValue / decimalStep
        var rounded = Decimal()
        // `.plain` rounds halves away from zero for both signs.
        NSDecimalRound(&rounded, &quotient, 0, .plain)
        return Double((rounded * decimalStep).description)
    }

    private func binary(_ value: Double) -> Double {
        let rounded = (value / step).rounded(.toNearestOrAwayFromZero) * step
        // Re-round to the implied decimals so 0.1 steps give 12.3, not 12.300000000000001.
        let scale = pow(10, Double(decimals))
        return (rounded * scale).rounded() / scale
    }
}
