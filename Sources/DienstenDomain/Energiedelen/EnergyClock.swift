import Foundation

/// Calendar arithmetic for quarter-hour meter data in Brussels local time, without a time-zone database: the EU rule
/// (summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, in force since
/// 1996) on top of CET (UTC+1). Instants are counted in UTC minutes or UTC quarter hours since 1970-01-01 00:00 UTC.
public enum EnergyClock {
    /// A calendar day with its year, month (1…12) and day (1…31).
    public struct Day: Sendable, Hashable, Comparable {
        public var year: Int
        public var month: Int
        public var day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        public static func < (lhs: Day, rhs: Day) -> Bool {
            (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (a negative number before 1970).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day number (the inverse of `dayNumber`).
    public static func day(ofDayNumber number: Int) -> Day {
        let shifted = number + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return Day(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Whether the date exists (29 February only in leap years).
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1, day <= 31 else { return false }
        let back = Self.day(ofDayNumber: dayNumber(year: year, month: month, day: day))
        return back == Day(year: year, month: month, day: day)
    }

    /// The day number of the last Sunday of a month with 31 days (March and October).
    static func lastSunday(year: Int, month: Int) -> Int {
        let last = dayNumber(year: year, month: month, day: 31)
        let weekday = ((last + 4) % 7 + 7) % 7  // 0 = Sunday; 1970-01-01 was a Thursday
        return last - weekday
    }

    /// Whether Brussels is on summer time (UTC+2) at this UTC minute.
    public static func isSummerTime(utcMinute: Int) -> Bool {
        let year = day(ofDayNumber: floorDivide(utcMinute, 1440)).year
        let start = lastSunday(year: year, month: 3) * 1440 + 60
        let end = lastSunday(year: year, month: 10) * 1440 + 60
        return utcMinute >= start && utcMinute < end
    }

    /// Brussels' offset from UTC in minutes (60 or 120) at this UTC minute.
    public static func offsetMinutes(utcMinute: Int) -> Int {
        isSummerTime(utcMinute: utcMinute) ? 120 : 60
    }

    /// The UTC minutes a Brussels wall-clock time stands for, earliest first: one normally, none in the hour skipped
    /// when summer time starts, two in the hour repeated when it ends (first the summer-time one).
    public static func utcMinutes(localDayNumber: Int, minuteOfDay: Int) -> [Int] {
        let local = localDayNumber * 1440 + minuteOfDay
        return [local - 120, local - 60].filter { local - offsetMinutes(utcMinute: $0) == $0 }
    }

    /// The Brussels wall clock of a UTC minute: its day number and minute of the day.
    public static func local(utcMinute: Int) -> (dayNumber: Int, minuteOfDay: Int) {
        let local = utcMinute + offsetMinutes(utcMinute: utcMinute)
        return (floorDivide(local, 1440), local - floorDivide(local, 1440) * 1440)
    }

    /// The UTC quarter-hour index (since 1970) of a UTC minute, rounding down.
    public static func quarter(utcMinute: Int) -> Int { floorDivide(utcMinute, 15) }

    /// The UTC quarter-hour index at which a Brussels calendar day begins (local midnight is never ambiguous).
    public static func firstQuarter(ofLocalDay day: Day) -> Int {
        let number = dayNumber(year: day.year, month: day.month, day: day.day)
        return quarter(utcMinute: utcMinutes(localDayNumber: number, minuteOfDay: 0)[0])
    }

    static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
