#if canImport(Glibc)
import Platform
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gathers an indicator's loaded values for aggregation: areas as grid slots, periods numbered as met.
struct LoadedCollector {
    var values = LoadedValues()
    private var periodIndex: [String: Int32] = [:]

    struct FormatError: Error, CustomStringConvertible {
        var description: String { "onleesbare waarden bij het aggregeren" }
    }

    mutating func add(area: Int, period: String, value: Double, layout: GridLayout) {
        guard let slot = layout.slot(area) else { return }
        let index: Int32
        if let known = periodIndex[period] {
            index = known
        } else {
            index = Int32(values.periods.count)
            periodIndex[period] = index
            values.periods.append(period)
        }
        values.slots.append(Int32(slot))
        values.periodIndices.append(index)
        values.values.append(value)
    }

    /// Reads `area,value,length,period` records written one after the other (see `ObservationReader.loaded`).
    mutating func unpack(_ text: UnsafeBufferPointer<UInt8>, layout: GridLayout) throws {
        guard let base = text.baseAddress else { return }
        var i = 0
        func integer() throws -> Int {
            var n = 0, digits = 0
            while i < text.count, text[i] >= 0x30, text[i] <= 0x39 {
                n = n * 10 + Int(text[i] - 0x30)
                i += 1
                digits += 1
            }
            guard digits > 0, digits < 19, i < text.count, text[i] == UInt8(ascii: ",") else { throw FormatError() }
            i += 1
            return n
        }
        while i < text.count {
            let area = try integer()
            // strtod stops at the comma after the number. It reads the C locale's decimal point, which is the
            // locale of a Swift process unless it calls setlocale; under another one the check below fails loudly.
            var end: UnsafeMutablePointer<CChar>?
            let start = UnsafeMutableRawPointer(mutating: base + i).assumingMemoryBound(to: CChar.self)
            let value = strtod(start, &end)
            guard let end, end > start, i + (end - start) < text.count else { throw FormatError() }
            i += end - start
            guard text[i] == UInt8(ascii: ",") else { throw FormatError() }
            i += 1
            let length = try integer()
            guard i + length <= text.count else { throw FormatError() }
            let period = String(decoding: UnsafeBufferPointer(rebasing: text[i..<(i + length)]), as: UTF8.self)
            i += length
            add(area: area, period: period, value: value, layout: layout)
        }
    }
}
