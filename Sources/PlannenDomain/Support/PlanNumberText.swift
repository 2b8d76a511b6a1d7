import Foundation

/// Numbers as text for explanations: 66,7 in Dutch and 66.7 in English, whole numbers without decimals.
public enum PlanNumberText {
    /// Rounds to `digits` decimals and drops trailing zeros: 66.666 → "66,7", 40.0 → "40".
    public static func dutch(_ value: Double, digits: Int = 1) -> String {
        plain(value, digits: digits).replacingOccurrences(of: ".", with: ",")
    }

    /// As `dutch` with a decimal point: 66.666 → "66.7".
    public static func english(_ value: Double, digits: Int = 1) -> String {
        plain(value, digits: digits)
    }

    static func plain(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "?" : (value > 0 ? "∞" : "-∞") }
        var text = String(format: "%.\(max(0, digits))f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        // A value that rounds to zero is written without a minus sign.
        if text == "-0" { text = "0" }
        return text
    }

    /// The shortest text that reads back as exactly the same Double, with a decimal comma and never an exponent:
    /// 45.5 → "45,5", 100 → "100". Used by the CSV export so that a round trip is exact.
    public static func exact(_ value: Double) -> String {
        var text: String
        if value == value.rounded(), abs(value) < 1e15 {
            text = String(Int64(value))
        } else {
            text = "\(value)"
            if text.contains("e") || text.contains("E") {
                text = String(format: "%.12f", value)
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
        }
        return text.replacingOccurrences(of: ".", with: ",")
    }
}
