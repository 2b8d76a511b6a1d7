import DienstenDomain
import Foundation
import Testing

/// Zone geometry (point in polygon, holes, edges) and weekly windows on the Brussels clock, past midnight and
/// across the changes of summer time.
@Suite("Parkeren zones and windows")
struct ParkerenZoneTests {
    static func p(_ lon: Double, _ lat: Double) -> ZonePoint { ZonePoint(longitude: lon, latitude: lat) }

    /// A square 4.40–4.42 E, 51.20–51.22 N with a hole 4.405–4.41 E, 51.205–51.21 N.
    static func square() throws -> ZonePolygon {
        try ZonePolygon(
            outer: [p(4.40, 51.20), p(4.42, 51.20), p(4.42, 51.22), p(4.40, 51.22), p(4.40, 51.20)],
            holes: [[p(4.405, 51.205), p(4.41, 51.205), p(4.41, 51.21), p(4.405, 51.21)]])
    }

    @Test func pointInPolygonWithAHoleAndEdges() throws {
        let square = try Self.square()
        #expect(square.contains(Self.p(4.415, 51.215)))     // inside, outside the hole
        #expect(!square.contains(Self.p(4.4075, 51.2075)))  // in the hole
        #expect(!square.contains(Self.p(4.43, 51.21)))      // east of the square
        #expect(!square.contains(Self.p(4.41, 51.19)))      // south of it
        #expect(square.contains(Self.p(4.40, 51.21)))       // on the west edge: inside
        #expect(square.contains(Self.p(4.405, 51.2075)))    // on the hole's edge: the border belongs to the zone
        // a concave L: the notch 4.41–4.42 × 51.21–51.22 is cut out
        let l = try ZonePolygon(outer: [Self.p(4.40, 51.20), Self.p(4.42, 51.20), Self.p(4.42, 51.21), Self.p(4.41, 51.21), Self.p(4.41, 51.22), Self.p(4.40, 51.22)])
        #expect(l.contains(Self.p(4.405, 51.215)))
        #expect(!l.contains(Self.p(4.415, 51.215)))
        #expect(ZoneArea([l, square]).contains(Self.p(4.415, 51.215)))
    }

