import DienstenDomain
import Foundation
import Testing

@Suite("Energiedelen: year simulation and synthetic profiles")
struct EnergiedelenSimulationTests {
    /// 2023-01-01 00:00 Brussels = 2022-12-31 23:00 UTC = quarter 1,858,368 − 4.
    static let newYearLocal = 1_858_364
    static let tariffs = SharingTariffs(energyPrice: 0.30, injectionPrice: 0.04, networkCostsOnShared: 0.10, installationCost: 100)

    /// Two apartments, four quarter hours:
    ///   offtake  q0 [0.2, 1]  q1 [0.2, 0.6]  q2 [0, 0]  q3 [0.5, 2]
    ///   injection q0 1         q1 2            q2 1       q3 0
    static func building(_ key: SharingKey) throws -> SharingBuilding {
        try SharingBuilding(firstQuarter: newYearLocal, offtakePerParticipant: [[0.2, 0.2, 0, 0.5], [1, 0.6, 0, 2]],
                            injection: [1, 2, 1, 0], key: key, shares: [0.5, 0.5])
    }

    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

    @Test func theFixedKeyOverFourQuarters() throws {
        // q0 offers 0.5 each → [0.2, 0.5], back 0.3; q1 offers 1 each → [0.2, 0.6], back 1.2; q2 back 1; q3 nothing.
        // Apartment 0: offtake 0.9, shared 0.4; apartment 1: offtake 3.6, shared 1.1; shared 1.5, returned 2.5.
        let result = try SharingSimulation.run(Self.building(.fixed), tariffs: Self.tariffs)
        #expect(close(result.participants[0].offtake, 0.9) && close(result.participants[0].shared, 0.4))
        #expect(close(result.participants[1].offtake, 3.6) && close(result.participants[1].shared, 1.1))
        #expect(close(result.injection, 4) && close(result.shared, 1.5) && close(result.returned, 2.5))
        // Self-sufficiency 0.4 / 0.9 and 1.1 / 3.6; self-consumption 0.4 / 4 = 0.1 and 1.1 / 4 = 0.275 (sum 1.5 / 4).
        #expect(close(result.participants[0].selfSufficiency, 0.4 / 0.9))
        #expect(close(result.participants[1].selfSufficiency, 1.1 / 3.6))
        #expect(close(result.participants[0].selfConsumption, 0.1) && close(result.participants[1].selfConsumption, 0.275))
        #expect(close(result.selfConsumption, 0.375) && close(result.selfSufficiency, 1.5 / 4.5))
        // A shared kWh saves 0.30 − 0.10 = 0.20 €: 0.08 € and 0.22 €, together 0.30 €; 2.5 kWh back × 0.04 = 0.10 €.
        // Benefit 0.40 €/year → payback 100 / 0.40 = 250 years.
        #expect(close(result.participants[0].savings, 0.08) && close(result.participants[1].savings, 0.22))
        #expect(close(result.savings, 0.30) && close(result.injectionRevenue, 0.10) && close(result.yearlyBenefit, 0.40))
        #expect(abs(result.paybackYears! - 250) < 1e-9)
        #expect(result.months.count == 1 && result.months[0].year == 2023 && result.months[0].month == 1)
        #expect(close(result.months[0].shared, 1.5) && close(result.months[0].offtake, 4.5))
    }

    @Test func theOptimalKeyGivesApartmentOneWhatApartmentZeroCouldNotTake() throws {
        // q0: apartment 0 is capped at 0.2, the other 0.8 all go to apartment 1 (room 1) → [0.2, 0.8], back 0.
        // Apartment 1 shares 0.8 + 0.6 = 1.4; shared 1.8, returned 0 + 1.2 + 1 = 2.2.
        let result = try SharingSimulation.run(Self.building(.optimal), tariffs: Self.tariffs)
        #expect(close(result.participants[0].shared, 0.4) && close(result.participants[1].shared, 1.4))
        #expect(close(result.shared, 1.8) && close(result.returned, 2.2))
        // Benefit 1.8 × 0.20 + 2.2 × 0.04 = 0.36 + 0.088 = 0.448 €.
        #expect(close(result.yearlyBenefit, 0.448))
    }

