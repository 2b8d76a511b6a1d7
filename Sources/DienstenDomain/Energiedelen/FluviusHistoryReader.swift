import Foundation

/// One quarter-hour meter series of one EAN, as read from a grid operator's export: offtake and injection in kWh,
/// day and night registers summed, laid out from `firstQuarter` with one element per UTC quarter hour.
public struct MeterSeries: Sendable, Hashable {
    /// The 18-digit EAN (GSRN) of the access point.
    public var ean: String
    /// The UTC quarter-hour index (quarter hours since 1970-01-01 00:00 UTC) of element 0.
    public var firstQuarter: Int
    /// kWh taken from the grid per quarter hour (Afname Dag + Afname Nacht).
    public var offtake: [Double]
    /// kWh put on the grid per quarter hour (Injectie Dag + Injectie Nacht).
    public var injection: [Double]
    /// Whether the file had at least one row for that quarter hour; a quarter without rows reads as 0 and false.
    public var present: [Bool]
    /// Whether a row of that quarter hour said 'Geen verbruik' with an empty volume: a reading of 0, not a gap.
    public var noConsumption: [Bool]

    /// The number of quarter hours in the series.
    public var count: Int { offtake.count }
    /// The number of quarter hours between the first and the last with no row in the file.
    public var missingCount: Int { present.lazy.filter { !$0 }.count }
}

/// What a meter-history file holds: one series per EAN, sorted by EAN.
public struct MeterHistory: Sendable, Hashable {
    public var series: [MeterSeries]
    /// The number of data rows read (the header and blank lines not counted).
    public var rowCount: Int

    /// The series of one EAN, if the file has it.
    public func series(ean: String) -> MeterSeries? { series.first { $0.ean == ean } }
}

/// One problem in a meter-history file: the row (line number, counted from 1 with the header as row 1), the column as
/// the file names it when the problem is one field, and the reason in plain English.
public struct MeterReadProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var row: Int
    public var column: String?
    public var reason: String

    public init(row: Int, column: String? = nil, reason: String) {
        self.row = row
        self.column = column
        self.reason = reason
    }

    /// "row 3, column Volume: 'abc' is not a number".
    public var description: String {
        "row \(row)\(column.map { ", column \($0)" } ?? ""): \(reason)"
    }
}

/// A refused meter-history file: every problem found (up to `FluviusHistoryReader.maximumProblems`), in row order.
/// Nothing of the file is kept.
public struct MeterReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [MeterReadProblem]
    /// Whether more problems were found than listed.
    public var truncated: Bool

    public init(problems: [MeterReadProblem], truncated: Bool = false) {
        self.problems = problems
        self.truncated = truncated
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n") + (truncated ? "\n…" : "")
    }
}

/// Reads Fluvius' 'verbruikshistoriek' quarter-hour export (CSV, `;`-separated): the Dutch header
/// `Van datum;Van tijdstip;Tot datum;Tot tijdstip;EAN;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus`,
/// the older capitalised one (`Van Datum;…`) and the English one (`From date;From time;…;Unit;Validation status`),
/// columns found by name in any order. Dates are dd-mm-yyyy, times hh:mm(:ss) in Brussels local time; the EAN is
/// written `="541…"`; volumes use a decimal comma (a point is accepted too) and are empty for 'Geen verbruik' (read
/// as 0); registers are Afname/Injectie Dag/Nacht (Offtake/Injection Day/Night), summed per direction. When summer
/// time ends, the hour 02:00–03:00 comes twice: the first row of a register for such a wall-clock quarter is the
/// summer-time one, the second the winter-time one, so each maps to its own UTC quarter.
public enum FluviusHistoryReader {
    /// The most problems one refusal lists.
    public static let maximumProblems = 50

    enum Column: CaseIterable {
        case fromDate, fromTime, toDate, toTime, ean, meter, meterType, register, volume, unit, status
    }