    @Test func badPolygonsAreLocated() {
        #expect(throws: ZoneGeometryError(ring: 0, point: 1, "(200.0, 51.0) is outside the WGS84 ranges")) {
            try ZonePolygon(outer: [Self.p(4, 51), Self.p(200, 51), Self.p(4, 52)])
        }
        #expect(throws: ZoneGeometryError(ring: 1, "a ring needs at least three distinct points")) {
            try ZonePolygon(outer: [Self.p(4, 51), Self.p(5, 51), Self.p(4, 52)], holes: [[Self.p(4.1, 51.1), Self.p(4.2, 51.1), Self.p(4.1, 51.1)]])
        }
    }

    @Test func theBrusselsClockFollowsSummerTime() throws {
        let clock = BrusselsClock()
        // 2026-07-01 is a Wednesday; 10:00 UTC is 12:00 CEST (UTC+2)
        let summer = clock.local(Date(timeIntervalSince1970: 1_782_900_000))  // 2026-07-01T10:00:00Z
        #expect(summer == LocalMoment(weekday: .wednesday, minute: 12 * 60, year: 2026))
        // 2026-01-01 23:30 UTC is Friday 2 January 00:30 CET (UTC+1)
        let winter = clock.local(Date(timeIntervalSince1970: 1_767_310_200))  // 2026-01-01T23:30:00Z
        #expect(winter == LocalMoment(weekday: .friday, minute: 30, year: 2026))
        #expect(clock.date(2026, 7, 1, 12, 0) == Date(timeIntervalSince1970: 1_782_900_000))
    }

    @Test func aWindowPastMidnightBelongsToTheDayItStarts() throws {
        // Friday and Saturday 22:00–06:00
        let night = try WeeklyWindow([.friday, .saturday], from: "22:00", to: "06:00")
        #expect(night.crossesMidnight)
        #expect(night.contains(LocalMoment(weekday: .friday, minute: 23 * 60, year: 2026)))
        #expect(night.contains(LocalMoment(weekday: .saturday, minute: 5 * 60 + 59, year: 2026)))   // Friday's night
        #expect(night.contains(LocalMoment(weekday: .sunday, minute: 60, year: 2026)))              // Saturday's night
        #expect(!night.contains(LocalMoment(weekday: .sunday, minute: 6 * 60, year: 2026)))         // end is exclusive
        #expect(!night.contains(LocalMoment(weekday: .friday, minute: 60, year: 2026)))             // Thursday is not listed
        #expect(!night.contains(LocalMoment(weekday: .saturday, minute: 12 * 60, year: 2026)))
        // Sunday 23:00–01:00 runs into Monday
        let sunday = try WeeklyWindow([.sunday], from: "23:00", to: "01:00")
        #expect(sunday.contains(LocalMoment(weekday: .monday, minute: 30, year: 2026)))
        #expect(sunday.weekIntervals.sorted { $0.lowerBound < $1.lowerBound } == [0..<60, 6 * 1440 + 23 * 60..<10080])
    }

    @Test func windowsAcrossTheChangesOfSummerTime() throws {
        let clock = BrusselsClock()
        // Sunday 01:00–04:00 on the Brussels wall clock
        let early = try WeeklyWindow([.sunday], from: "01:00", to: "04:00")
        // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST. 01:30 UTC = 03:30 CEST → inside.
        let spring = clock.local(Date(timeIntervalSince1970: 1_774_747_800))  // 2026-03-29T01:30:00Z
        #expect(spring == LocalMoment(weekday: .sunday, minute: 3 * 60 + 30, year: 2026))
        #expect(early.contains(spring))
        // 02:30 UTC = 04:30 CEST → outside (the window lasted only 2 real hours that night: 00:00–02:00 UTC)
        #expect(!early.contains(clock.local(Date(timeIntervalSince1970: 1_774_751_400))))
        // 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 local happens twice: 00:30 UTC and 01:30 UTC
        let first = clock.local(Date(timeIntervalSince1970: 1_792_888_200))   // 2026-10-25T00:30:00Z
        let second = clock.local(Date(timeIntervalSince1970: 1_792_891_800))  // 2026-10-25T01:30:00Z
        #expect(first.minute == 150 && second.minute == 150)
        #expect(early.contains(first) && early.contains(second))
        // 03:30 UTC = 04:30 CET → outside (that night the window lasted 4 real hours: 23:00 to 03:00 UTC)
        #expect(!early.contains(clock.local(Date(timeIntervalSince1970: 1_792_899_000))))
    }

    @Test func badWindowsAreRefused() {
        #expect(throws: TimeWindowError.noWeekdays) { try WeeklyWindow([], start: 0, end: 60) }
        #expect(throws: TimeWindowError.emptyWindow) { try WeeklyWindow([.monday], start: 60, end: 60) }
        #expect(throws: TimeWindowError.minuteOutOfRange(field: "end", value: 1441)) { try WeeklyWindow([.monday], start: 0, end: 1441) }
        #expect(throws: TimeWindowError.minuteOutOfRange(field: "start", value: 1440)) { try WeeklyWindow([.monday], start: 1440, end: 60) }
    }

    @Test func overlapOfWindows() throws {
        let shop = try WeeklyWindow(Weekday.workingDays.union([.saturday]), from: "09:00", to: "18:00")
        #expect(!(try WeeklyWindow(Weekday.workingDays, from: "18:00", to: "09:00")).overlaps(shop))
        #expect((try WeeklyWindow([.saturday], from: "17:00", to: "23:00")).overlaps(shop))
        // Saturday 20:00 – Sunday 10:00 and a Sunday-only shop window 09:00–12:00 share Sunday 09:00–10:00
        #expect((try WeeklyWindow([.saturday], from: "20:00", to: "10:00")).overlaps(try WeeklyWindow([.sunday], from: "09:00", to: "12:00")))
    }
}
