/// The two forms of CSV the site writes. `plain`: comma, decimal point, no byte-order mark — what programs and the
/// API have always read. `belgian`: semicolon, decimal comma and a UTF-8 byte-order mark — what Excel with Belgian
/// (and Dutch, French, German) regional settings opens straight into columns, with numbers as numbers and accents intact.
public enum CSVDialect: String, Sendable, CaseIterable {
    case plain
    case belgian

    public var separator: Character { self == .belgian ? ";" : "," }

    /// The bytes before the first line: the UTF-8 byte-order mark for Excel, nothing for the plain form.
    public var byteOrderMark: String { self == .belgian ? "\u{FEFF}" : "" }

    /// A number as this form writes it: whole numbers without a decimal part, others in the shortest form that reads
    /// back exactly; never a thousands separator (a reader would take it for a decimal one).
    public func number(_ value: Double) -> String {
        let text: String
        if value.rounded() == value, abs(value) < 1e15 {
            text = String(Int64(value))
        } else if value.isFinite, abs(value) < 1e15 {
            text = Self.positional(value)
        } else {
            text = "\(value)"
        }
        return self == .belgian ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// The shortest exact decimal of a value written without an exponent (`1.0E-3` would not read as a number in
    /// every spreadsheet): Swift's shortest form, with its exponent moved into the digits.
    static func positional(_ value: Double) -> String {
        let shortest = "\(value)"
        guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(shortest[shortest.index(after: e)...]) else {
            return shortest
        }
        var mantissa = String(shortest[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        var point = parts[0].count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        var whole = String(digits.prefix(point))
        var fraction = String(digits.dropFirst(point))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if whole.isEmpty { whole = "0" }
        return (negative ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }
}