    /// The header names each column is known by, written lowercase with single spaces and no punctuation.
    static let names: [Column: Set<String>] = [
        .fromDate: ["van datum", "from date", "vandatum"],
        .fromTime: ["van tijdstip", "from time", "vantijdstip"],
        .toDate: ["tot datum", "to date", "totdatum"],
        .toTime: ["tot tijdstip", "to time", "tottijdstip"],
        .ean: ["ean", "ean code", "eancode", "ean id", "ean nummer", "ean number"],
        .meter: ["meter", "meter id", "meternummer"],
        .meterType: ["metertype", "meter type"],
        .register: ["register"],
        .volume: ["volume"],
        .unit: ["eenheid", "unit"],
        .status: ["validatiestatus", "validation status", "validationstatus"],
    ]

    /// Columns some exports add that carry nothing the sharing needs; they are skipped rather than refused.
    static let ignoredColumns: Set<String> = ["omschrijving", "description", "detail"]

    /// Reads a file's bytes (UTF-8, with or without byte-order mark; Latin-1 when not UTF-8).
    public static func read(_ data: Data) throws(MeterReadError) -> MeterHistory {
        if let text = String(data: data, encoding: .utf8) { return try read(text) }
        return try read(String(data: data, encoding: .isoLatin1) ?? "")
    }

    /// The duplicate checks' key: the meter (its number in the file), the register as a small number (direction × 3 +
    /// period: dag, nacht, totaal) and a UTC quarter or a wall-clock minute.
    struct RowKey: Hashable { var ean: Int; var register: Int; var value: Int }

