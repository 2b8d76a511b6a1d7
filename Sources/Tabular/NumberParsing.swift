/// Exact powers of ten: every one up to 1e22 is representable in a Double.
private let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]

/// Parses the text of an XLSX `<v>` element: plain decimal notation with an
/// optional exponent. `nil` for anything else, including "NaN" and "INF", which
/// a spreadsheet never stores as a number.
///
/// Most values have at most 15 significant digits; those are converted with one
/// exact multiplication or division, which is correctly rounded. Longer ones
/// (Excel writes 17 digits, "3570675.7599999998") go through the standard
/// library's correctly rounding parser.
func parseXMLDouble(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
    var i = start
    var e = end
    while i < e, isASCIIWhitespace(base[i]) { i += 1 }
    while e > i, isASCIIWhitespace(base[e - 1]) { e -= 1 }
    guard i < e else { return nil }
    let textStart = i

    var negative = false
    if base[i] == UInt8(ascii: "-") {
        negative = true
        i += 1
    } else if base[i] == UInt8(ascii: "+") {
        i += 1
    }
    var mantissa: UInt64 = 0
    var significantDigits = 0
    var digits = 0
    var exponent = 0
    while i < e, base[i] &- 0x30 < 10 {
        let d = UInt64(base[i] &- 0x30)
        if mantissa != 0 || d != 0 { significantDigits += 1 }
        if significantDigits <= 19 { mantissa = mantissa &* 10 &+ d } else { exponent += 1 }
        digits += 1
        i += 1
    }
    if i < e, base[i] == UInt8(ascii: ".") {
        i += 1
        while i < e, base[i] &- 0x30 < 10 {
            let d = UInt64(base[i] &- 0x30)
            if mantissa != 0 || d != 0 { significantDigits += 1 }
            if significantDigits <= 19 {
                mantissa = mantissa &* 10 &+ d
                exponent -= 1
            }
            digits += 1
            i += 1
        }
    }
    guard digits > 0 else { return nil }
    if i < e, base[i] | 0x20 == UInt8(ascii: "e") {
        i += 1
        var exponentNegative = false
        if i < e, base[i] == UInt8(ascii: "-") || base[i] == UInt8(ascii: "+") {
            exponentNegative = base[i] == UInt8(ascii: "-")
            i += 1
        }
        var value = 0
        var exponentDigits = 0
        while i < e, base[i] &- 0x30 < 10 {
            if value < 100_000 { value = value * 10 + Int(base[i] &- 0x30) }
            exponentDigits += 1
            i += 1
        }
        guard exponentDigits > 0 else { return nil }
        exponent += exponentNegative ? -value : value
    }
    guard i == e else { return nil }

    if mantissa <= 1 << 53, significantDigits <= 19, -22...22 ~= exponent {
        var value = Double(mantissa)
        value = exponent < 0 ? value / exactPowersOfTen[-exponent] : value * exactPowersOfTen[exponent]
        return negative ? -value : value
    }
    let text = String(decoding: UnsafeBufferPointer(start: base + textStart, count: e - textStart),
                      as: UTF8.self)
    return Double(text)
}

/// A non-negative decimal integer, such as a shared-string index or a row number.
func parseXMLInt(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
    var i = start
    var e = end
    while i < e, isASCIIWhitespace(base[i]) { i += 1 }
    while e > i, isASCIIWhitespace(base[e - 1]) { e -= 1 }
    guard i < e, e - i <= 18 else { return nil }
    var value = 0
    while i < e {
        let d = base[i] &- 0x30
        guard d < 10 else { return nil }
        value = value * 10 + Int(d)
        i += 1
    }
    return value
}
