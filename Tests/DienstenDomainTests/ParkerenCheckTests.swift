import DienstenDomain
import Foundation
import Testing

/// The check (plate × zone × moment) for every kind of zone, with hand-worked moments on the Brussels clock.
@Suite("Parkeren check")
struct ParkerenCheckTests {
    static let clock = BrusselsClock()
    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Date { clock.date(y, m, d, h, min)! }
    static func plate(_ text: String, _ country: String = "BE") -> LicencePlate { try! LicencePlate(text, country: country) }
    static let area = ZoneArea([try! ZonePolygon(outer: [
        ZonePoint(longitude: 4.40, latitude: 51.20), ZonePoint(longitude: 4.42, latitude: 51.20),
        ZonePoint(longitude: 4.42, latitude: 51.22), ZonePoint(longitude: 4.40, latitude: 51.22),
    ])])
    static let basis = "Parkeerreglement 2026, art. 4"

    static func register() throws -> ParkingRegister {
        let workingHours = try WeeklyWindow(Weekday.workingDays.union([.saturday]), from: "09:00", to: "21:00")
        let zones = [
            // residents' zone, in force Monday–Saturday 09:00–21:00
            Zone(id: "B1", name: "Zurenborg", kind: .residents, area: area, regulations: [Regulation(windows: [workingHours])]),
            // paid zone, same hours
            Zone(id: "P1", name: "Meir", kind: .paid, area: area, regulations: [Regulation(windows: [workingHours])]),
            // blue zone, 2 hours, Monday–Saturday 09:00–18:00
            Zone(id: "BL", name: "Berchem", kind: .blueZone, area: area,
                 regulations: [Regulation(windows: [try WeeklyWindow(Weekday.workingDays.union([.saturday]), from: "09:00", to: "18:00")], maximumDuration: 2 * 3600)]),
            // LEZ, always: diesel needs Euro 5 from 2025-01-01 and Euro 6 from 2027-01-01; petrol Euro 3 from 2025;
            // LPG banned from 2026-06-01 (a made-up step to test a ban)
            Zone(id: "LEZ", name: "LEZ Antwerpen", kind: .lowEmission, area: area, admissions: [
                EmissionAdmission(fuel: .diesel, from: at(2025, 1, 1, 0), minimumEuroNorm: .euro5),
                EmissionAdmission(fuel: .diesel, from: at(2027, 1, 1, 0), minimumEuroNorm: .euro6),
                EmissionAdmission(fuel: .petrol, from: at(2025, 1, 1, 0), minimumEuroNorm: .euro3),
                EmissionAdmission(fuel: .lpg, from: at(2026, 6, 1, 0), minimumEuroNorm: nil),
            ]),
            // car-free centre, closed every day 11:00–06:00 (past midnight)
            Zone(id: "AL", name: "Autoluw centrum", kind: .carFree, area: area,
                 regulations: [Regulation(windows: [try WeeklyWindow(Set(Weekday.allCases), from: "11:00", to: "06:00")])]),
        ]
        let rights = [
            ParkingRight(id: "r-res", kind: .residentPermit, holderID: "h1", plates: [plate("1-ABC-123")], zones: ["B1"],
                         validFrom: at(2026, 1, 1, 0), validUntil: at(2027, 1, 1, 0), legalBasis: basis),
            ParkingRight(id: "r-vis", kind: .visitorPermit, holderID: "h1", plates: [plate("2-VIS-001")], zones: ["B1"],
                         validFrom: at(2026, 3, 2, 0), validUntil: at(2026, 3, 3, 0), legalBasis: basis),
            ParkingRight(id: "r-susp", kind: .residentPermit, holderID: "h2", plates: [plate("1-SUS-001")], zones: ["B1"],
                         validFrom: at(2026, 1, 1, 0), status: .suspended, legalBasis: basis),
            ParkingRight(id: "r-dis", kind: .disabilityCard, holderID: "h3", plates: [plate("1-DIS-001")],
                         validFrom: at(2020, 1, 1, 0), legalBasis: "KB 1975 art. 27.4"),
            ParkingRight(id: "r-pay", kind: .paidSession, plates: [plate("AB-123-CD", "FR")], zones: ["P1"],
                         validFrom: at(2026, 3, 2, 10), validUntil: at(2026, 3, 2, 12), legalBasis: basis),
            ParkingRight(id: "r-pass", kind: .lezDayPass, plates: [plate("1-OLD-001")], zones: ["LEZ"],
                         validFrom: at(2026, 3, 2, 0), validUntil: at(2026, 3, 3, 0), legalBasis: "LEZ-besluit art. 7"),
            ParkingRight(id: "r-acc", kind: .accessPermit, plates: [plate("1-ACC-001")], zones: ["AL"],
                         validFrom: at(2026, 1, 1, 0), validUntil: at(2027, 1, 1, 0),
                         timeRestrictions: [try WeeklyWindow(Weekday.workingDays, from: "05:00", to: "11:30")], legalBasis: "Politiereglement art. 3"),
            ParkingRight(id: "r-acc-rev", kind: .accessPermit, plates: [plate("1-REV-001")], zones: ["AL"],
                         validFrom: at(2026, 1, 1, 0), status: .revoked, legalBasis: "Politiereglement art. 3"),
        ]
        let vehicles = [
            Vehicle(plate: plate("1-OLD-001"), fuel: .diesel, euroNorm: .euro4),
            Vehicle(plate: plate("1-NEW-001"), fuel: .diesel, euroNorm: .euro5),
            Vehicle(plate: plate("1-PET-001"), fuel: .petrol, euroNorm: .euro3),
            Vehicle(plate: plate("1-LPG-001"), fuel: .lpg, euroNorm: .euro6),
            Vehicle(plate: plate("1-ELE-001"), fuel: .electric, euroNorm: .euro6),
        ]
        return ParkingRegister(zones: zones, rights: rights, vehicles: vehicles)
    }

