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

    /// The stored text of `values` (NaN: no value). Whole numbers are written as integers; others with Swift's
    /// shortest representation that reads back as the same Double, so values survive the trip bit for bit.
    /// A value that is not finite (which the import refuses and aggregation cannot make from finite inputs, but
    /// overflow could) is written as `null`.
    static func encode(_ values: [Double]) -> String {
        var last = values.count - 1
        while last >= 0, !values[last].isFinite { last -= 1 }
        var out: [UInt8] = []
        out.reserveCapacity((last + 1) * 8 + 2)
        out.append(UInt8(ascii: "["))
        if last >= 0 {
            for i in 0...last {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                append(values[i], to: &out)
            }
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
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

    private static func append(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else {
            out.append(contentsOf: "null".utf8)
            return
        }
        // Whole numbers (counts) as integers: printing a Double is the slow part, and they read back the same.
        // Negative zero keeps its sign through the Double path.
        if value == value.rounded(), abs(value) < 1e15, value != 0 || value.sign == .plus {
            var magnitude = UInt64(abs(value))
            if value < 0 { out.append(UInt8(ascii: "-")) }
            if magnitude < 10 {
                out.append(UInt8(truncatingIfNeeded: magnitude) &+ 0x30)
                return
            }
            var digits: (UInt64, UInt64) = (0, 0)  // room for 16 digits, written back to front
            withUnsafeMutableBytes(of: &digits) { buffer in
                var k = buffer.count
                while magnitude > 0 {
                    k -= 1
                    buffer[k] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
                    magnitude /= 10
                }
                out.append(contentsOf: buffer[k...])
            }
            return
        }
        out.append(contentsOf: value.description.utf8)
    }
}
