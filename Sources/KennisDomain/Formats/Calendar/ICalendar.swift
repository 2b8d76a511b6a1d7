import Foundation

/// Writes iCalendar files (RFC 5545) for the events pages.
public enum ICalendar {
    /// The `Content-Type` to serve a document with.
    public static let contentType = "text/calendar; charset=utf-8"

    /// A VCALENDAR with one VEVENT per event: CRLF line ends, lines folded at 75 octets, TEXT values escaped,
    /// local times with a VTIMEZONE for Central European zones, DTSTAMP in UTC. The same input gives the same bytes.
    ///
    /// - Parameters:
    ///   - productID: the PRODID, such as `-//Kenniscentrum Vlaamse Steden//Stadsbeeld//NL`.
    ///   - calendarName: shown by calendar apps as the name of a subscribed calendar.
    public static func document(events: [CalendarEvent], productID: String, calendarName: String) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:" + ICalendarText.escaped(productID),
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "NAME:" + ICalendarText.escaped(calendarName),
            "X-WR-CALNAME:" + ICalendarText.escaped(calendarName),
        ]
        let zones = Set(events.map(\.timeZone)).intersection(EuropeanSummerTime.zoneIdentifiers).sorted()
        for zone in zones { lines += EuropeanSummerTime.component(zone: zone) }
        for event in events { lines += eventLines(event) }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.folded).joined()
    }

    private static func eventLines(_ event: CalendarEvent) -> [String] {
        let stamp = utc(event.lastModified)
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + ICalendarText.escaped(event.uid),
            "DTSTAMP:" + stamp,
            "LAST-MODIFIED:" + stamp,
            "SEQUENCE:\(max(event.sequence, 0))",
            "STATUS:" + event.status.rawValue,
            "DTSTART" + dateTime(event.start, zone: event.timeZone),
        ]
        if event.end > event.start { lines.append("DTEND" + dateTime(event.end, zone: event.timeZone)) }
        lines.append("SUMMARY:" + ICalendarText.escaped(event.summary))
        if !event.description.isEmpty { lines.append("DESCRIPTION:" + ICalendarText.escaped(event.description)) }
        if !event.location.isEmpty { lines.append("LOCATION:" + ICalendarText.escaped(event.location)) }
        if let url = event.url.map(ICalendarText.uri), !url.isEmpty { lines.append("URL:" + url) }
        lines.append("END:VEVENT")
        return lines
    }

    /// `;TZID=Europe/Brussels:20250314T140000` for a known zone, else `:20250314T130000Z`.
    private static func dateTime(_ date: Date, zone: String) -> String {
        guard EuropeanSummerTime.zoneIdentifiers.contains(zone) else { return ":" + utc(date) }
        let local = EuropeanSummerTime.localTime(atSecondsSince1970: CivilTime.wholeSeconds(date))
        return ";TZID=\(zone):" + local.compact
    }

    private static func utc(_ date: Date) -> String {
        CivilTime(utc: date).compact + "Z"
    }
}
