import Foundation

/// A stored building's year made ready for `SharingSimulation.run`: each apartment's offtake and the
/// installation's injection from the meter years, in the order of the setup's apartments.
public enum EnergyBuildingYear {
    /// What the meter data lacks for a year: the installation's EAN, and the labels of the apartments without data.
    public struct Missing: Error, Sendable, Hashable {
        public var installation: Bool
        public var apartments: [String]

        public init(installation: Bool, apartments: [String]) {
            self.installation = installation
            self.apartments = apartments
        }
    }

    /// The building for one Brussels calendar year. An apartment whose EAN is the installation's receives nothing
    /// from it (no sharing within one EAN).
    public static func building(_ setup: EnergyBuildingSetup, meters: [String: MeterYear], year: Int) -> Result<SharingBuilding, Missing> {
        let missingApartments = setup.apartments.filter { meters[$0.ean] == nil }.map(\.label)
        guard let installation = meters[setup.installationEAN], missingApartments.isEmpty else {
            return .failure(Missing(installation: meters[setup.installationEAN] == nil, apartments: missingApartments))
        }
        let (firstQuarter, count) = SyntheticProfiles.year(year)
        let n = setup.apartments.count
        var offtake = [Double](repeating: 0, count: n * count)
        for (i, apartment) in setup.apartments.enumerated() {
            let values = meters[apartment.ean]!.offtake
            for quarter in 0..<min(count, values.count) { offtake[quarter * n + i] = values[quarter] }
        }
        var injection = installation.injection
        if injection.count != count { injection = Array(injection.prefix(count)) + Array(repeating: 0, count: max(0, count - injection.count)) }
        return .success(SharingBuilding(
            participantCount: n, quarterCount: count, firstQuarter: firstQuarter, offtake: offtake, injection: injection,
            key: setup.key, shares: setup.apartments.map(\.share),
            injectorIndex: setup.apartments.firstIndex { $0.ean == setup.installationEAN }))
    }
}

/// The "explore without meter data" form: a made-up building (`SyntheticProfiles`) with the key and tariffs typed.
public struct EnergyExploration: Sendable, Hashable {
    public var profile: SyntheticBuildingRequest
    public var key: SharingKey
    public var tariffs: SharingTariffs

    /// The most apartments the exploration makes up (it runs on every submit and stores nothing).
    public static let maximumApartments = 100

    /// The form's fields as typed.
    public struct Input: Sendable, Hashable, Codable {
        public var apartments = "12"
        public var consumption = "2500"
        public var kWp = "20"
        public var installationCost = "24000"
        public var key = "optimal"
        public var energyPrice = "0,30"
        public var injectionPrice = "0,04"
        public var networkCosts = "0,12"
        public var year = "2025"
        public var seed = "1"

        public init() {}
    }

    /// Reads the form; every problem located at its field (codes as in `EnergyBuildingSetup.Problem`).
    public static func read(_ input: Input) -> Result<EnergyExploration, EnergyBuildingSetup.ProblemList> {
        var problems: [EnergyBuildingSetup.Problem] = []
        func number(_ field: String, _ text: String, minimum: Double = 0, maximum: Double, whole: Bool = false) -> Double {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { problems.append(.init(field: field, code: "required")); return minimum }
            guard let value = EnergyNumber.parse(trimmed), !whole || value == value.rounded() else {
                problems.append(.init(field: field, code: whole ? "whole" : "number", value: trimmed))
                return minimum
            }
            guard value >= minimum, value <= maximum else {
                problems.append(.init(field: field, code: "between", value: "\(EnergyNumber.plain(minimum))–\(EnergyNumber.plain(maximum))"))
                return minimum
            }
            return value
        }
        let apartments = number("apartments", input.apartments, minimum: 1, maximum: Double(maximumApartments), whole: true)
        let consumption = number("consumption", input.consumption, maximum: 100_000)
        let kWp = number("kWp", input.kWp, maximum: 10_000)
        let cost = number("installationCost", input.installationCost, maximum: 100_000_000)
        let energyPrice = number("energyPrice", input.energyPrice, maximum: 10)
        let injectionPrice = number("injectionPrice", input.injectionPrice, maximum: 10)
        let networkCosts = number("networkCosts", input.networkCosts, maximum: 10)
        if networkCosts > energyPrice, !problems.contains(where: { $0.field == "networkCosts" || $0.field == "energyPrice" }) {
            problems.append(.init(field: "networkCosts", code: "aboveEnergyPrice"))
        }
        let year = number("year", input.year, minimum: 2000, maximum: 2100, whole: true)
        let seed = number("seed", input.seed, minimum: 0, maximum: 1_000_000_000, whole: true)
        let key = SharingKey(rawValue: input.key)
        if key == nil { problems.append(.init(field: "key", code: "key", value: input.key)) }
        guard problems.isEmpty, let key else { return .failure(.init(problems: problems)) }
        return .success(EnergyExploration(
            profile: SyntheticBuildingRequest(apartments: Int(apartments), annualConsumption: consumption, pvKWp: kWp, year: Int(year),
                                              seed: UInt64(seed)),
            key: key,
            tariffs: SharingTariffs(energyPrice: energyPrice, injectionPrice: injectionPrice, networkCostsOnShared: networkCosts,
                                    installationCost: cost)))
    }

    /// Makes up the building and runs its year.
    public func run() throws(SharingInputError) -> SharingYearResult {
        try SharingSimulation.run(SyntheticProfiles.building(profile, key: key), tariffs: tariffs)
    }
}
