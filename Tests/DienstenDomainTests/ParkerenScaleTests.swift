import DienstenDomain
import Foundation
import Testing

/// The index at the size the benchmark will use: 200,000 plates, each with one resident permit. Building it and
/// checking every plate must give the same answer as the rights say; the time is printed, not asserted (a debug
/// build on a shared machine is no benchmark).
@Suite("Parkeren index at scale")
struct ParkerenScaleTests {
    @Test func twoHundredThousandPlates() throws {
        let clock = BrusselsClock()
        let from = clock.date(2026, 1, 1)!
        let area = ZoneArea([try ZonePolygon(outer: [ZonePoint(longitude: 4.4, latitude: 51.2), ZonePoint(longitude: 4.5, latitude: 51.2), ZonePoint(longitude: 4.5, latitude: 51.3)])])
        let zones = (0..<20).map { Zone(id: "Z\($0)", name: "Zone \($0)", kind: .residents, area: area) }
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        func plateText(_ n: Int) -> String {
            // n = 0 … 199,999 → index 1 or 2, three letters from n / 1000, three digits n % 1000
            let block = n / 1000
            return "\(1 + n % 2)-\(letters[block / 26 % 26])\(letters[block % 26])A-\(String(format: "%03d", n % 1000))"
        }
        var rights: [ParkingRight] = []
        rights.reserveCapacity(200_000)
        for n in 0..<200_000 {
            rights.append(ParkingRight(id: "r\(n)", kind: .residentPermit, plates: [try LicencePlate(plateText(n))], zones: ["Z\(n % 20)"], validFrom: from, legalBasis: "x"))
        }
        let started = Date()
        let register = ParkingRegister(zones: zones, rights: rights, vehicles: [])
        let built = Date()
        #expect(register.rightsByPlate.count == 200_000)
        let moment = clock.date(2026, 3, 2, 10)!
        var allowed = 0
        let checks = 20_000
        for n in stride(from: 0, to: 200_000, by: 200_000 / checks) {
            // plate n holds zone n % 20; checked in zone (n / 10) % 20, so one check in … every plate n with
            // n % 20 == (n / 10) % 20 is allowed
            let result = try register.check(plate: plateText(n), zone: "Z\((n / 10) % 20)", at: moment)
            if result.allowed { allowed += 1 }
        }
        let done = Date()
        // n runs over multiples of 10: n = 10k, n % 20 = 10·(k % 2), (n/10) % 20 = k % 20; equal when k % 20 is 0 or
        // 10 and k % 2 matches: k % 20 == 0 → 0 == 0 ✓; k % 20 == 10 → 10·0 = 0 ≠ 10 ✗. So 1 in 20 of 20,000 = 1,000.
        #expect(allowed == 1_000)
        print("Parkeren index: built 200,000 rights in \(Int(built.timeIntervalSince(started) * 1000)) ms; \(checks) checks in \(Int(done.timeIntervalSince(built) * 1000)) ms (debug build)")
    }
}
