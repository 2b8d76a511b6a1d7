import Foundation

/// `round(x)` and `round(x, n)`: half away from zero, as in Excel and Swing.
enum FormulaRounding {
    /// Swift prints doubles with a '.', whatever the server's locale; the
    /// parser must read them the same way.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `value` rounded to `digits` decimals (negative digits round to tens,
    /// hundreds, …), or nil when the result would not be finite.
    static func round(_ value: Double, digits: Int) -> Double? {
        let result: Double
        if digits == 0 {
            result = value.rounded(.toNearestOrAwayFromZero)
        } else if let decimal = roundDecimally(value, digits: digits) {
            result = decimal
        } else {
            result = roundBinary(value, digits: digits)
        }
        return result.isFinite ? result : nil
    }

    /// Rounds the number as it is written rather than as it is stored.
    /// 2.675 is stored as 2.67499999…, so scaling by 100 and rounding gives
    /// 2.67, while everyone (and Excel) expects 2.68. Rounding the shortest
    /// decimal representation of the double avoids that surprise.
    private static func roundDecimally(_ value: Double, digits: Int) -> Double? {
        if value == 0 { return value }
        // Stay well inside Decimal's range (38 significant digits, exponent
        // about ±128); outside it the binary method is exact enough.
        let magnitude = abs(value)
        guard magnitude >= 1e-60, magnitude <= 1e60, abs(digits) <= 60,
              var decimal = Decimal(string: "\(value)", locale: posix)
        else { return nil }
        var rounded = Decimal()
        // `.plain` rounds halves away from zero for both signs.
        NSDecimalRound(&rounded, &decimal, digits, .plain)
        guard let result = Double(rounded.description), result.isFinite else { return nil }
        return result
    }

    private static func roundBinary(_ value: Double, digits: Int) -> Double {
        if digits > 0 {
            // From 2^52 up every double is a whole number: nothing to round,
            // and scaling back and forth could only lose precision.
            if abs(value) >= 0x1p52 { return value }
            let factor = pow(10, Double(digits))
            let scaled = value * factor
            // Too large to have that many decimals stored: nothing to round.
            guard factor.isFinite, scaled.isFinite else { return value }
            return scaled.rounded(.toNearestOrAwayFromZero) / factor
        }
        let divisor = pow(10, Double(-digits))
        // Rounding to a multiple of 10^400 or so: every double rounds to 0.
        guard divisor.isFinite else { return 0 }
        return (value / divisor).rounded(.toNearestOrAwayFromZero) * divisor
    }
}
