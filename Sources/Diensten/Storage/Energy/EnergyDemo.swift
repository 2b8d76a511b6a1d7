import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import Vapor

/// The demo of the energy part: a building of Voorbeeldstad (the fictitious demo city) with 12 apartments sharing a
/// 20 kWp installation, its 2025 meter data made up by `SyntheticProfiles` with a fixed seed, stored as if uploaded.
enum EnergyDemo {
    static let organisationCode = "voorbeeldstad"
    static let organisationName = "Stad Voorbeeldstad"
    static let buildingName = "Residentie Zonnedak (demo)"
    static let year = 2025

    /// The demo's EANs: 54144882 followed by a running number and the check digit.
    static func ean(_ number: Int) -> String {
        let first17 = "54144882" + String(format: "%09d", number)
        return first17 + String(FluviusHistoryReader.checkDigit(forFirst17: first17) ?? 0)
    }

    /// The setup of the demo building: 12 apartments on three floors, equal shares, the optimal key.
    static var setup: EnergyBuildingSetup {
        let labels = ["0A", "0B", "0C", "0D", "1A", "1B", "1C", "1D", "2A", "2B", "2C", "2D"]
        return EnergyBuildingSetup(
            name: buildingName, installationEAN: ean(9_000), kWp: 20, key: .optimal,
            tariffs: SharingTariffs(energyPrice: 0.30, injectionPrice: 0.04, networkCostsOnShared: 0.12, installationCost: 24_000),
            apartments: labels.enumerated().map { EnergyApartment(label: $1, ean: ean(9_001 + $0), share: 1 / Double(labels.count)) })
    }

    static func load(into app: Application) async throws -> String? {
        try await load(into: app.db)
    }

    static func load(into database: any Database) async throws -> String {
        let organisations = OrganisationService(database: database)
        var organisation = try await organisations.find(code: organisationCode)
        if organisation == nil {
            organisation = try await organisations.create(code: organisationCode, name: organisationName, type: .partner, areaCode: nil,
                                                          by: .commandLine)
        }
        guard let organisationID = organisation?.id else { throw Abort(.internalServerError, reason: "Voorbeeldstad ontbreekt") }
        let store = EnergyStore(database: database)
        if try await store.list(organisationID: organisationID).contains(where: { $0.name == buildingName }) {
            return "Energiedelen: het demogebouw van Voorbeeldstad was al geladen."
        }
        let setup = Self.setup
        let id = try await store.create(setup, organisationID: organisationID, actor: .commandLine)
        guard let building = try await store.find(id: id, organisationID: organisationID) else { throw Abort(.internalServerError) }
        try await store.saveMeters(uploads(setup), building: building, actor: .commandLine)
        return "Energiedelen: demogebouw van Voorbeeldstad geladen (\(setup.apartments.count) appartementen, \(setup.kWp) kWp, meterdata \(year))."
    }

    /// The made-up year cut into one meter year per EAN, as an upload would give them.
    static func uploads(_ setup: EnergyBuildingSetup) throws -> [EnergyMeterYearUpload] {
        let request = SyntheticBuildingRequest(apartments: setup.apartments.count, annualConsumption: 2_400, pvKWp: setup.kWp, year: year, seed: 2026)
        let building = try SyntheticProfiles.building(request, key: setup.key, shares: setup.apartments.map(\.share))
        let n = building.participantCount
        let count = building.quarterCount
        let present = [Bool](repeating: true, count: count)
        var uploads = setup.apartments.enumerated().map { index, apartment in
            EnergyMeterYearUpload(ean: apartment.ean, meterYear: MeterYear(
                year: year, offtake: (0..<count).map { building.offtake[$0 * n + index] }, injection: .init(repeating: 0, count: count),
                present: present), sourceFile: "demo")
        }
        uploads.append(EnergyMeterYearUpload(ean: setup.installationEAN, meterYear: MeterYear(
            year: year, offtake: .init(repeating: 0, count: count), injection: building.injection, present: present), sourceFile: "demo"))
        return uploads
    }

    /// Nothing of the energy part has a retention period: buildings and meter data stay until their organisation
    /// removes them.
    static func purgeExpired(_ app: Application) async throws -> Int { 0 }
}