    // 2 March 2026 is a Monday; 7 March a Saturday; 8 March a Sunday.

    @Test func residentsZone() throws {
        let register = try Self.register()
        // the resident on Monday 10:00: admitted by the permit
        let resident = try register.check(plate: "1abc123", zone: "B1", at: Self.at(2026, 3, 2, 10))
        #expect(resident.allowed && resident.rights.map(\.id) == ["r-res"])
        #expect(resident.reason == .admittedByRight([.residentPermit]))
        // the visitor's day permit covers Monday 2 March only (until Tuesday 00:00, exclusive)
        #expect(try register.check(plate: "2-VIS-001", zone: "B1", at: Self.at(2026, 3, 2, 20, 59)).allowed)
        #expect(try !register.check(plate: "2-VIS-001", zone: "B1", at: Self.at(2026, 3, 3, 9)).allowed)
        // a suspended permit does not count
        let suspended = try register.check(plate: "1-SUS-001", zone: "B1", at: Self.at(2026, 3, 2, 10))
        #expect(!suspended.allowed && suspended.reason == .noValidRight(.residents))
        // the disability card holds in every zone
        #expect(try register.check(plate: "1-DIS-001", zone: "B1", at: Self.at(2026, 3, 2, 10)).rights.map(\.id) == ["r-dis"])
        // Sunday: the regulation is not in force, everyone may park
        let sunday = try register.check(plate: "9-ZZZ-999", zone: "B1", at: Self.at(2026, 3, 8, 10))
        #expect(sunday.allowed && sunday.reason == .noRegulationInForce)
        // Monday 21:00 is the (exclusive) end of the window
        #expect(try register.check(plate: "9-ZZZ-999", zone: "B1", at: Self.at(2026, 3, 2, 21)).allowed)
        // the resident permit of B1 does not hold in the paid zone P1
        #expect(try !register.check(plate: "1-ABC-123", zone: "P1", at: Self.at(2026, 3, 2, 10)).allowed)
    }

    @Test func paidZone() throws {
        let register = try Self.register()
        // paid 10:00–12:00 on Monday, a French car
        #expect(try register.check(plate: "ab 123 cd", country: "F", zone: "P1", at: Self.at(2026, 3, 2, 11, 59)).allowed)
        let late = try register.check(plate: "AB-123-CD", country: "FR", zone: "P1", at: Self.at(2026, 3, 2, 12))
        #expect(!late.allowed && late.reason == .noValidRight(.paid))
        // the same characters on a Belgian plate are another plate (a personalised one) without the session
        let belgian = try register.check(plate: "AB-123-CD", zone: "P1", at: Self.at(2026, 3, 2, 11))
        #expect(!belgian.allowed && belgian.rights.isEmpty)
    }

    @Test func blueZoneMaximumDuration() throws {
        let register = try Self.register()
        // arrived Monday 09:30, checked 11:30: 2 h = the maximum → allowed
        let within = try register.check(plate: "9-ZZZ-999", zone: "BL", at: Self.at(2026, 3, 2, 11, 30), parkedSince: Self.at(2026, 3, 2, 9, 30))
        #expect(within.allowed && within.reason == .withinMaximumDuration(stayed: 7200, maximum: 7200))
        // checked 11:31: 2 h 1 min > 2 h → refused
        let over = try register.check(plate: "9-ZZZ-999", zone: "BL", at: Self.at(2026, 3, 2, 11, 31), parkedSince: Self.at(2026, 3, 2, 9, 30))
        #expect(!over.allowed && over.reason == .maximumDurationExceeded(stayed: 7260, maximum: 7200))
        #expect(over.reason.description == "parked 2 h 1 min, longer than the maximum of 2 h")
        // no arrival time and no right → cannot be allowed
        #expect(try register.check(plate: "9-ZZZ-999", zone: "BL", at: Self.at(2026, 3, 2, 11)).reason == .arrivalUnknown(maximum: 7200))
        // the disability card is exempt from the disc
        #expect(try register.check(plate: "1-DIS-001", zone: "BL", at: Self.at(2026, 3, 2, 17), parkedSince: Self.at(2026, 3, 2, 9)).allowed)
        // after 18:00 the blue zone is not in force
        #expect(try register.check(plate: "9-ZZZ-999", zone: "BL", at: Self.at(2026, 3, 2, 19)).allowed)
    }

