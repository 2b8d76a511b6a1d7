import Foundation
import KennisDomain
import Testing

/// The events calendar as an iCalendar file (RFC 5545).
@Suite("iCalendar")
struct ICalendarTests {
    /// A moment in UTC.
    func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    func event(
        summary: String = "Lerend netwerk data", description: String = "", start: String = "2025-03-14T13:00:00Z",
        end: String = "2025-03-14T15:30:00Z", zone: String = "Europe/Brussels",
        status: CalendarEvent.Status = .confirmed
    ) -> CalendarEvent {
        CalendarEvent(
            uid: "evenement-42@stadsbeeld.be", start: utc(start), end: utc(end), timeZone: zone, summary: summary,
            description: description, location: "Stadhuis Gent", url: "https://stadsbeeld.be/kennis/evenementen/42",
            lastModified: utc("2025-03-01T09:15:00Z"), status: status, sequence: 2
        )
    }

    func document(_ events: [CalendarEvent]) -> String {
        ICalendar.document(
            events: events, productID: "-//Kenniscentrum Vlaamse Steden//Stadsbeeld//NL", calendarName: "Kennis")
    }

    /// The logical lines: folds undone, split at CRLF.
    func unfoldedLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func writesAWholeCalendarWithCRLF() {
        let text = document([event()])
        let lines = unfoldedLines(text)
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        // Every line end is CRLF: removing them leaves no line feed or carriage return.
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.contains("PRODID:-//Kenniscentrum Vlaamse Steden//Stadsbeeld//NL"))
        #expect(lines.contains("X-WR-CALNAME:Kennis"))
        #expect(lines.contains("UID:evenement-42@stadsbeeld.be"))
        #expect(lines.contains("SEQUENCE:2"))
        #expect(lines.contains("STATUS:CONFIRMED"))
        #expect(lines.contains("LOCATION:Stadhuis Gent"))
        #expect(lines.contains("URL:https://stadsbeeld.be/kennis/evenementen/42"))
    }

    @Test func localTimesCarryTheZoneAndTheStampIsUTC() {
        let lines = unfoldedLines(document([event()]))
        // 13:00 UTC on 14 March is 14:00 in Brussels (winter time, UTC+1).
        #expect(lines.contains("DTSTART;TZID=Europe/Brussels:20250314T140000"))
        #expect(lines.contains("DTEND;TZID=Europe/Brussels:20250314T163000"))
        #expect(lines.contains("DTSTAMP:20250301T091500Z"))
        #expect(lines.contains("LAST-MODIFIED:20250301T091500Z"))
        // In June, summer time: 08:00 UTC is 10:00.
        let summer = unfoldedLines(document([event(start: "2025-06-10T08:00:00Z", end: "2025-06-10T09:00:00Z")]))
        #expect(summer.contains("DTSTART;TZID=Europe/Brussels:20250610T100000"))
    }

    @Test func summerTimeChangesOnTheLastSundays() {
        // 2025: summer time from 30 March 01:00 UTC to 26 October 01:00 UTC.
        let cases = [
            ("2025-03-30T00:59:00Z", "20250330T015900"),
            ("2025-03-30T01:00:00Z", "20250330T030000"),
            ("2025-10-26T00:59:00Z", "20251026T025900"),
            ("2025-10-26T01:00:00Z", "20251026T020000"),
            ("2024-12-31T23:30:00Z", "20250101T003000"),
            ("2028-02-29T12:00:00Z", "20280229T130000"),
        ]
        for (moment, local) in cases {
            let lines = unfoldedLines(document([event(start: moment, end: moment)]))
            #expect(lines.contains("DTSTART;TZID=Europe/Brussels:\(local)"), "\(moment)")
        }
    }

    @Test func localTimesAgreeWithTheSystemTimeZone() throws {
        let brussels = try #require(TimeZone(identifier: "Europe/Brussels"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = brussels
        // Every 7 hours and 13 minutes over ten years, so every hour of the day and both changes are met.
        var moment = utc("2020-01-01T00:00:00Z")
        let last = utc("2030-01-01T00:00:00Z")
        var checked = 0
        while moment < last {
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: moment)
            let expected = String(
                format: "%04d%02d%02dT%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
            let text = ICalendar.document(
                events: [CalendarEvent(uid: "u", start: moment, end: moment, summary: "s", lastModified: moment)],
                productID: "p", calendarName: "c")
            #expect(text.contains("DTSTART;TZID=Europe/Brussels:\(expected)\r\n"))
            moment += 7 * 3_600 + 13 * 60
            checked += 1
        }
        #expect(checked > 12_000)
    }

    @Test func theTimeZoneIsDescribedOnce() {
        let lines = unfoldedLines(document([event(), event(summary: "Tweede")]))
        #expect(lines.filter { $0 == "BEGIN:VTIMEZONE" }.count == 1)
        let zone = Array(lines.drop { $0 != "BEGIN:VTIMEZONE" }.prefix { $0 != "END:VTIMEZONE" })
        #expect(zone.contains("TZID:Europe/Brussels"))
        #expect(zone.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"))
        #expect(zone.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
        #expect(zone.contains("TZNAME:CEST"))
        #expect(zone.contains("TZOFFSETTO:+0100"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
    }

    @Test func otherZonesAreWrittenInUTC() {
        let text = document([event(zone: "America/New_York")])
        #expect(unfoldedLines(text).contains("DTSTART:20250314T130000Z"))
        #expect(!text.contains("VTIMEZONE"))
    }

    @Test func textIsEscaped() {
        let lines = unfoldedLines(
            document([
                event(summary: "Data, kaarten; en meer", description: "Pad: C:\\data\nTweede regel\r\nDerde\u{7}")
            ]))
        #expect(lines.contains("SUMMARY:Data\\, kaarten\\; en meer"))
        #expect(lines.contains("DESCRIPTION:Pad: C:\\\\data\\nTweede regel\\nDerde"))
    }

    @Test func cancelledEventsAndEmptyEnds() {
        let lines = unfoldedLines(document([event(end: "2025-03-14T13:00:00Z", status: .cancelled)]))
        #expect(lines.contains("STATUS:CANCELLED"))
        // An end that is not after the start is left out.
        #expect(!lines.contains { $0.hasPrefix("DTEND") })
    }

    @Test func longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        let description = String(repeating: "één coördinatie – ", count: 20)
        let text = document([event(description: description)])
        // Split the bytes at CRLF: each piece must be at most 75 octets and valid UTF-8 by itself,
        // which it is not when a fold cut a character in two.
        var pieces: [[UInt8]] = [[]]
        for byte in Array(text.utf8) {
            if byte == 0x0A, pieces[pieces.count - 1].last == 0x0D {
                pieces[pieces.count - 1].removeLast()
                pieces.append([])
            } else {
                pieces[pieces.count - 1].append(byte)
            }
        }
        for piece in pieces {
            #expect(piece.count <= 75)
            #expect(Array(String(decoding: piece, as: UTF8.self).utf8) == piece)
        }
        let physical = pieces.map { String(decoding: $0, as: UTF8.self) }
        let descriptionLines = physical.drop { !$0.hasPrefix("DESCRIPTION:") }
            .prefix { $0.hasPrefix("DESCRIPTION:") || $0.hasPrefix(" ") }
        #expect(descriptionLines.count > 5)
        // Continuations start with a space; multi-byte characters mean some lines end just short of 75.
        #expect(descriptionLines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(descriptionLines.contains { $0.utf8.count >= 73 })
        #expect(unfoldedLines(text).contains("DESCRIPTION:" + description))
    }

    @Test func foldingCountsOctetsNotCharacters() {
        // 80 ASCII letters: 75 octets on the first line ("SUMMARY:" + 67), the rest after a space.
        let summary = String(repeating: "a", count: 80)
        let text = document([event(summary: summary)])
        #expect(
            text.contains(
                "SUMMARY:" + String(repeating: "a", count: 67) + "\r\n " + String(repeating: "a", count: 13) + "\r\n"))
        // "é" is two octets: 33 of them after "SUMMARY:" fill 74 octets, the 34th would make 76.
        let accented = document([event(summary: String(repeating: "é", count: 40))])
        #expect(
            accented.contains(
                "SUMMARY:" + String(repeating: "é", count: 33) + "\r\n " + String(repeating: "é", count: 7) + "\r\n"))
    }

    @Test func sameInputSameBytes() {
        #expect(document([event()]) == document([event()]))
    }
}
