import Foundation

/// One EAN's Brussels calendar year of quarter-hour readings as it is stored: two little-endian Float32 arrays
/// (offtake, then injection, kWh per quarter hour) followed by a bitmap of the quarters the file had a row for
/// (bit `q % 8` of byte `q / 8`). A year of 35,040 quarters takes 284,760 bytes instead of 35,040 rows.
///
/// Float32 keeps 7 significant digits: a quarter-hour reading of a household meter (at most a few kWh, written to
/// 1 Wh) keeps every digit the file gave.
public struct MeterYear: Sendable, Hashable {
    /// The Brussels calendar year.
    public var year: Int
    /// kWh taken from the grid per quarter hour, from 1 January 00:00 Brussels time.
    public var offtake: [Double]
    /// kWh put on the grid per quarter hour.
    public var injection: [Double]
    /// Whether the file had a row for that quarter hour.
    public var present: [Bool]

    public init(year: Int, offtake: [Double], injection: [Double], present: [Bool]) {
        self.year = year
        self.offtake = offtake
        self.injection = injection
        self.present = present
    }

    /// The number of quarter hours the year has (35,040; 35,136 in a leap year).
    public var quarterCount: Int { offtake.count }
    /// Quarters with a row.
    public var presentCount: Int { present.lazy.filter { $0 }.count }
    /// Total kWh taken and put on the grid.
    public var offtakeTotal: Double { offtake.reduce(0, +) }
    public var injectionTotal: Double { injection.reduce(0, +) }

    /// The bytes stored for this year.
    public func encoded() -> Data {
        let count = quarterCount
        var data = Data(capacity: count * 8 + (count + 7) / 8)
        func append(_ values: [Double]) {
            for value in values {
                var bits = Float(value).bitPattern.littleEndian
                withUnsafeBytes(of: &bits) { data.append(contentsOf: $0) }
            }
        }
        append(offtake)
        append(injection)
        var bitmap = [UInt8](repeating: 0, count: (count + 7) / 8)
        for (quarter, isPresent) in present.enumerated() where isPresent { bitmap[quarter / 8] |= 1 << UInt8(quarter % 8) }
        data.append(contentsOf: bitmap)
        return data
    }

    /// Reads stored bytes back for a year; nil when their length does not fit the year.
    public static func decode(_ data: Data, year: Int) -> MeterYear? {
        let count = SyntheticProfiles.year(year).count
        guard data.count == count * 8 + (count + 7) / 8 else { return nil }
        let bytes = [UInt8](data)
        func floats(from start: Int) -> [Double] {
            (0..<count).map { index in
                let at = start + index * 4
                let bits = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
                return Double(Float(bitPattern: bits))
            }
        }
        let bitmapStart = count * 8
        let present = (0..<count).map { bytes[bitmapStart + $0 / 8] & (1 << UInt8($0 % 8)) != 0 }
        return MeterYear(year: year, offtake: floats(from: 0), injection: floats(from: count * 4), present: present)
    }

    /// Cuts a meter series into the Brussels calendar years it touches; quarters outside the series are absent.
    public static func years(of series: MeterSeries) -> [MeterYear] {
        guard series.count > 0 else { return [] }
        let firstYear = EnergyClock.day(ofDayNumber: EnergyClock.local(utcMinute: series.firstQuarter * 15).dayNumber).year
        let lastYear = EnergyClock.day(ofDayNumber: EnergyClock.local(utcMinute: (series.firstQuarter + series.count - 1) * 15).dayNumber).year
        return (firstYear...lastYear).compactMap { year -> MeterYear? in
            let (first, count) = SyntheticProfiles.year(year)
            var result = MeterYear(year: year, offtake: .init(repeating: 0, count: count), injection: .init(repeating: 0, count: count),
                                   present: .init(repeating: false, count: count))
            var any = false
            for quarter in 0..<count {
                let index = first + quarter - series.firstQuarter
                guard series.offtake.indices.contains(index), series.present[index] else { continue }
                result.offtake[quarter] = series.offtake[index]
                result.injection[quarter] = series.injection[index]
                result.present[quarter] = true
                any = true
            }
            return any ? result : nil
        }
    }
}