    @Test func theRelativeKeyFollowsTheOfftake() throws {
        // q0: offtake 1.2 for 1 kWh → 5/6 each of its offtake: [1/6, 5/6]; q1: 0.8 for 2 → [0.2, 0.6], back 1.2.
        // Apartment 0: 1/6 + 0.2; apartment 1: 5/6 + 0.6; returned 1.2 + 1 = 2.2.
        let result = try SharingSimulation.run(Self.building(.relative), tariffs: Self.tariffs)
        #expect(close(result.participants[0].shared, 1.0 / 6 + 0.2) && close(result.participants[1].shared, 5.0 / 6 + 0.6))
        #expect(close(result.returned, 2.2))
    }

    @Test func quartersFallInTheirBrusselsMonth() throws {
        // 31 January 2023 22:45 UTC = 23:45 Brussels (January); the next quarter 23:00 UTC = 00:00 on 1 February.
        // 31 January 00:00 UTC = 1,858,368 + 30 × 96 = 1,861,248; + 91 quarters = 1,861,339.
        let building = try SharingBuilding(firstQuarter: 1_861_339, offtakePerParticipant: [[1, 2]], injection: [0.5, 0.5],
                                           key: .fixed, shares: [1])
        let result = try SharingSimulation.run(building, tariffs: Self.tariffs)
        #expect(result.months.map { "\($0.year)-\($0.month)" } == ["2023-1", "2023-2"])
        #expect(result.participants[0].months.map(\.offtake) == [1, 2])
        #expect(result.participants[0].months.map(\.shared) == [0.5, 0.5])
    }