    /// Reads a file's text. Works on its UTF-8 bytes without a String per field, remembering the EAN, registers and
    /// statuses that repeat on every row: a year of one meter (70,000 rows) reads in about 0.2 s in a release build.
    public static func read(_ text: String) throws(MeterReadError) -> MeterHistory {
        var problems: [MeterReadProblem] = []
        var truncated = false
        func note(_ problem: MeterReadProblem) {
            if problems.count < maximumProblems { problems.append(problem) } else { truncated = true }
        }

        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let lines = lineRanges(bytes)
        guard let headerIndex = lines.firstIndex(where: { !isBlank(bytes[$0]) }) else {
            throw MeterReadError(problems: [MeterReadProblem(row: 1, reason: "the file is empty")])
        }
        let header = splitFields(bytes[lines[headerIndex]])
        var position: [Column: Int] = [:]
        var written: [Column: String] = [:]
        for (index, raw) in header.enumerated() {
            let name = normalisedHeader(raw)
            guard !name.isEmpty, !ignoredColumns.contains(name) else { continue }
            guard let column = Column.allCases.first(where: { names[$0]!.contains(name) }) else {
                note(MeterReadProblem(row: headerIndex + 1, column: raw, reason: "unknown column '\(raw)'"))
                continue
            }
            if position[column] != nil {
                note(MeterReadProblem(row: headerIndex + 1, column: raw, reason: "column '\(raw)' appears twice"))
            }
            position[column] = index
            written[column] = raw
        }
        let required: [Column] = [.fromDate, .fromTime, .toDate, .toTime, .ean, .register, .volume, .unit, .status]
        let missing = required.filter { position[$0] == nil }
        if !missing.isEmpty {
            let wanted = missing.map { column in names[column]!.sorted().first! }.joined(separator: ", ")
            note(MeterReadProblem(
                row: headerIndex + 1,
                reason: "not a Fluvius quarter-hour export: the header lacks \(wanted)"))
            throw MeterReadError(problems: problems, truncated: truncated)
        }
        if !problems.isEmpty { throw MeterReadError(problems: problems, truncated: truncated) }
        let widest = position.values.max()!
        let at = (fromDate: position[.fromDate]!, fromTime: position[.fromTime]!, toDate: position[.toDate]!,
                  toTime: position[.toTime]!, ean: position[.ean]!, register: position[.register]!,
                  volume: position[.volume]!, unit: position[.unit]!, status: position[.status]!)

        struct Slot { var offtake = 0.0; var injection = 0.0; var noConsumption = false }
        var eans: [String] = []
        var eanIndex: [String: Int] = [:]
        var slots: [[Int: Slot]] = []
        var repeated: [RowKey: Int] = [:]
        var seen: Set<RowKey> = []
        var registers: [([UInt8], Register)] = []
        var statuses: [([UInt8], Bool)] = []
        var lastEAN: (bytes: [UInt8], meter: Int)? = nil
        var buffer = FieldBuffer()
        var rowCount = 0

        for lineIndex in lines.indices.dropFirst(headerIndex + 1) {
            let line = bytes[lines[lineIndex]]
            let row = lineIndex + 1
            if isBlank(line) { continue }
            rowCount += 1
            buffer.split(line)
            guard buffer.count > widest else {
                note(MeterReadProblem(row: row, reason: "has \(buffer.count) fields where the header has \(header.count)"))
                continue
            }
            func problem(_ column: Column, _ reason: String) {
                note(MeterReadProblem(row: row, column: written[column], reason: reason))
            }

            guard let fromDay = parseDate(buffer[at.fromDate]) else { problem(.fromDate, "'\(buffer.text(at.fromDate))' is not a date dd-mm-yyyy"); continue }
            guard let fromMinute = parseTime(buffer[at.fromTime]) else { problem(.fromTime, "'\(buffer.text(at.fromTime))' is not a time hh:mm"); continue }
            guard fromMinute % 15 == 0 else { problem(.fromTime, "\(buffer.text(at.fromTime)) does not start a quarter hour"); continue }
            guard let toDay = parseDate(buffer[at.toDate]) else { problem(.toDate, "'\(buffer.text(at.toDate))' is not a date dd-mm-yyyy"); continue }
            guard let toMinute = parseTime(buffer[at.toTime]) else { problem(.toTime, "'\(buffer.text(at.toTime))' is not a time hh:mm"); continue }
            let wallLength = (toDay - fromDay) * 1440 + toMinute - fromMinute
            guard wallLength == 15 || ((wallLength == -45 || wallLength == 75) && isClockChangeDay(fromDay)) else {
                problem(.toTime, "the row covers \(wallLength) minutes, not one quarter hour")
                continue
            }

            let meter: Int
            if let lastEAN, buffer[at.ean].elementsEqual(lastEAN.bytes) {
                meter = lastEAN.meter
            } else {
                let eanText = buffer.text(at.ean)
                if let known = eanIndex[eanText] {
                    meter = known
                } else {
                    guard let ean = parseEAN(eanText) else { problem(.ean, "'\(eanText)' is not an 18-digit EAN with a valid check digit"); continue }
                    meter = eans.count
                    eans.append(ean)
                    eanIndex[ean] = meter
                    slots.append([:])
                }
                lastEAN = (Array(buffer[at.ean]), meter)
            }
            let register: Register
            if let known = registers.first(where: { buffer[at.register].elementsEqual($0.0) }) {
                register = known.1
            } else {
                guard let parsed = parseRegister(buffer.text(at.register)) else {
                    problem(.register, "unknown register '\(buffer.text(at.register))' (expected Afname or Injectie, Dag or Nacht)")
                    continue
                }
                register = parsed
                registers.append((Array(buffer[at.register]), parsed))
            }
            let saysNoConsumption: Bool
            if let known = statuses.first(where: { buffer[at.status].elementsEqual($0.0) }) {
                saysNoConsumption = known.1
            } else {
                saysNoConsumption = isNoConsumption(buffer.text(at.status))
                if statuses.count < 16 { statuses.append((Array(buffer[at.status]), saysNoConsumption)) }
            }
            let unitBytes = buffer[at.unit]
            let isKWh = unitBytes.count == 3 && unitBytes.lazy.map { $0 | 0x20 }.elementsEqual("kwh".utf8)
            var volume = 0.0
            var noConsumption = false
            if buffer[at.volume].isEmpty {
                guard saysNoConsumption else {
                    problem(.volume, "the volume is empty while the status is '\(buffer.text(at.status))', not 'Geen verbruik'")
                    continue
                }
                noConsumption = true
            } else {
                guard isKWh else { problem(.unit, "unit '\(buffer.text(at.unit))' is not kWh (electricity only)"); continue }
                guard let value = parseVolume(buffer[at.volume]) else { problem(.volume, "'\(buffer.text(at.volume))' is not a number with a decimal comma"); continue }
                guard value >= 0 else { problem(.volume, "a volume must not be negative"); continue }
                volume = value
                noConsumption = saysNoConsumption && value == 0
            }
            if !unitBytes.isEmpty && !isKWh {
                problem(.unit, "unit '\(buffer.text(at.unit))' is not kWh (electricity only)")
                continue
            }

            // Which UTC minute this wall-clock quarter stands for: none in March's skipped hour, two in October's
            // repeated hour (then the first row is the summer one, the second the winter one).
            let local = fromDay * 1440 + fromMinute
            let summer = EnergyClock.isSummerTime(utcMinute: local - 120) ? local - 120 : nil
            let winter = EnergyClock.isSummerTime(utcMinute: local - 60) ? nil : local - 60
            let utcMinute: Int
            switch (summer, winter) {
            case (nil, nil):
                let day = EnergyClock.day(ofDayNumber: fromDay)
                problem(.fromTime, "\(buffer.text(at.fromTime)) on \(day.day)-\(day.month)-\(day.year) does not exist in Brussels (summer time starts)")
                continue
            case (let only?, nil), (nil, let only?):
                utcMinute = only
            case (let first?, let second?):
                let key = RowKey(ean: meter, register: register.code, value: local)
                let occurrence = repeated[key, default: 0]
                repeated[key] = occurrence + 1
                guard occurrence < 2 else {
                    problem(.fromTime, "a third row for the repeated quarter \(buffer.text(at.fromTime)) of register \(buffer.text(at.register))")
                    continue
                }
                utcMinute = occurrence == 0 ? first : second
            }
            let quarter = EnergyClock.quarter(utcMinute: utcMinute)
            guard seen.insert(RowKey(ean: meter, register: register.code, value: quarter)).inserted else {
                problem(.fromTime, "a second row for \(buffer.text(at.fromDate)) \(buffer.text(at.fromTime)), register \(buffer.text(at.register))")
                continue
            }
            var slot = slots[meter][quarter, default: Slot()]
            if register.injection { slot.injection += volume } else { slot.offtake += volume }
            slot.noConsumption = slot.noConsumption || noConsumption
            slots[meter][quarter] = slot
        }
        if !problems.isEmpty { throw MeterReadError(problems: problems, truncated: truncated) }
        if rowCount == 0 {
            throw MeterReadError(problems: [MeterReadProblem(row: headerIndex + 1, reason: "the file has a header but no rows")])
        }

        let series = eans.sorted().map { ean -> MeterSeries in
            let quarters = slots[eanIndex[ean]!]
            let first = quarters.keys.min()!
            let count = quarters.keys.max()! - first + 1
            var result = MeterSeries(
                ean: ean, firstQuarter: first,
                offtake: Array(repeating: 0, count: count), injection: Array(repeating: 0, count: count),
                present: Array(repeating: false, count: count), noConsumption: Array(repeating: false, count: count))
            for (quarter, slot) in quarters {
                let index = quarter - first
                result.offtake[index] = slot.offtake
                result.injection[index] = slot.injection
                result.present[index] = true
                result.noConsumption[index] = slot.noConsumption
            }
            return result
        }
        return MeterHistory(series: series, rowCount: rowCount)
    }

