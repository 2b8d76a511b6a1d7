import Foundation

/// How thousands are grouped in Dutch numbers.
public enum ThousandsSeparator: Sendable, Hashable {
    /// 12.345,6 — what Flemish readers expect in running text and tables.
    case dot
    /// 12 345,6 with a narrow no-break space (U+202F), so a number never wraps across lines.
    case thinSpace
    /// 12345,6 — for years and codes that must not be grouped.
    case none

    var text: String {
        switch self {
        case .dot: "."
        case .thinSpace: "\u{202F}"
        case .none: ""
        }
    }
}

/// Dutch number formatting done by hand: `NumberFormatter` depends on the ICU data and locale of the
/// server, and a chart must read the same in every environment.
public enum DutchNumberFormat {
    /// Formats `value` with exactly `decimals` decimals (0...10), a decimal comma and grouped thousands.
    /// Halves round away from zero (2,5 → 3), as readers of statistical tables expect; a value that
    /// rounds to zero never shows as "-0". NaN shows as "-", the mark for a missing figure.
    public static func string(_ value: Double, decimals: Int, thousands: ThousandsSeparator = .dot) -> String {
        guard !value.isNaN else { return "-" }
        guard value.isFinite else { return value > 0 ? "∞" : "-∞" }
        let places = min(max(decimals, 0), 10)
        let scaled = (value.magnitude * pow(10, Double(places))).rounded(.toNearestOrAwayFromZero)

        var digits: String
        if scaled < 9.0e15 {
            // Exact integer arithmetic while Double still represents every integer.
            digits = String(UInt64(scaled))
        } else if scaled.isFinite {
            digits = String(format: "%.0f", scaled)
        } else {
            // Astronomically large: give up on decimals rather than print "inf".
            return (value < 0 ? "-" : "") + group(String(format: "%.0f", value.magnitude), with: thousands.text)
        }
        if digits.count <= places {
            digits = String(repeating: "0", count: places + 1 - digits.count) + digits
        }
        let integerPart = String(digits.dropLast(places))
        let fractionPart = String(digits.suffix(places))
        let negative = value < 0 && scaled != 0
        var result = negative ? "-" : ""
        result += group(integerPart, with: thousands.text)
        if places > 0 {
            result += ","
            result += fractionPart
        }
        return result
    }

    /// The number followed by its unit: "12,3%" for percentages (Dutch style keeps them together),
    /// "1.234,5 kWh" with a no-break space for other units, so the unit never wraps to a new line.
    public static func string(_ value: Double, decimals: Int, unit: String, thousands: ThousandsSeparator = .dot)
        -> String
    {
        let number = string(value, decimals: decimals, thousands: thousands)
        return attach(unit: unit, to: number)
    }

    static func attach(unit: String, to number: String) -> String {
        let trimmed = unit.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return number }
        if trimmed == "%" || trimmed == "‰" { return number + trimmed }
        return number + "\u{00A0}" + trimmed
    }

    private static func group(_ integerDigits: String, with separator: String) -> String {
        guard !separator.isEmpty, integerDigits.count > 3 else { return integerDigits }
        var result = ""
        let characters = Array(integerDigits)
        for (index, character) in characters.enumerated() {
            if index > 0 && (characters.count - index) % 3 == 0 {
                result += separator
            }
            result.append(character)
        }
        return result
    }

    /// The fewest decimals (up to `maximum`) that keep neighbouring values of an ascending list distinct
    /// once formatted, for legends whose bounds come from the data and have no precision of their own.
    static func decimalsDistinguishing(_ values: [Double], maximum: Int = 4) -> Int {
        let finite = values.filter(\.isFinite)
        for places in 0...maximum {
            let formatted = finite.map { string($0, decimals: places, thousands: .none) }
            var distinct = true
            for index in formatted.indices.dropFirst()
            where formatted[index] == formatted[index - 1] && finite[index] != finite[index - 1] {
                distinct = false
                break
            }
            if distinct { return places }
        }
        return maximum
    }
}
