import DienstenDomain
import Foundation
import Testing

/// What the energy pages and storage rely on in the domain: the stored year blob, the building setup read from a
/// form with every problem located, Flemish numbers, the made-up exploration and a stored building made ready.
@Suite("Energiedelen: storage format, setup and exploration")
struct EnergiedelenStorageTests {
    static func ean(_ tail: String) -> String {
        let first17 = "54144882" + String(repeating: "0", count: 9 - tail.count) + tail
        return first17 + String(FluviusHistoryReader.checkDigit(forFirst17: first17)!)
    }

    static func input(apartments: String, key: String = "fixed") -> EnergyBuildingSetup.Input {
        var input = EnergyBuildingSetup.Input()
        input.name = "Residentie Zon"
        input.installationEAN = ean("900")
        input.kWp = "20"
        input.installationCost = "24.000"
        input.key = key
        input.energyPrice = "0,30"
        input.injectionPrice = "0,04"
        input.networkCosts = "0,12"
        input.apartments = apartments
        return input
    }

    static func problems(_ input: EnergyBuildingSetup.Input) -> [EnergyBuildingSetup.Problem] {
        if case .failure(let list) = EnergyBuildingSetup.read(input) { return list.problems }
        return []
    }

    @Test func aYearBlobKeepsItsReadingsAndGapsAndRefusesAWrongLength() throws {
        // setup: 2024 is a leap year: 366 × 96 = 35,136 quarters
        var year = MeterYear(year: 2024, offtake: .init(repeating: 0, count: 35_136), injection: .init(repeating: 0, count: 35_136),
                             present: .init(repeating: true, count: 35_136))
        year.offtake[0] = 0.25
        year.offtake[35_135] = 1.5
        year.injection[100] = 2.125
        year.present[9] = false
        // act
        let data = year.encoded()
        // check: 8 bytes per quarter plus one bit
        #expect(data.count == 35_136 * 8 + 35_136 / 8)
        let back = try #require(MeterYear.decode(data, year: 2024))
        #expect(back == year)
        #expect(back.presentCount == 35_135)
        #expect(MeterYear.decode(data, year: 2023) == nil)
        #expect(MeterYear.decode(data.dropLast(), year: 2024) == nil)
    }

    @Test func aSeriesIsCutAtBrusselsMidnightOfNewYear() throws {
        // 31-12-2023 23:45 local = 22:45 UTC; 01-01-2024 00:00 local = 23:00 UTC.
        let text = ["Van datum;Van tijdstip;Tot datum;Tot tijdstip;EAN;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus",
                    "31-12-2023;23:45;01-01-2024;00:00;=\"\(Self.ean("1"))\";M;Digitale Meter;Afname Dag;0,5;kWh;Gemeten",
                    "01-01-2024;00:00;01-01-2024;00:15;=\"\(Self.ean("1"))\";M;Digitale Meter;Afname Dag;0,75;kWh;Gemeten"].joined(separator: "\n")
        let series = try #require(try FluviusHistoryReader.read(text).series.first)
        let years = MeterYear.years(of: series)
        #expect(years.map(\.year) == [2023, 2024])
        #expect(years[0].offtake.last == 0.5)
        #expect(years[0].presentCount == 1)
        #expect(years[1].offtake.first == 0.75)
        #expect(years[1].present.first == true)
        #expect(years[1].quarterCount == 35_136)
    }

    @Test func aSetupIsReadWithSharesInPercentOrEqualShares() throws {
        // setup
        let lines = "1A; \(Self.ean("1")); 60\n\n1B; \(Self.ean("2")); 40 %\n"
        // act
        let setup = try EnergyBuildingSetup.read(Self.input(apartments: lines)).get()
        // check
        #expect(setup.apartments.map(\.label) == ["1A", "1B"])
        #expect(setup.apartments.map(\.share) == [0.6, 0.4])
        #expect(setup.tariffs == SharingTariffs(energyPrice: 0.3, injectionPrice: 0.04, networkCostsOnShared: 0.12, installationCost: 24_000))
        #expect(setup.key == .fixed)
        let equal = try EnergyBuildingSetup.read(Self.input(apartments: "1A;\(Self.ean("1"))\n1B;\(Self.ean("2"))\n2A;\(Self.ean("3"))")).get()
        let third: Double = 1.0 / 3
        #expect(equal.apartments.map(\.share) == [third, third, third])
        // shown back in the form and read again gives the same setup
        #expect(try EnergyBuildingSetup.read(EnergyBuildingSetup.Input(setup)).get() == setup)
    }