    // MARK: - Fields

    /// The byte ranges of the lines, without their line ends ("\n", "\r\n" or "\r").
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                ranges.append(start..<index)
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// One row's fields without a String per field: the unquoted bytes of every field side by side in one reused
    /// array, and each field's range in it.
    struct FieldBuffer {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []

        var count: Int { ranges.count }
        subscript(_ index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }
        func text(_ index: Int) -> String { String(decoding: self[index], as: UTF8.self) }

        /// Splits like `splitFields`, reusing the storage.
        mutating func split(_ line: ArraySlice<UInt8>) {
            bytes.removeAll(keepingCapacity: true)
            ranges.removeAll(keepingCapacity: true)
            var start = 0
            var quoted = false
            var wasQuoted = false
            var index = line.startIndex
            func finish() {
                var lower = start
                var upper = bytes.count
                if !wasQuoted {
                    while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
                    while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
                }
                ranges.append(lower..<upper)
                start = bytes.count
                wasQuoted = false
            }
            while index < line.endIndex {
                let byte = line[index]
                let next: UInt8? = index + 1 < line.endIndex ? line[index + 1] : nil
                if quoted {
                    if byte == 0x22 {
                        if next == 0x22 { bytes.append(0x22); index += 1 } else { quoted = false }
                    } else { bytes.append(byte) }
                } else if byte == 0x22 {
                    quoted = true
                    wasQuoted = true
                    bytes.removeSubrange(start...)  // spaces before the quote
                } else if byte == 0x3D, next == 0x22, bytes[start...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    // ="…": skip the "=", the quote opens on the next byte
                } else if byte == 0x3B {
                    finish()
                } else if !(wasQuoted && (byte == 0x20 || byte == 0x09)) {
                    bytes.append(byte)
                }
                index += 1
            }
            finish()
        }
    }

