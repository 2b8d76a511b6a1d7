import Foundation

/// A day of the week, numbered as ISO 8601 does (Monday 1 … Sunday 7).
public enum Weekday: Int, Codable, Sendable, CaseIterable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The next day (Sunday is followed by Monday).
    public var next: Weekday { Weekday(rawValue: rawValue % 7 + 1)! }
    /// The day before (Monday is preceded by Sunday).
    public var previous: Weekday { Weekday(rawValue: (rawValue + 5) % 7 + 1)! }

    /// Monday to Friday.
    public static let workingDays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]
}

/// A moment read on the Brussels wall clock: the weekday and the minute of the day (0 … 1439).
public struct LocalMoment: Hashable, Sendable {
    public let weekday: Weekday
    public let minute: Int
    public let year: Int

    public init(weekday: Weekday, minute: Int, year: Int) {
        self.weekday = weekday
        self.minute = minute
        self.year = year
    }
}

/// The clock of the register: Europe/Brussels, so windows follow summer and winter time.
public struct BrusselsClock: Sendable {
    public let calendar: Calendar

    public init() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels")!
        self.calendar = calendar
    }

    /// The weekday, minute of the day and year of a moment in Brussels local time.
    public func local(_ date: Date) -> LocalMoment {
        let parts = calendar.dateComponents([.weekday, .hour, .minute, .year], from: date)
        // Calendar counts Sunday as 1; ISO counts Monday as 1.
        let iso = (parts.weekday! + 5) % 7 + 1
        return LocalMoment(weekday: Weekday(rawValue: iso)!, minute: parts.hour! * 60 + parts.minute!, year: parts.year!)
    }

    /// The year of a moment in Brussels local time (a day pass for 1 January 00:30 belongs to the new year).
    public func year(of date: Date) -> Int { calendar.component(.year, from: date) }

    /// A moment given on the Brussels wall clock (for tests and imports); `nil` for a time that does not exist.
    public func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date? {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))
    }
}

/// A problem with a time window.
public enum TimeWindowError: Error, Equatable, Sendable, CustomStringConvertible {
    case noWeekdays
    case minuteOutOfRange(field: String, value: Int)
    case emptyWindow

    public var description: String {
        switch self {
        case .noWeekdays: "a window needs at least one weekday"
        case let .minuteOutOfRange(field, value): "\(field) \(value) is not a minute of the day (0 … 1440)"
        case .emptyWindow: "start and end are equal: the window would be empty"
        }
    }
}

/// A weekly time window on the Brussels wall clock: on each of `weekdays` from `start` to `end` (minutes after
/// midnight, `end` exclusive). When `end` is not after `start` the window runs past midnight into the next day, so
/// {Friday} 22:00–06:00 covers Friday 22:00 to Saturday 06:00. 0–1440 is the whole day.
public struct WeeklyWindow: Hashable, Sendable, Codable {
    public let weekdays: Set<Weekday>
    public let start: Int
    public let end: Int

    public init(_ weekdays: Set<Weekday>, start: Int, end: Int) throws(TimeWindowError) {
        guard !weekdays.isEmpty else { throw .noWeekdays }
        guard (0..<1440).contains(start) else { throw .minuteOutOfRange(field: "start", value: start) }
        guard (0...1440).contains(end) else { throw .minuteOutOfRange(field: "end", value: end) }
        guard start != end else { throw .emptyWindow }
        self.weekdays = weekdays
        self.start = start
        self.end = end
    }

    /// A window written as hours and minutes, e.g. `("09:00", "18:00")`; `nil` when a time is not HH:MM.
    public init(_ weekdays: Set<Weekday>, from: String, to: String) throws(TimeWindowError) {
        guard let start = Self.minutes(from), let end = Self.minutes(to) else { throw .minuteOutOfRange(field: "time", value: -1) }
        try self.init(weekdays, start: start, end: end)
    }

    /// Whether the window runs past midnight.
    public var crossesMidnight: Bool { end <= start }

    /// Whether a local moment falls inside the window.
    public func contains(_ moment: LocalMoment) -> Bool {
        if !crossesMidnight { return weekdays.contains(moment.weekday) && moment.minute >= start && moment.minute < end }
        // Before midnight on a listed day, or after midnight on the day after a listed day.
        if weekdays.contains(moment.weekday) && moment.minute >= start { return true }
        return weekdays.contains(moment.weekday.previous) && moment.minute < end
    }

    /// The stretches of the week the window covers, as minutes after Monday 00:00 (0 … 10080), split at the week's end.
    public var weekIntervals: [Range<Int>] {
        var out: [Range<Int>] = []
        for day in weekdays {
            let base = (day.rawValue - 1) * 1440
            let finish = crossesMidnight ? base + 1440 + end : base + end
            if finish <= 10080 { out.append(base + start..<finish) } else {
                out.append(base + start..<10080)
                out.append(0..<finish - 10080)
            }
        }
        return out
    }

    /// Whether two windows share any minute of the week.
    public func overlaps(_ other: WeeklyWindow) -> Bool {
        weekIntervals.contains { a in other.weekIntervals.contains { a.overlaps($0) } }
    }

    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0..<60).contains(m) else { return nil }
        let total = h * 60 + m
        return total <= 1440 ? total : nil
    }
}

extension WeeklyWindow {
    enum CodingKeys: String, CodingKey { case days, from, to }

    /// Read from `{"days": [1, 2, 3, 4, 5], "from": "09:00", "to": "18:00"}` (ISO weekdays, Monday 1); a bad window is
    /// a decoding error at its own path.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let numbers = try container.decode([Int].self, forKey: .days)
        var days: Set<Weekday> = []
        for number in numbers {
            guard let day = Weekday(rawValue: number) else {
                throw DecodingError.dataCorruptedError(forKey: .days, in: container, debugDescription: "\(number) is not a weekday (1 Monday … 7 Sunday)")
            }
            days.insert(day)
        }
        let from = try container.decode(String.self, forKey: .from)
        let to = try container.decode(String.self, forKey: .to)
        guard let start = Self.minutes(from) else {
            throw DecodingError.dataCorruptedError(forKey: .from, in: container, debugDescription: "\"\(from)\" is not a time HH:MM")
        }
        guard let end = Self.minutes(to) else {
            throw DecodingError.dataCorruptedError(forKey: .to, in: container, debugDescription: "\"\(to)\" is not a time HH:MM")
        }
        do { try self.init(days, start: start, end: end) } catch {
            throw DecodingError.dataCorruptedError(forKey: .days, in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(weekdays.map(\.rawValue).sorted(), forKey: .days)
        func text(_ minute: Int) -> String { String(format: "%02d:%02d", minute / 60, minute % 60) }
        try container.encode(text(start), forKey: .from)
        try container.encode(text(end), forKey: .to)
    }
}
