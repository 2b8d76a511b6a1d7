#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The values of one indicator at one level for one period, one number per area slot (`Catalog.slotKeys`):
/// how the `value_vectors` table stores them. Written as a JSON array of numbers with `null` where an area has no
/// value, so that both databases can unfold it in plain SQL (the analysts' view `cijfers_waarden`), and read back
/// here without a JSON library. Missing slots are NaN in memory; trailing ones are not written, so a vector written
/// before a level gained areas stays valid.
enum ValueVector {
    struct FormatError: Error, CustomStringConvertible {
        var description: String { "onleesbare waardenvector in de databank" }
    }

    /// The stored text of `values` (NaN: no value). Whole numbers are written as integers, short decimals from their
    /// digits (`writeFewDecimals`), others with Swift's shortest representation that reads back as the same Double,
    /// so values survive the trip bit for bit.
    /// A value that is not finite (which the import refuses and aggregation cannot make from finite inputs, but
    /// overflow could) is written as `null`.
    static func encode(_ values: [Double]) -> String {
        var last = values.count - 1
        while last >= 0, !values[last].isFinite { last -= 1 }
        // Written through a pointer into room for the longest numbers, then cut to length.
        let bytes = [UInt8](unsafeUninitializedCapacity: (last + 1) * longestNumber + 2) { out, count in
            var n = 0
            out[n] = UInt8(ascii: "[")
            n += 1
            if last >= 0 {
                for i in 0...last {
                    if i > 0 {
                        out[n] = UInt8(ascii: ",")
                        n += 1
                    }
                    n = write(values[i], into: out, at: n)
                }
            }
            out[n] = UInt8(ascii: "]")
            count = n + 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether no slot holds a value: such a vector is not stored.
    static func isEmpty(_ values: [Double]) -> Bool { !values.contains { $0.isFinite } }

    /// Reads a stored vector into `count` slots (NaN: no value); slots past the stored length stay NaN and stored
    /// slots past `count` (areas this catalog does not know yet) are ignored.
    static func decode(_ text: String, count: Int) throws -> [Double] {
        var values = [Double](repeating: .nan, count: count)
        try forEach(text) { slot, value in
            if slot < count { values[slot] = value }
        }
        return values
    }

    /// Calls `body` with each slot that holds a value, in slot order.
    static func forEach(_ text: String, _ body: (Int, Double) throws -> Void) throws {
        var text = text
        try text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count >= 2, bytes[0] == UInt8(ascii: "["),
                  bytes[bytes.count - 1] == UInt8(ascii: "]") else { throw FormatError() }
            let end = bytes.count - 1
            var i = 1
            var slot = 0
            guard i < end else { return }
            while true {
                if bytes[i] == UInt8(ascii: "n") {
                    guard i + 4 <= end, bytes[i + 1] == UInt8(ascii: "u"), bytes[i + 2] == UInt8(ascii: "l"),
                          bytes[i + 3] == UInt8(ascii: "l") else { throw FormatError() }
                    i += 4
                } else {
                    let value = try number(bytes, base: base, at: &i, end: end)
                    try body(slot, value)
                }
                slot += 1
                if i == end { return }
                guard bytes[i] == UInt8(ascii: ",") else { throw FormatError() }
                i += 1
                guard i < end else { throw FormatError() }
            }
        }
    }

    /// A JSON number at `i`: plain integers are summed digit by digit, anything else goes to strtod (C locale:
    /// a Swift process never calls setlocale, and the round-trip test would fail loudly if it did).
    @inline(__always)
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, at i: inout Int,
                               end: Int) throws -> Double {
        let start = i
        var j = i
        let negative = bytes[j] == UInt8(ascii: "-")
        if negative { j += 1 }
        var magnitude: UInt64 = 0
        var digits = 0
        while j < end, bytes[j] >= 0x30, bytes[j] <= 0x39, digits < 15 {
            magnitude = magnitude * 10 + UInt64(bytes[j] - 0x30)
            j += 1
            digits += 1
        }
        if digits > 0, j <= end, bytes[j] == UInt8(ascii: ",") || j == end {
            i = j
            let value = Double(magnitude)
            return negative ? -value : value
        }
        // A plain decimal of at most 15 digits (what `append` writes for values with a few decimals): the digits
        // and the power of ten are both exact doubles, so one division rounds correctly, as strtod would.
        if digits > 0, j < end, bytes[j] == UInt8(ascii: ".") {
            var k = j + 1
            var decimals = 0
            while k < end, bytes[k] >= 0x30, bytes[k] <= 0x39, digits < 15 {
                magnitude = magnitude * 10 + UInt64(bytes[k] - 0x30)
                k += 1
                digits += 1
                decimals += 1
            }
            if decimals > 0, k == end || bytes[k] == UInt8(ascii: ",") {
                i = k
                var power = 1.0
                for _ in 0..<decimals { power *= 10 }
                let value = Double(magnitude) / power
                return negative ? -value : value
            }
        }
        // Fractions, exponents, long integers: strtod, which stops at the comma after the number.
        var stop: UnsafeMutablePointer<CChar>?
        let pointer = UnsafeMutableRawPointer(mutating: base + start).assumingMemoryBound(to: CChar.self)
        let value = strtod(pointer, &stop)
        guard let stop, stop > pointer else { throw FormatError() }
        let next = start + (stop - pointer)
        guard next <= end, next == end || bytes[next] == UInt8(ascii: ","), value.isFinite else { throw FormatError() }
        i = next
        return value
    }