    /// Splits a line on `;`, honouring double quotes; `="…"` (a spreadsheet formula keeping leading zeros) reads as
    /// its text. Spaces and tabs around a field are dropped.
    static func splitFields(_ line: ArraySlice<UInt8>) -> [String] {
        var fields: [String] = []
        fields.reserveCapacity(12)
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var quoted = false
        var wasQuoted = false
        var index = line.startIndex
        func finish() {
            var slice = current[...]
            if !wasQuoted {
                while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
                while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
            }
            fields.append(String(decoding: slice, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        while index < line.endIndex {
            let byte = line[index]
            let next: UInt8? = index + 1 < line.endIndex ? line[index + 1] : nil
            if quoted {
                if byte == 0x22 {
                    if next == 0x22 { current.append(0x22); index += 1 } else { quoted = false }
                } else { current.append(byte) }
            } else if byte == 0x22 {
                quoted = true
                wasQuoted = true
                current.removeAll(keepingCapacity: true)  // spaces before the quote
            } else if byte == 0x3D, next == 0x22, current.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                // ="…": skip the "=", the quote opens on the next byte
            } else if byte == 0x3B {
                finish()
            } else if !(wasQuoted && (byte == 0x20 || byte == 0x09)) {
                current.append(byte)
            }
            index += 1
        }
        finish()
        return fields
    }

    static func normalisedHeader(_ raw: String) -> String {
        let letters = raw.lowercased().map { character -> Character in
            character.isLetter || character.isNumber ? character : " "
        }
        return String(letters).split(separator: " ").joined(separator: " ")
    }

    /// "dd-mm-yyyy" (or with `/`) → day number since 1970.
    static func parseDate(_ text: String) -> Int? { parseDate(Array(text.utf8)[...]) }

    static func parseDate(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let (parts, lengths, count) = numberGroups(bytes, separators: 0x2D, 0x2F), count == 3,
              (1...2).contains(lengths.0), (1...2).contains(lengths.1), lengths.2 == 4,
              (1990...2200).contains(parts.2), EnergyClock.isValid(year: parts.2, month: parts.1, day: parts.0)
        else { return nil }
        return EnergyClock.dayNumber(year: parts.2, month: parts.1, day: parts.0)
    }

    /// Up to three groups of digits split by either separator: their values, their lengths and how many there are.
    static func numberGroups(_ bytes: ArraySlice<UInt8>, separators first: UInt8, _ second: UInt8)
        -> (values: (Int, Int, Int), lengths: (Int, Int, Int), count: Int)?
    {
        var values = (0, 0, 0)
        var lengths = (0, 0, 0)
        var part = 0
        for byte in bytes {
            if byte == first || byte == second {
                part += 1
                guard part < 3 else { return nil }
            } else if byte >= 0x30 && byte <= 0x39 {
                let digit = Int(byte - 0x30)
                switch part {
                case 0: values.0 = values.0 * 10 + digit; lengths.0 += 1
                case 1: values.1 = values.1 * 10 + digit; lengths.1 += 1
                default: values.2 = values.2 * 10 + digit; lengths.2 += 1
                }
                guard lengths.0 <= 4, lengths.1 <= 4, lengths.2 <= 4 else { return nil }
            } else {
                return nil
            }
        }
        return (values, lengths, part + 1)
    }

    /// "hh:mm" or "hh:mm:ss" (seconds 0) → minute of the day; "24:00" is not accepted.
    static func parseTime(_ text: String) -> Int? { parseTime(Array(text.utf8)[...]) }

    static func parseTime(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let (parts, lengths, count) = numberGroups(bytes, separators: 0x3A, 0x3A), count >= 2,
              (1...2).contains(lengths.0), (1...2).contains(lengths.1), count == 2 || (1...2).contains(lengths.2),
              parts.0 < 24, parts.1 < 60, count == 2 || parts.2 == 0
        else { return nil }
        return parts.0 * 60 + parts.1
    }

    /// 18 digits whose last is the GS1 check digit of the first 17.
    static func parseEAN(_ text: String) -> String? {
        let digits = text.trimmingCharacters(in: .whitespaces)
        guard digits.count == 18, digits.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
        let values = digits.compactMap(\.wholeNumberValue)
        var sum = 0
        for (index, value) in values.prefix(17).enumerated() {
            sum += value * (index % 2 == 0 ? 3 : 1)  // from the left of 17 digits: weights 3,1,3,…
        }
        return (10 - sum % 10) % 10 == values[17] ? digits : nil
    }

    /// The check digit an EAN of 17 digits needs (for tests and for making example files).
    public static func checkDigit(forFirst17 digits: String) -> Int? {
        guard digits.count == 17, digits.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
        let sum = digits.compactMap(\.wholeNumberValue).enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 3 : 1) }
        return (10 - sum % 10) % 10
    }