    @Test func lowEmissionZoneByDateFuelAndNorm() throws {
        let register = try Self.register()
        let march2026 = Self.at(2026, 3, 1, 12)  // a Sunday without day pass
        // diesel Euro 4 in 2026: the minimum is Euro 5
        let old = try register.check(plate: "1-OLD-001", zone: "LEZ", at: march2026)
        #expect(!old.allowed && old.reason == .belowEmissionRule(fuel: .diesel, euroNorm: .euro4, minimum: .euro5))
        // in 2024, before the first step, the same car was admitted
        #expect(try register.check(plate: "1-OLD-001", zone: "LEZ", at: Self.at(2024, 6, 1, 12)).reason == .meetsEmissionRule(fuel: .diesel, euroNorm: .euro4, minimum: nil))
        // with its day pass on Monday 2 March it is admitted, and the pass is returned
        let pass = try register.check(plate: "1-OLD-001", zone: "LEZ", at: Self.at(2026, 3, 2, 23, 59))
        #expect(pass.allowed && pass.rights.map(\.id) == ["r-pass"] && pass.reason == .admittedByRight([.lezDayPass]))
        // diesel Euro 5: admitted in 2026, refused from 2027 (minimum Euro 6)
        #expect(try register.check(plate: "1-NEW-001", zone: "LEZ", at: march2026).allowed)
        #expect(try register.check(plate: "1-NEW-001", zone: "LEZ", at: Self.at(2026, 12, 31, 23, 59)).allowed)
        #expect(try register.check(plate: "1-NEW-001", zone: "LEZ", at: Self.at(2027, 1, 1, 0)).reason == .belowEmissionRule(fuel: .diesel, euroNorm: .euro5, minimum: .euro6))
        // petrol Euro 3 meets its Euro 3 minimum exactly
        #expect(try register.check(plate: "1-PET-001", zone: "LEZ", at: march2026).reason == .meetsEmissionRule(fuel: .petrol, euroNorm: .euro3, minimum: .euro3))
        // LPG is banned from 1 June 2026, whatever the norm
        #expect(try register.check(plate: "1-LPG-001", zone: "LEZ", at: Self.at(2026, 5, 31, 23, 59)).allowed)
        #expect(try register.check(plate: "1-LPG-001", zone: "LEZ", at: Self.at(2026, 6, 1, 0)).reason == .fuelBanned(.lpg))
        // electric: no rule for the fuel
        #expect(try register.check(plate: "1-ELE-001", zone: "LEZ", at: march2026).allowed)
        // an unregistered foreign car without a pass
        #expect(try register.check(plate: "B-123-XY", country: "D", zone: "LEZ", at: march2026).reason == .vehicleUnknown)
    }

    @Test func carFreeZoneAcrossMidnight() throws {
        let register = try Self.register()
        // the permit holds on working days 05:00–11:30; the zone is closed 11:00–06:00 every day
        // Monday 10:00: zone open (06:00–11:00) → allowed without a right
        let open = try register.check(plate: "9-ZZZ-999", zone: "AL", at: Self.at(2026, 3, 2, 10))
        #expect(open.allowed && open.reason == .noRegulationInForce)
        // Monday 11:15: closed, the permit holds until 11:30
        #expect(try register.check(plate: "1-ACC-001", zone: "AL", at: Self.at(2026, 3, 2, 11, 15)).reason == .admittedByRight([.accessPermit]))
        // Monday 11:30: closed, the permit's window has ended
        #expect(try !register.check(plate: "1-ACC-001", zone: "AL", at: Self.at(2026, 3, 2, 11, 30)).allowed)
        // Tuesday 03:00: still Monday's closing (past midnight), no right → refused
        let night = try register.check(plate: "9-ZZZ-999", zone: "AL", at: Self.at(2026, 3, 3, 3))
        #expect(!night.allowed && night.reason == .noValidRight(.carFree))
        // Tuesday 05:30: closed until 06:00, the permit holds from 05:00
        #expect(try register.check(plate: "1-ACC-001", zone: "AL", at: Self.at(2026, 3, 3, 5, 30)).allowed)
        // Sunday 05:30: closed, and the permit is for working days only
        #expect(try !register.check(plate: "1-ACC-001", zone: "AL", at: Self.at(2026, 3, 8, 5, 30)).allowed)
        // a revoked permit is never in the index
        #expect(try register.check(plate: "1-REV-001", zone: "AL", at: Self.at(2026, 3, 2, 12)).rights.isEmpty)
    }

