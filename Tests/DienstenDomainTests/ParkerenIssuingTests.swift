import DienstenDomain
import Foundation
import Testing

/// The issuing rules as data: the rule file with located errors, and each rule refusing with its reason; a request
/// that breaks several rules gets every refusal.
@Suite("Parkeren issuing rules")
struct ParkerenIssuingTests {
    static let clock = BrusselsClock()
    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 0, _ min: Int = 0) -> Date { clock.date(y, m, d, h, min)! }
    static func plate(_ text: String) -> LicencePlate { try! LicencePlate(text) }
    static func holder(_ id: String, unit: String, street: String = "Dageraadplaats") -> Holder {
        Holder(id: id, address: HolderAddress(street: street, number: "1", housingUnit: unit, point: ZonePoint(longitude: 4.41, latitude: 51.21)))
    }

    static let ruleFile = #"""
    {"city": "antwerpen", "rules": [
      {"id": "R1", "rule": "resident-permits-per-housing-unit", "limit": 2, "legalBasis": "Parkeerreglement art. 10"},
      {"id": "R2", "rule": "excluded-from-resident-permits", "categories": ["taxi"], "legalBasis": "Parkeerreglement art. 11"},
      {"id": "R3", "rule": "plate-change-window", "hours": 48, "legalBasis": "Parkeerreglement art. 14"},
      {"id": "R4", "rule": "lez-day-passes-per-year", "limit": 8, "legalBasis": "LEZ-besluit art. 7"},
      {"id": "R5", "rule": "only-after-shop-hours", "streets": ["Meir", "Huidevettersstraat"],
       "shopHours": [{"days": [1, 2, 3, 4, 5, 6], "from": "09:00", "to": "18:00"}],
       "kinds": ["bewonerskaart", "bezoekerskaart"], "legalBasis": "Parkeerreglement art. 12"}
    ]}
    """#

    static func rules() throws -> ParkingRuleSet { try ParkingRuleSet.parse(Data(ruleFile.utf8), file: "antwerpen.json") }

    static func error(_ json: String) -> ParkingRuleSetError? {
        do { _ = try ParkingRuleSet.parse(Data(json.utf8), file: "x.json") } catch { return error }
        return nil
    }

    static func permit(_ id: String, holder: String, plate: String, kind: RightKind = .residentPermit, from: Date, until: Date? = nil, status: RightStatus = .active) -> ParkingRight {
        ParkingRight(id: id, kind: kind, holderID: holder, plates: [Self.plate(plate)], zones: ["B1"], validFrom: from, validUntil: until, status: status, legalBasis: "x")
    }

    @Test func theRuleFileReadsAndWritesTheSameRules() throws {
        let set = try Self.rules()
        #expect(set.city == "antwerpen")
        #expect(set.rules.map(\.id) == ["R1", "R2", "R3", "R4", "R5"])
        #expect(set.rules[0].rule == .residentPermitsPerHousingUnit(limit: 2))
        #expect(set.rules[1].rule == .excludedFromResidentPermits(categories: [.taxi]))
        #expect(set.rules[3].legalBasis == "LEZ-besluit art. 7")
        let again = try ParkingRuleSet.parse(try JSONEncoder().encode(set), file: "again.json")
        #expect(again == set)
    }

    @Test func badRuleFilesAreLocated() {
        #expect(Self.error("{") == ParkingRuleSetError(file: "x.json", path: "", "not valid JSON"))
        #expect(Self.error(#"{"rules": []}"#)?.path == "city")
        #expect(Self.error(#"{"city": "a", "rules": [{"id": "R1", "rule": "lez-day-passes-per-year", "legalBasis": "b"}]}"#)
            == ParkingRuleSetError(file: "x.json", path: "rules[0].limit", "missing"))
        #expect(Self.error(#"{"city": "a", "rules": [{"id": "R1", "rule": "lez-day-passes-per-year", "limit": "8", "legalBasis": "b"}]}"#)
            == ParkingRuleSetError(file: "x.json", path: "rules[0].limit", "expected a whole number"))
        #expect(Self.error(#"{"city": "a", "rules": [{"id": "R1", "rule": "lez-day-passes-per-year", "limit": 0, "legalBasis": "b"}]}"#)
            == ParkingRuleSetError(file: "x.json", path: "rules[0].limit", "0 is not a positive number"))
        #expect(Self.error(#"{"city": "a", "rules": [{"id": "R1", "rule": "fly", "legalBasis": "b"}]}"#)
            == ParkingRuleSetError(file: "x.json", path: "rules[0].rule", "\"fly\" is not a known rule"))
        #expect(Self.error(#"{"city": "a", "rules": [{"id": "R1", "rule": "plate-change-window", "hours": 48, "legalBasis": " "}]}"#)
            == ParkingRuleSetError(file: "x.json", path: "rules[0].legalBasis", "the legal basis is empty"))
        #expect(Self.error(#"{"city": "a", "rules": [{"id": "R1", "rule": "excluded-from-resident-permits", "categories": ["boat"], "legalBasis": "b"}]}"#)?.path
            == "rules[0].categories")
        #expect(Self.error(#"""
            {"city": "a", "rules": [{"id": "R1", "rule": "plate-change-window", "hours": 48, "legalBasis": "b"},
                                    {"id": "R1", "rule": "plate-change-window", "hours": 24, "legalBasis": "b"}]}
            """#) == ParkingRuleSetError(file: "x.json", path: "rules[1].id", "the id \"R1\" is used twice"))
        #expect(Self.error(#"""
            {"city": "a", "rules": [{"id": "R5", "rule": "only-after-shop-hours", "streets": ["Meir"], "kinds": ["bewonerskaart"], "legalBasis": "b",
              "shopHours": [{"days": [1], "from": "09:00", "to": "18:00"}, {"days": [8], "from": "09:00", "to": "18:00"}]}]}
            """#) == ParkingRuleSetError(file: "x.json", path: "rules[0].shopHours[1].days", "8 is not a weekday (1 Monday … 7 Sunday)"))
        #expect(Self.error(#"""
            {"city": "a", "rules": [{"id": "R5", "rule": "only-after-shop-hours", "streets": ["Meir"], "kinds": ["bewonerskaart"], "legalBasis": "b",
              "shopHours": [{"days": [1], "from": "9h", "to": "18:00"}]}]}
            """#) == ParkingRuleSetError(file: "x.json", path: "rules[0].shopHours[0].from", "\"9h\" is not a time HH:MM"))
    }

    @Test func atMostTwoResidentPermitsPerHousingUnit() throws {
        let set = try Self.rules()
        let context = IssuingContext(
            rights: [
                Self.permit("a", holder: "h1", plate: "1-AAA-001", from: Self.at(2026, 1, 1), until: Self.at(2027, 1, 1)),
                Self.permit("b", holder: "h2", plate: "1-AAA-002", from: Self.at(2026, 1, 1), until: Self.at(2026, 7, 1)),
                Self.permit("c", holder: "h2", plate: "1-AAA-003", from: Self.at(2025, 1, 1), status: .revoked),   // revoked: not counted
                Self.permit("d", holder: "h9", plate: "1-AAA-009", from: Self.at(2026, 1, 1)),                     // other unit
            ],
            holders: [Self.holder("h1", unit: "U1"), Self.holder("h2", unit: "U1"), Self.holder("h3", unit: "U1"), Self.holder("h9", unit: "U9")],
            vehicles: [Vehicle(plate: Self.plate("1-CAR-001"), fuel: .petrol, euroNorm: .euro6)])
        // from 1 March 2026: a and b are both valid → 2 + 1 = 3 > 2 → refused by R1 only
        let march = RightRequest(kind: .residentPermit, holder: Self.holder("h3", unit: "U1"), plates: [Self.plate("1-CAR-001")], zones: ["B1"],
                                 validFrom: Self.at(2026, 3, 1), validUntil: Self.at(2027, 3, 1))
        let refused = set.refusals(for: march, in: context)
        #expect(refused.map(\.ruleID) == ["R1"])
        #expect(refused.first?.reason == "housing unit U1 already has 2 resident permit(s); at most 2 are allowed")
        #expect(refused.first?.legalBasis == "Parkeerreglement art. 10")
        #expect(refused.first?.code == "resident-permits-per-unit" && refused.first?.arguments == ["U1", "2", "2"])
        // from 1 July 2026 b has ended (until is exclusive) → 1 + 1 = 2 ≤ 2 → issued
        let july = RightRequest(kind: .residentPermit, holder: Self.holder("h3", unit: "U1"), plates: [Self.plate("1-CAR-001")], zones: ["B1"],
                                validFrom: Self.at(2026, 7, 1), validUntil: Self.at(2027, 7, 1))
        #expect(set.refusals(for: july, in: context).isEmpty)
    }

    @Test func taxisGetNoResidentPermitAndEveryRefusalIsReturned() throws {
        let set = try Self.rules()
        let taxi = Vehicle(plate: Self.plate("TXA-001"), fuel: .diesel, euroNorm: .euro6, category: .taxi)
        let context = IssuingContext(
            rights: [Self.permit("a", holder: "h1", plate: "1-AAA-001", from: Self.at(2026, 1, 1)), Self.permit("b", holder: "h1", plate: "1-AAA-002", from: Self.at(2026, 1, 1))],
            holders: [Self.holder("h1", unit: "U1")], vehicles: [taxi])
        // a taxi and an unregistered plate, for a unit that is full, on the Meir without time restriction: R1, R2 twice, R5
        let request = RightRequest(kind: .residentPermit, holder: Self.holder("h1", unit: "U1", street: "meir"),
                                   plates: [Self.plate("TXA 001"), Self.plate("1-UNK-001")], zones: ["B1"], validFrom: Self.at(2026, 3, 1))
        let refusals = set.refusals(for: request, in: context)
        #expect(refusals.map(\.ruleID) == ["R1", "R2", "R2", "R5"])
        #expect(refusals[1].reason == "TXA-001 is a taxi; taxi vehicles get no resident permit")
        #expect(refusals[2].reason == "1-UNK-001 is not a registered vehicle, so its category cannot be checked")
        // a visitor permit for the taxi is not a resident permit: R1 and R2 do not apply; only R5 (Meir)
        let visitor = RightRequest(kind: .visitorPermit, holder: Self.holder("h1", unit: "U1", street: "Meir"), plates: [Self.plate("TXA 001")], validFrom: Self.at(2026, 3, 1))
        #expect(set.refusals(for: visitor, in: context).map(\.ruleID) == ["R5"])
    }

    @Test func someStreetsOnlyAfterShopHours() throws {
        let set = try Self.rules()
        let context = IssuingContext(rights: [], holders: [], vehicles: [Vehicle(plate: Self.plate("1-CAR-001"), fuel: .petrol, euroNorm: .euro6)])
        func request(_ street: String, _ windows: [WeeklyWindow]) -> RightRequest {
            RightRequest(kind: .residentPermit, holder: Self.holder("h1", unit: "M1", street: street), plates: [Self.plate("1-CAR-001")],
                         validFrom: Self.at(2026, 3, 1), timeRestrictions: windows)
        }
        // Monday–Saturday 18:00–09:00 plus all of Sunday stays outside Mon–Sat 09:00–18:00 → issued (street name folded)
        let evenings = [try WeeklyWindow(Weekday.workingDays.union([.saturday]), from: "18:00", to: "09:00"), try WeeklyWindow([.sunday], start: 0, end: 1440)]
        #expect(set.refusals(for: request("HUIDEVETTERSSTRAAT ", evenings), in: context).isEmpty)
        // 17:00–09:00 overlaps 17:00–18:00 → refused
        let early = [try WeeklyWindow([.monday], from: "17:00", to: "09:00")]
        #expect(set.refusals(for: request("Meir", early), in: context).map(\.reason)
            == ["in Meir this right may only be used after shop hours, and a requested window overlaps them"])
        // in another street the rule does not apply
        #expect(set.refusals(for: request("Dageraadplaats", []), in: context).isEmpty)
    }

    @Test func atMostEightLEZDayPassesPerCalendarYear() throws {
        let set = try Self.rules()
        let car = Self.plate("1-OLD-001")
        // eight passes in 2026 (January to August), one revoked in September, one in 2025
        var rights = (1...8).map { month in
            ParkingRight(id: "p\(month)", kind: .lezDayPass, plates: [car], zones: ["LEZ"], validFrom: Self.at(2026, month, 3), validUntil: Self.at(2026, month, 4), legalBasis: "x")
        }
        rights.append(ParkingRight(id: "p-rev", kind: .lezDayPass, plates: [car], zones: ["LEZ"], validFrom: Self.at(2026, 9, 3), status: .revoked, legalBasis: "x"))
        rights.append(ParkingRight(id: "p-2025", kind: .lezDayPass, plates: [car], zones: ["LEZ"], validFrom: Self.at(2025, 12, 31), legalBasis: "x"))
        let context = IssuingContext(rights: rights, holders: [], vehicles: [])
        func pass(_ date: Date) -> RightRequest {
            RightRequest(kind: .lezDayPass, holder: Self.holder("h1", unit: "U1"), plates: [car], zones: ["LEZ"], validFrom: date, validUntil: date.addingTimeInterval(86400))
        }
        // a ninth in 2026: 8 + 1 = 9 > 8 → refused
        #expect(set.refusals(for: pass(Self.at(2026, 12, 31)), in: context).map(\.reason) == ["1-OLD-001 already has 8 LEZ day pass(es) in 2026; at most 8 per calendar year"])
        // 1 January 2027 00:00 Brussels (31 December 23:00 UTC) is in 2027: 0 + 1 ≤ 8 → issued
        #expect(set.refusals(for: pass(Self.at(2027, 1, 1)), in: context).isEmpty)
        // 2025 had one: 1 + 1 = 2 ≤ 8
        #expect(set.refusals(for: pass(Self.at(2025, 6, 1)), in: context).isEmpty)
    }

    @Test func aPlateChangeWithin48Hours() throws {
        let set = try Self.rules()
        let right = Self.permit("a", holder: "h1", plate: "1-AAA-001", from: Self.at(2026, 1, 1))
        let context = IssuingContext(rights: [right], holders: [Self.holder("h1", unit: "U1")], vehicles: [
            Vehicle(plate: Self.plate("1-NEW-001"), fuel: .electric, euroNorm: .euro6),
            Vehicle(plate: Self.plate("TXB-002"), fuel: .diesel, euroNorm: .euro6, category: .taxi),
        ])
        func change(to new: String, requested: Date, old: String = "1-AAA-001") -> PlateChangeRequest {
            PlateChangeRequest(right: right, oldPlate: Self.plate(old), newPlate: Self.plate(new), plateInUseSince: Self.at(2026, 3, 2, 9), requestedAt: requested)
        }
        // new plate in use Monday 09:00; request Wednesday 09:00 = exactly 48 h → allowed
        #expect(set.refusals(for: change(to: "1-NEW-001", requested: Self.at(2026, 3, 4, 9)), in: context).isEmpty)
        // Wednesday 10:00 = 49 h > 48 h → refused
        #expect(set.refusals(for: change(to: "1-NEW-001", requested: Self.at(2026, 3, 4, 10)), in: context).map(\.reason)
            == ["the request comes 49 h after the new plate came into use; a change is allowed within 48 h"])
        // before the plate is in use → refused
        #expect(set.refusals(for: change(to: "1-NEW-001", requested: Self.at(2026, 3, 2, 8)), in: context).map(\.ruleID) == ["R3"])
        // a taxi cannot come onto a resident permit through a plate change
        #expect(set.refusals(for: change(to: "TXB-002", requested: Self.at(2026, 3, 2, 10)), in: context).map(\.ruleID) == ["R2"])
        // the old plate must be on the right
        #expect(set.refusals(for: change(to: "1-NEW-001", requested: Self.at(2026, 3, 2, 10), old: "1-ZZZ-999"), in: context).map(\.rule) == ["plate-on-right"])
        // across the end of summer time: in use Saturday 24 Oct 12:00 CEST, request Monday 26 Oct 11:00 CET = 48 real hours
        let autumn = PlateChangeRequest(right: right, oldPlate: Self.plate("1-AAA-001"), newPlate: Self.plate("1-NEW-001"),
                                        plateInUseSince: Self.at(2026, 10, 24, 12), requestedAt: Self.at(2026, 10, 26, 11))
        #expect(set.refusals(for: autumn, in: context).isEmpty)
    }
}