    struct Register { var injection: Bool; var name: String; var code: Int }

    static func parseRegister(_ text: String) -> Register? {
        let words = normalisedHeader(text).split(separator: " ").map(String.init)
        guard let first = words.first, words.count <= 2 else { return nil }
        let injection: Bool
        switch first {
        case "afname", "offtake", "consumption": injection = false
        case "injectie", "injection": injection = true
        default: return nil
        }
        let period = words.count == 2 ? words[1] : "totaal"
        let periods = ["dag": "dag", "day": "dag", "nacht": "nacht", "night": "nacht", "totaal": "totaal", "total": "totaal"]
        guard let normalPeriod = periods[period] else { return nil }
        let code = (injection ? 3 : 0) + (normalPeriod == "dag" ? 0 : normalPeriod == "nacht" ? 1 : 2)
        return Register(injection: injection, name: (injection ? "injectie " : "afname ") + normalPeriod, code: code)
    }

    /// "0,031", "12.5", "-1" → a Double; at most one decimal separator, digits only otherwise.
    static func parseVolume(_ text: String) -> Double? { parseVolume(Array(text.utf8)[...]) }

    static func parseVolume(_ bytes: ArraySlice<UInt8>) -> Double? {
        var mantissa = 0.0
        var digits = 0
        var decimals = 0
        var separator = false
        var negative = false
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case 0x30...0x39:
                mantissa = mantissa * 10 + Double(byte - 0x30)
                digits += 1
                if separator { decimals += 1 }
            case 0x2C, 0x2E:
                guard !separator else { return nil }
                separator = true
            case 0x2D:
                guard offset == 0 else { return nil }
                negative = true
            default:
                return nil
            }
        }
        guard digits > 0, digits <= 15 else {
            return digits > 15 ? Double(String(decoding: bytes.map { $0 == 0x2C ? 0x2E : $0 }, as: UTF8.self)) : nil
        }
        let value = decimals == 0 ? mantissa : mantissa / pow(10, Double(decimals))
        return negative ? -value : value
    }

    static func isNoConsumption(_ status: String) -> Bool {
        let normal = normalisedHeader(status)
        return normal == "geen verbruik" || normal == "no consumption"
    }

    /// The last Sunday of March or October: the days on which a quarter may cover −45 or 75 wall-clock minutes.
    static func isClockChangeDay(_ dayNumber: Int) -> Bool {
        let year = EnergyClock.day(ofDayNumber: dayNumber).year
        return dayNumber == EnergyClock.lastSunday(year: year, month: 3)
            || dayNumber == EnergyClock.lastSunday(year: year, month: 10)
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
