import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The demo data of the parking part: the fictitious Voorbeeldstad with six zones (drawn by hand, coarse), its
/// issuing rules, four holders and rights of every kind. Loaded once: a city that has zones is left alone.
enum ParkingDemo {
    static let city = "voorbeeldstad"
    static let cityName = "Stad Voorbeeldstad"

    /// A file of the shipped demo folder (`Resources/parkeren/demo`).
    static func file(_ name: String) -> URL? {
        let candidates = [Bundle.module.url(forResource: "demo", withExtension: nil, subdirectory: "Resources/parkeren"),
                          Bundle.module.url(forResource: "demo", withExtension: nil, subdirectory: "parkeren")]
        return candidates.compactMap { $0 }.map { $0.appendingPathComponent(name) }.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    static func load(into app: Application) async throws -> String? {
        guard let zonesFile = file("voorbeeldstad-zones.geojson"), let rulesFile = file("voorbeeldstad-regels.json") else { return nil }
        let organisations = OrganisationService(database: app.db)
        let organisation = if let existing = try await organisations.find(code: city) { existing } else {
            try await organisations.create(code: city, name: cityName, type: .partner, areaCode: nil, by: .commandLine)
        }
        guard let organisationID = organisation.id else { return nil }
        let store = ParkingStore(database: app.db)
        if !(try await store.zones(organisationID).isEmpty) { return "parkeren: Voorbeeldstad had al zones" }
        guard case .success(let drafts) = ZoneImportReader.geoJSON(try Data(contentsOf: zonesFile), file: zonesFile.lastPathComponent) else {
            throw Abort(.internalServerError, reason: "de demozones zijn niet leesbaar")
        }
        _ = try await store.importZones(drafts, organisationID: organisationID, source: zonesFile.lastPathComponent, actor: .commandLine)
        let content = try String(contentsOf: rulesFile, encoding: .utf8)
        let rules = try ParkingCityRules.parse(Data(content.utf8), file: rulesFile.lastPathComponent)
        _ = try await store.saveRuleSet(content, rules: rules, organisationID: organisationID, actor: .commandLine)

        let clock = BrusselsClock()
        let start = clock.date(2026, 1, 1)!
        let end = clock.date(2027, 1, 1)!
        func plate(_ text: String, _ country: String = "BE") throws -> LicencePlate { try LicencePlate(text, country: country) }
        let holders: [(String, String, HolderAddress)] = [
            ("VS-H-0001", "An Peeters", HolderAddress(street: "Kerkstraat", number: "12", housingUnit: "VS-AU-1201",
                                                      point: ZonePoint(longitude: 4.2965, latitude: 50.9480))),
            ("VS-H-0002", "Bram Peeters", HolderAddress(street: "Kerkstraat", number: "12", housingUnit: "VS-AU-1201",
                                                        point: ZonePoint(longitude: 4.2965, latitude: 50.9480))),
            ("VS-H-0003", "Chloé Janssens", HolderAddress(street: "Marktstraat", number: "3", housingUnit: "VS-AU-0303",
                                                          point: ZonePoint(longitude: 4.3000, latitude: 50.9500))),
            ("VS-H-0004", "Dirk Maes", HolderAddress(street: "Noorderlaan", number: "140", housingUnit: "VS-AU-1400",
                                                     point: ZonePoint(longitude: 4.3000, latitude: 50.9580))),
        ]
        var ids: [Int] = []
        for (reference, name, address) in holders {
            ids.append(try await store.createHolder(reference: reference, name: name, address: address, organisationID: organisationID, actor: .commandLine))
        }
        let evening = try WeeklyWindow([.monday, .tuesday, .wednesday, .thursday, .friday, .saturday], from: "18:00", to: "09:00")
        let sunday = try WeeklyWindow([.sunday], start: 0, end: 1440)
        let basis = "Parkeerreglement Voorbeeldstad 2026"
        let issued: [(ParkingRight, [Vehicle], Int?)] = [
            (ParkingRight(id: "", kind: .residentPermit, holderID: String(ids[0]), plates: [try plate("1-ABC-123")], zones: ["VS-C1"],
                          validFrom: start, validUntil: end, legalBasis: "\(basis), art. 8"),
             [Vehicle(plate: try plate("1-ABC-123"), fuel: .petrol, euroNorm: .euro6)], ids[0]),
            (ParkingRight(id: "", kind: .residentPermit, holderID: String(ids[1]), plates: [try plate("2-XYZ-789")], zones: ["VS-C1"],
                          validFrom: start, validUntil: end, legalBasis: "\(basis), art. 8"),
             [Vehicle(plate: try plate("2-XYZ-789"), fuel: .electric, euroNorm: .euro6)], ids[1]),
            (ParkingRight(id: "", kind: .visitorPermit, holderID: String(ids[0]), plates: [try plate("AB-12-CD", "NL")], zones: ["VS-C1"],
                          validFrom: start, validUntil: end, legalBasis: "\(basis), art. 10"),
             [], ids[0]),
            (ParkingRight(id: "", kind: .residentPermit, holderID: String(ids[2]), plates: [try plate("1-MKT-303")], zones: ["VS-C1", "VS-BZ"],
                          validFrom: start, validUntil: end, timeRestrictions: [evening, sunday], legalBasis: "\(basis), art. 11"),
             [Vehicle(plate: try plate("1-MKT-303"), fuel: .petrol, euroNorm: .euro5)], ids[2]),
            (ParkingRight(id: "", kind: .accessPermit, holderID: String(ids[2]), plates: [try plate("1-MKT-303")], zones: ["VS-AL"],
                          validFrom: start, validUntil: end, legalBasis: "\(basis), art. 20 (bewoner winkelwandelgebied)"),
             [], ids[2]),
            (ParkingRight(id: "", kind: .disabilityCard, holderID: String(ids[3]), plates: [try plate("1-DIS-404")], zones: [],
                          validFrom: start, validUntil: nil, legalBasis: "KB 1 december 1975, art. 27.4"),
             [Vehicle(plate: try plate("1-DIS-404"), fuel: .diesel, euroNorm: .euro5)], ids[3]),
            (ParkingRight(id: "", kind: .lezExemption, holderID: String(ids[3]), plates: [try plate("1-DIS-404")], zones: ["VS-LEZ"],
                          validFrom: start, validUntil: end, legalBasis: "LEZ-reglement Voorbeeldstad 2025, art. 4 (vrijstelling parkeerkaart)"),
             [], ids[3]),
            (ParkingRight(id: "", kind: .lezDayPass, holderID: nil, plates: [try plate("1-OLD-111")], zones: ["VS-LEZ"],
                          validFrom: clock.date(2026, 3, 14)!, validUntil: clock.date(2026, 3, 15)!, legalBasis: "LEZ-reglement Voorbeeldstad 2025, art. 6"),
             [Vehicle(plate: try plate("1-OLD-111"), fuel: .diesel, euroNorm: .euro4)], nil),
            (ParkingRight(id: "", kind: .professionalPermit, holderID: nil, plates: [try plate("1-PRO-555")], zones: ["VS-C1", "VS-BL", "VS-N"],
                          validFrom: start, validUntil: end, legalBasis: "\(basis), art. 16 (zorgverleners)"),
             [Vehicle(plate: try plate("1-PRO-555"), fuel: .electric, euroNorm: .euro6, category: .van)], nil),
        ]
        for (right, vehicles, holder) in issued {
            _ = try await store.issue(right, vehicles: vehicles, holderID: holder, organisationID: organisationID, actor: .commandLine)
        }
        // A registered taxi (no rights: the rules refuse it a resident permit) and an old diesel without a day pass.
        let others = [Vehicle(plate: try plate("1-TAX-999"), fuel: .diesel, euroNorm: .euro6, category: .taxi),
                      Vehicle(plate: try plate("1-DSL-222"), fuel: .diesel, euroNorm: .euro4)]
        try await app.db.transaction { db in
            for vehicle in others { try await ParkingStore.saveVehicle(vehicle, organisationID: organisationID, on: db) }
            try await ParkingStore.bump(organisationID, on: db)
        }
        return "parkeren: Voorbeeldstad met \(drafts.count) zones, \(holders.count) rechthebbenden en \(issued.count) rechten"
    }

    /// Deletes what is past its retention period; called when the server or a command starts. Also makes the
    /// registers' holder and starts the check-log writer.
    static func purgeExpired(_ app: Application) async throws -> Int {
        app.startParkingRegistry()
        return try await ParkingStore(database: app.db).purgeExpired()
    }
}