    @Test func carFreeZoneOnTheNightsOfSummerTime() throws {
        let register = try Self.register()
        // 29 March 2026 (Sunday): 05:30 local CEST = 03:30 UTC; closed until 06:00 → refused without right
        let spring = Date(timeIntervalSince1970: 1_774_755_000)  // 2026-03-29T03:30:00Z
        #expect(try !register.check(plate: "9-ZZZ-999", zone: "AL", at: spring).allowed)
        // 04:30 UTC = 06:30 CEST → open (in winter time 04:30 UTC would have been 05:30, closed)
        #expect(try register.check(plate: "9-ZZZ-999", zone: "AL", at: Date(timeIntervalSince1970: 1_774_758_600)).allowed)
        // 25 October 2026: 05:30 UTC = 06:30 CET → open; 04:30 UTC = 05:30 CET → closed
        #expect(try register.check(plate: "9-ZZZ-999", zone: "AL", at: Date(timeIntervalSince1970: 1_792_906_200)).allowed)
        #expect(try !register.check(plate: "9-ZZZ-999", zone: "AL", at: Date(timeIntervalSince1970: 1_792_902_600)).allowed)
        // the blue zone's 2 hours are real hours: arrived 01:00 CET (00:00 UTC), checked 03:00 CEST (01:00 UTC) on
        // 29 March = 1 real hour (a Sunday, so the disc is not needed anyway; the arithmetic is what is checked)
        let stay = Self.at(2026, 3, 29, 3).timeIntervalSince(Self.at(2026, 3, 29, 1))
        #expect(stay == 3600)
    }

    @Test func badInputIsAnError() throws {
        let register = try Self.register()
        #expect(throws: CheckError.unknownZone("X9")) { try register.check(plate: "1-ABC-123", zone: "X9", at: Self.at(2026, 3, 2, 10)) }
        #expect(throws: CheckError.badPlate(.invalidCharacter("?", position: 3))) {
            try register.check(plate: "1-A?C-123", zone: "B1", at: Self.at(2026, 3, 2, 10))
        }
    }

    @Test func addressToZone() throws {
        let register = try Self.register()
        #expect(register.zones(containing: ZonePoint(longitude: 4.41, latitude: 51.21)).map(\.id) == ["AL", "B1", "BL", "LEZ", "P1"])
        #expect(register.zones(containing: ZonePoint(longitude: 4.50, latitude: 51.21)).isEmpty)
    }

    @Test func aPlateOnTwoRightsIsIndexedOnceEach() throws {
        let right = ParkingRight(id: "x", kind: .residentPermit, plates: [Self.plate("1-ABC-123"), Self.plate("1abc123")], zones: ["B1"],
                                 validFrom: Self.at(2026, 1, 1, 0), legalBasis: Self.basis)
        let register = ParkingRegister(zones: [], rights: [right], vehicles: [])
        #expect(register.rightsByPlate["BE:1ABC123"]?.count == 1)
    }
}

extension ParkerenCheckTests {
    @Test func aZoneMayNameItsOwnAdmittedRights() throws {
        // a pedestrian street that admits disability cards as well as access permits, closed all day on Saturday
        let zone = Zone(id: "VG", name: "Voetgangersgebied", kind: .carFree, area: Self.area,
                        regulations: [Regulation(windows: [try WeeklyWindow([.saturday], start: 0, end: 1440)])],
                        admittedRights: [.accessPermit, .disabilityCard])
        let card = ParkingRight(id: "d", kind: .disabilityCard, plates: [Self.plate("1-DIS-001")], validFrom: Self.at(2026, 1, 1, 0), legalBasis: "x")
        let register = ParkingRegister(zones: [zone], rights: [card], vehicles: [])
        // Saturday 7 March 2026 15:00
        let result = try register.check(plate: "1-DIS-001", zone: "VG", at: Self.at(2026, 3, 7, 15))
        #expect(result.allowed && result.reason.code == "admitted-by-right")
        // the default for a car-free zone would not have admitted the card
        let plain = ParkingRegister(zones: [Zone(id: "VG", name: "x", kind: .carFree, area: Self.area, regulations: zone.regulations)], rights: [card], vehicles: [])
        #expect(try plain.check(plate: "1-DIS-001", zone: "VG", at: Self.at(2026, 3, 7, 15)).reason.code == "no-valid-right")
    }
}