    @Test func aBuildingFromMeterDataDoesNotShareWithinTheInjectorsEAN() throws {
        // EAN A (common parts) takes 0.5 and injects 1.0 at 01:00 Brussels on 1 January 2023 (quarter 1,858,368);
        // EAN B takes 0.8. The window is that quarter and the next, which has no rows (0).
        let r = EnergiedelenReaderTests.self
        let csv = [r.header,
                   r.row("01-01-2023", "01:00", "01:15", "Afname Nacht", "0,5"),
                   r.row("01-01-2023", "01:00", "01:15", "Injectie Nacht", "1,0"),
                   r.row("01-01-2023", "01:00", "01:15", ean: r.eanB, "Afname Nacht", "0,8")].joined(separator: "\n")
        let history = try FluviusHistoryReader.read(csv)
        let fixed = try SharingBuilding(history: history, participantEANs: [r.eanA, r.eanB], injectorEAN: r.eanA,
                                        firstQuarter: r.newYear2023, quarterCount: 2, key: .fixed, shares: [0.5, 0.5])
        #expect(fixed.injectorIndex == 0 && fixed.offtake == [0.5, 0.8, 0, 0] && fixed.injection == [1, 0])
        // Fixed: A is the injector → 0; B is offered 0.5 and takes it; 0.5 returned.
        let fixedResult = try SharingSimulation.run(fixed, tariffs: Self.tariffs)
        #expect(fixedResult.participants.map(\.shared) == [0, 0.5] && fixedResult.returned == 0.5)
        // Optimal: A's half is offered to B too → B takes its full 0.8; 1 − 0.8 = 0.2 returned.
        var optimal = fixed
        optimal.key = .optimal
        let optimalResult = try SharingSimulation.run(optimal, tariffs: Self.tariffs)
        #expect(optimalResult.participants[0].shared == 0 && close(optimalResult.participants[1].shared, 0.8))
        #expect(close(optimalResult.returned, 0.2))
        #expect(throws: SharingInputError(field: "participantEANs", index: 1, reason: "EAN 541448820000000039 is not in the meter data")) {
            try SharingBuilding(history: history, participantEANs: [r.eanA, "541448820000000039"], injectorEAN: r.eanA,
                                firstQuarter: r.newYear2023, quarterCount: 2, key: .fixed, shares: [0.5, 0.5])
        }
    }

    @Test func badBuildingsAreRefusedWithFieldAndIndex() throws {
        #expect(throws: SharingInputError(field: "offtake", index: 1, reason: "has 1 quarter hours where the injection has 2")) {
            try SharingBuilding(firstQuarter: 0, offtakePerParticipant: [[1, 1], [1]], injection: [0, 0], key: .fixed, shares: [0.5, 0.5])
        }
        var building = try Self.building(.fixed)
        building.offtake[3] = -1  // quarter 1, apartment 1
        #expect(throws: SharingInputError(field: "offtake", index: 3, reason: "quarter 1, participant 1: must be a finite number ≥ 0")) {
            try SharingSimulation.run(building, tariffs: Self.tariffs)
        }
        building = try Self.building(.optimal)
        building.shares = [0.5, 0.6]
        #expect(throws: AllocationError.self) { try SharingSimulation.run(building, tariffs: Self.tariffs) }
        var tariffs = Self.tariffs
        tariffs.energyPrice = .nan
        #expect(throws: SharingInputError(field: "energyPrice", reason: "must be a finite number ≥ 0")) {
            try SharingSimulation.run(Self.building(.fixed), tariffs: tariffs)
        }
        #expect(throws: SharingInputError.self) {
            try SyntheticProfiles.building(SyntheticBuildingRequest(apartments: 0, pvKWp: 10, year: 2023))
        }
    }

    @Test func aYearOfFiftyApartmentsFinishesAndKeepsTheRules() throws {
        let request = SyntheticBuildingRequest(apartments: 50, pvKWp: 40, year: 2023, seed: 42)
        let building = try SyntheticProfiles.building(request)
        // 2023 has 365 days; the hour lost in March comes back in October: 365 × 96 = 35,040 quarters.
        #expect(building.quarterCount == 35_040 && building.offtake.count == 50 * 35_040)
        // The generator's totals: 40 kWp × 900 kWh/kWp = 36,000 kWh; every apartment within 2500 × (1 ± 0.3).
        #expect(abs(building.injection.reduce(0, +) - 36_000) < 1e-6)
        var fixedShared = 0.0
        for key in SharingKey.allCases {
            var keyed = building
            keyed.key = key
            let result = try SharingSimulation.run(keyed, tariffs: Self.tariffs)
            #expect(result.participants.count == 50)
            #expect(result.months.count == 12)
            #expect(abs(result.shared + result.returned - result.injection) < 1e-6)
            for participant in result.participants {
                #expect(participant.offtake >= 1_750 - 1e-6 && participant.offtake <= 3_250 + 1e-6)
                #expect(participant.shared <= participant.offtake && participant.shared > 0)
                #expect(abs(participant.months.reduce(0) { $0 + $1.shared } - participant.shared) < 1e-6)
            }
            if key == .fixed { fixedShared = result.shared } else { #expect(result.shared >= fixedShared - 1e-9) }
        }
    }

    @Test func theGeneratorIsDeterministicAndFollowsTheSun() throws {
        let a = try SyntheticProfiles.building(SyntheticBuildingRequest(apartments: 3, pvKWp: 5, year: 2024, seed: 9))
        let b = try SyntheticProfiles.building(SyntheticBuildingRequest(apartments: 3, pvKWp: 5, year: 2024, seed: 9))
        let c = try SyntheticProfiles.building(SyntheticBuildingRequest(apartments: 3, pvKWp: 5, year: 2024, seed: 10))
        #expect(a == b && a != c)
        #expect(a.quarterCount == 366 * 96)  // 2024 is a leap year
        // Local midnight of 21 June 2024 has no sun; local noon has.
        let june21 = SyntheticProfiles.year(2024).firstQuarter
        let midnight = EnergyClock.firstQuarter(ofLocalDay: .init(year: 2024, month: 6, day: 21))
        #expect(a.injection[midnight - june21] == 0)
        #expect(a.injection[midnight - june21 + 48] > 0)  // 12:00 summer time
        #expect(SyntheticProfiles.clearSky(utcMinute: (midnight + 44) * 15) > SyntheticProfiles.clearSky(utcMinute: (midnight + 30) * 15))
        // The evening peak is the day's highest load on a weekday.
        #expect(SyntheticProfiles.dayShape(hour: 19.5, weekend: false) > SyntheticProfiles.dayShape(hour: 3, weekend: false) * 3)
    }
}
