/// One value of a table, as read from a CSV field or an XLSX cell.
///
/// Readers never turn text into numbers themselves: a CSV file only has text, and
/// only the caller knows which columns are meant to be numeric.
public enum Cell: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)
}

extension Cell {
    /// True for `.empty` and for text that holds nothing but whitespace: a person
    /// looking at the sheet sees no value there.
    public var isEmpty: Bool {
        switch self {
        case .empty: return true
        case .number: return false
        case .text(let s): return s.utf8.allSatisfy(isASCIIWhitespace)
        }
    }

    /// The value as a person reads it: trimmed text, or a number written without
    /// a needless ".0" (codes such as 41002 are often stored as numbers in Excel).
    /// `nil` when the cell is empty or holds only whitespace.
    public var text: String? {
        switch self {
        case .empty:
            return nil
        case .text(let s):
            let trimmed = trimmingBlanks(s)
            return trimmed.isEmpty ? nil : trimmed
        case .number(let d):
            return formatNumber(d)
        }
    }

    /// The value as a number. Text is parsed with the given decimal separator
    /// (comma when `decimalComma`, point otherwise); the other separator is only
    /// accepted as thousands grouping in groups of three ("1.234.567,5").
    /// `nil` for empty cells and for text that is not a number.
    public func number(decimalComma: Bool) -> Double? {
        switch self {
        case .empty: return nil
        case .number(let d): return d
        case .text(let s): return parseLocalizedNumber(s, decimalComma: decimalComma)
        }
    }
}

@inline(__always)
func isASCIIWhitespace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
}

/// Trims ASCII whitespace and the no-break space (U+00A0), which spreadsheet users
/// often carry along from copied web pages.
func trimmingBlanks(_ s: String) -> String {
    let scalars = s.unicodeScalars
    func blank(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x80 ? isASCIIWhitespace(UInt8(u.value)) : u.value == 0xA0
    }
    guard let first = scalars.firstIndex(where: { !blank($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !blank($0) })!
    if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return s }
    return String(scalars[first...last])
}

/// Integral values print without a fraction so that codes stored as numbers read
/// back as the code; everything else uses Swift's shortest round-trip form.
func formatNumber(_ d: Double) -> String {
    if d.isFinite, d == d.rounded(.towardZero), abs(d) < 1e15 {
        return String(Int64(d))
    }
    return d.description
}

func parseLocalizedNumber(_ s: String, decimalComma: Bool) -> Double? {
    if let value = parsePlainDecimal(s, decimalComma: decimalComma) { return value }
    let decimalSeparator: UInt8 = decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
    let groupSeparator: UInt8 = decimalComma ? UInt8(ascii: ".") : UInt8(ascii: ",")
    var bytes = Array(trimmingBlanks(s).utf8)
    guard !bytes.isEmpty else { return nil }

    // Grouping is accepted only when every group after the first has exactly three
    // digits; anything else is more likely a typo than a thousands separator.
    if bytes.contains(groupSeparator) {
        var i = 0
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
        var integerEnd = i
        while integerEnd < bytes.count, bytes[integerEnd] != decimalSeparator,
              bytes[integerEnd] != UInt8(ascii: "e"), bytes[integerEnd] != UInt8(ascii: "E") {
            integerEnd += 1
        }
        let integerPart = bytes[i..<integerEnd]
        let groups = integerPart.split(separator: groupSeparator, omittingEmptySubsequences: false)
        guard groups.count > 1,
              let firstGroup = groups.first, (1...3).contains(firstGroup.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              integerPart.allSatisfy({ $0 == groupSeparator || ($0 >= 0x30 && $0 <= 0x39) })
        else { return nil }
        bytes.removeSubrange(i..<integerEnd)
        bytes.insert(contentsOf: integerPart.filter { $0 != groupSeparator }, at: i)
    }
    if decimalComma {
        for k in bytes.indices where bytes[k] == UInt8(ascii: ",") { bytes[k] = UInt8(ascii: ".") }
    }
    // Double(String) also accepts "nan", "inf" and hex floats; table data never
    // means those, so only plain decimal notation is let through.
    var sawDigit = false
    for (k, b) in bytes.enumerated() {
        switch b {
        case 0x30...0x39: sawDigit = true
        case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): continue
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
            if k != 0, bytes[k - 1] != UInt8(ascii: "e"), bytes[k - 1] != UInt8(ascii: "E") { return nil }
        default: return nil
        }
    }
    guard sawDigit else { return nil }
    return Double(String(decoding: bytes, as: UTF8.self))
}

/// Powers of ten that a Double holds exactly.
private let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

/// The fast path for what data files almost always hold: an optional minus, at most 15 digits and at most one
/// decimal separator, nothing else. The digits form an integer below 2^53 and the divisor a power of ten below
/// 10^23, both exact in a Double, so the one division is correctly rounded: the same Double that parsing the
/// text the long way gives. Anything else (blanks, grouping, exponents, long numbers) returns nil for that way.
@inline(__always)
func parsePlainDecimal(_ s: String, decimalComma: Bool) -> Double? {
    let separator: UInt8 = decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
    var mantissa: Int64 = 0
    var digits = 0
    var fraction = -1
    var negative = false
    var first = true
    for b in s.utf8 {
        if b >= 0x30 && b <= 0x39 {
            mantissa = mantissa &* 10 &+ Int64(b &- 0x30)
            digits += 1
            if fraction >= 0 { fraction += 1 }
        } else if b == separator && fraction < 0 && digits > 0 {
            fraction = 0
        } else if b == UInt8(ascii: "-") && first {
            negative = true
        } else {
            return nil
        }
        first = false
    }
    guard digits > 0, digits <= 15, fraction != 0 else { return nil }
    let value = fraction > 0 ? Double(mantissa) / exactPowersOfTen[fraction] : Double(mantissa)
    return negative ? -value : value
}
