/// The time-zone rules the calendar writer knows: Central European Time with the EU's summer time.
///
/// Summer time (UTC+2) runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October;
/// the rest of the year is UTC+1. These are the rules in force since 1996.
struct EuropeanSummerTime {
    /// Zones on Central European Time that follow the EU rules.
    static let zoneIdentifiers: Set<String> = [
        "Europe/Brussels", "Europe/Amsterdam", "Europe/Luxembourg", "Europe/Paris", "Europe/Berlin",
    ]

    /// The offset from UTC, in seconds, at a moment given in seconds since 1970.
    static func offset(atSecondsSince1970 seconds: Int) -> Int {
        let year = CivilTime(secondsSince1970: seconds).year
        let starts = lastSunday(year: year, month: 3) * 86_400 + 3_600
        let ends = lastSunday(year: year, month: 10) * 86_400 + 3_600
        return seconds >= starts && seconds < ends ? 7_200 : 3_600
    }

    /// The local date and time at a moment given in seconds since 1970.
    static func localTime(atSecondsSince1970 seconds: Int) -> CivilTime {
        CivilTime(secondsSince1970: seconds + offset(atSecondsSince1970: seconds))
    }

    /// Days since 1970 of the last Sunday of a month.
    static func lastSunday(year: Int, month: Int) -> Int {
        let nextMonth = month == 12 ? (year + 1, 1) : (year, month + 1)
        let lastDay = CivilTime.daysSince1970(year: nextMonth.0, month: nextMonth.1, day: 1) - 1
        return lastDay - CivilTime.weekday(daysSince1970: lastDay)
    }

    /// The VTIMEZONE component for a zone on these rules.
    static func component(zone: String) -> [String] {
        [
            "BEGIN:VTIMEZONE",
            "TZID:\(zone)",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    }
}