    /// The most bytes one number takes with its comma (`-2.2250738585072014e-308,`), with room to spare.
    private static let longestNumber = 26

    /// Writes one number (or `null`) at `start`; returns where it ends.
    @inline(__always)
    private static func write(_ value: Double, into out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        guard value.isFinite else {
            for (k, byte) in "null".utf8.enumerated() { out[start + k] = byte }
            return start + 4
        }
        // Whole numbers (counts) as integers: printing a Double is the slow part, and they read back the same.
        // Negative zero keeps its sign through the Double path.
        let magnitude = abs(value)
        if magnitude < 1e15 {
            let whole = UInt64(magnitude)
            if Double(whole) == magnitude, value != 0 || value.sign == .plus {
                var n = start
                if value < 0 {
                    out[n] = UInt8(ascii: "-")
                    n += 1
                }
                return writeDigits(whole, into: out, at: n)
            }
        }
        let end = writeFewDecimals(value, into: out, at: start)
        if end >= 0 { return end }
        var text = value.description
        return text.withUTF8 { utf8 in
            for k in 0..<utf8.count { out[start + k] = utf8[k] }
            return start + utf8.count
        }
    }

    /// The decimal digits of `number` at `start`; returns where they end.
    @inline(__always)
    private static func writeDigits(_ number: UInt64, into out: UnsafeMutableBufferPointer<UInt8>,
                                    at start: Int) -> Int {
        var count = 1
        var rest = number
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        rest = number
        var k = start + count - 1
        repeat {
            out[k] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
            rest /= 10
            k -= 1
        } while rest > 0
        return start + count
    }

    /// The most decimals `writeFewDecimals` writes.
    static let fewDecimals = 6

    /// Writes a value that is exactly the nearest double to a decimal with at most `fewDecimals` decimals (amounts,
    /// rates, averages as loaded) from its integer digits, the fewest decimals first, instead of Swift's general
    /// shortest-digits printer; returns where it ends, or -1 (nothing written) for any other value. Bit for bit:
    /// the digits `scaled` and 10^k are exact doubles, so `scaled / 10^k` is the correctly rounded value of the
    /// decimal written, which is what any correct reader (strtod, PostgreSQL, `number` above) makes of it; only
    /// when that equals `value` is it written. Zero (either sign) never comes here.
    @inline(__always)
    static func writeFewDecimals(_ value: Double, into out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        let magnitude = abs(value)
        // 10⁹ × 10⁶ stays below 2⁵³, so `scaled` is exact.
        guard magnitude < 1e9, magnitude >= 1e-6 else { return -1 }
        var power = 1.0
        var unit: UInt64 = 1
        for decimals in 1...fewDecimals {
            power *= 10
            unit *= 10
            // The nearest whole number (which one matters not for correctness: the test below decides).
            let scaled = UInt64(magnitude * power + 0.5)
            guard Double(scaled) / power == magnitude else { continue }
            var n = start
            if value < 0 {
                out[n] = UInt8(ascii: "-")
                n += 1
            }
            n = writeDigits(scaled / unit, into: out, at: n)
            out[n] = UInt8(ascii: ".")
            n += 1
            var fraction = scaled % unit
            var k = n + decimals - 1
            for _ in 0..<decimals {
                out[k] = UInt8(truncatingIfNeeded: fraction % 10) &+ 0x30
                fraction /= 10
                k -= 1
            }
            return n + decimals
        }
        return -1
    }
}