    @Test func everyProblemOfASetupIsLocatedAtItsFieldAndLine() {
        let bad = Self.ean("1").dropLast() + "0"  // wrong check digit
        let found = Self.problems(Self.input(apartments: "1A; \(bad); 50\n1B; \(Self.ean("2")); 50\n1C\n1D; \(Self.ean("2")); 10"))
        #expect(found.contains(.init(field: "apartments", line: 1, code: "ean", value: String(bad))))
        #expect(found.contains(.init(field: "apartments", line: 3, code: "lineShape", value: "1C")))
        #expect(found.contains(.init(field: "apartments", line: 4, code: "eanTwice", value: Self.ean("2"))))
        // shares that do not add up to 100 %, for the fixed key but not the relative one
        #expect(Self.problems(Self.input(apartments: "1A;\(Self.ean("1"));50\n1B;\(Self.ean("2"));40"))
                == [.init(field: "apartments", code: "sharesSum", value: "90")])
        #expect(Self.problems(Self.input(apartments: "1A;\(Self.ean("1"));50\n1B;\(Self.ean("2"));40", key: "relative")).isEmpty)
        #expect(Self.problems(Self.input(apartments: "1A;\(Self.ean("1"));50\n1B;\(Self.ean("2"))"))
                == [.init(field: "apartments", code: "sharesPartly")])
        // the other fields
        var input = Self.input(apartments: "1A;\(Self.ean("1"))")
        input.name = " "
        input.kWp = "veel"
        input.networkCosts = "0,5"
        input.key = "eerlijk"
        input.installationEAN = "123"
        let expected: [EnergyBuildingSetup.Problem] = [
            .init(field: "name", code: "required"), .init(field: "installationEAN", code: "ean", value: "123"),
            .init(field: "kWp", code: "number", value: "veel"), .init(field: "networkCosts", code: "aboveEnergyPrice"),
            .init(field: "key", code: "key", value: "eerlijk"),
        ]
        #expect(Self.problems(input) == expected)
        #expect(Self.problems(Self.input(apartments: "")) == [.init(field: "apartments", code: "required")])
    }

    @Test func numbersAreReadAndWrittenTheFlemishWay() {
        #expect(EnergyNumber.parse("0,30") == 0.3)
        #expect(EnergyNumber.parse("0.30") == 0.3)
        #expect(EnergyNumber.parse("1.234,5") == 1234.5)
        #expect(EnergyNumber.parse("24 000") == 24_000)
        #expect(EnergyNumber.parse("24.000") == 24_000)
        #expect(EnergyNumber.parse("1.500.000") == 1_500_000)
        #expect(EnergyNumber.parse("0.300") == 0.3)
        #expect(EnergyNumber.parse("2.5") == 2.5)
        #expect(EnergyNumber.parse("1,2,3") == nil)
        #expect(EnergyNumber.parse("nan") == nil)
        #expect(EnergyNumber.parse("1e400") == nil)
        #expect(EnergyNumber.plain(0.3) == "0,3")
        #expect(EnergyNumber.plain(24_000) == "24000")
        #expect(EnergyNumber.csv(1234.5678, decimals: 3) == "1234,568")
        #expect(EnergyNumber.csv(-0.0001, decimals: 2) == "0,00")
    }

    @Test func anExplorationIsReadWithLimitsAndGivesTheSameYearForTheSameSeed() throws {
        var input = EnergyExploration.Input()
        input.apartments = "101"
        input.seed = "1,5"
        if case .failure(let list) = EnergyExploration.read(input) {
            #expect(list.problems == [.init(field: "apartments", code: "between", value: "1–100"), .init(field: "seed", code: "whole", value: "1,5")])
        } else {
            Issue.record("101 apartments must be refused")
        }
        input = EnergyExploration.Input()
        input.apartments = "4"
        let exploration = try EnergyExploration.read(input).get()
        #expect(exploration.profile.apartments == 4)
        #expect(exploration.profile.year == 2025)
        let first = try exploration.run()
        #expect(first == (try exploration.run()))
        #expect(first.participants.count == 4)
        #expect(first.months.count == 12)
        // the injection is scaled to kWp × 900 kWh
        #expect(abs(first.injection - 20 * 900) < 1e-6)
    }

    @Test func aStoredYearBecomesABuildingAndNamesWhatIsMissing() throws {
        // setup: two apartments; apartment 1B has the installation's EAN (the common parts)
        let setup = EnergyBuildingSetup(
            name: "Test", installationEAN: Self.ean("2"), kWp: 1, key: .fixed,
            tariffs: SharingTariffs(energyPrice: 0.3, injectionPrice: 0.05, networkCostsOnShared: 0.1, installationCost: 100),
            apartments: [EnergyApartment(label: "1A", ean: Self.ean("1"), share: 0.5), EnergyApartment(label: "1B", ean: Self.ean("2"), share: 0.5)])
        let count = SyntheticProfiles.year(2023).count
        func year(_ offtake: [Int: Double], _ injection: [Int: Double]) -> MeterYear {
            var result = MeterYear(year: 2023, offtake: .init(repeating: 0, count: count), injection: .init(repeating: 0, count: count),
                                   present: .init(repeating: true, count: count))
            for (q, v) in offtake { result.offtake[q] = v }
            for (q, v) in injection { result.injection[q] = v }
            return result
        }
        // check: nothing stored yet
        guard case .failure(let missing) = EnergyBuildingYear.building(setup, meters: [:], year: 2023) else {
            Issue.record("expected missing data"); return
        }
        #expect(missing == .init(installation: true, apartments: ["1A", "1B"]))
        // act: quarter 0: 1A takes 1 kWh, 1B 0.5 kWh, the installation injects 1 kWh
        let meters = [Self.ean("1"): year([0: 1.0], [:]), Self.ean("2"): year([0: 0.5], [0: 1.0])]
        let building = try EnergyBuildingYear.building(setup, meters: meters, year: 2023).get()
        #expect(building.quarterCount == 35_040)
        #expect(building.injectorIndex == 1)
        let result = try SharingSimulation.run(building, tariffs: setup.tariffs)
        // check: 1A is offered half (0.5 kWh) and takes it; 1B gets nothing from its own EAN; 0.5 kWh returns.
        #expect(result.participants.map(\.shared) == [0.5, 0])
        #expect(result.returned == 0.5)
        #expect(abs(result.savings - 0.5 * 0.2) < 1e-12)
        #expect(abs(result.injectionRevenue - 0.5 * 0.05) < 1e-12)
    }
}
