import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit

/// A building as stored: its id, its organisation and its setup.
struct StoredEnergyBuilding: Sendable, Hashable {
    let id: Int
    let organisationID: Int
    let setup: EnergyBuildingSetup
    let updatedAt: Date
}

/// A line of a building list.
struct EnergyBuildingSummary: Sendable, Hashable {
    let id: Int
    let name: String
    let apartments: Int
    let years: [Int]
}

/// What is stored of one EAN's year, without its readings.
struct EnergyMeterYearSummary: Sendable, Hashable {
    let ean: String
    let year: Int
    let quartersPresent: Int
    let offtake: Double
    let injection: Double
    let sourceFile: String
    let uploadedAt: Date
}

/// One EAN's year to store from an upload, with the file it came from.
struct EnergyMeterYearUpload: Sendable {
    let ean: String
    let meterYear: MeterYear
    let sourceFile: String
}

/// The energy part's buildings, apartments and meter years. Every change is written with its audit entry in one
/// transaction; a building is read only together with the organisation that owns it.
struct EnergyStore {
    let database: any Database

    // MARK: - Buildings

    func list(organisationID: Int) async throws -> [EnergyBuildingSummary] {
        let rows = try await database.sql.select()
            .column(SQLColumn("id", table: "energy_buildings")).column(SQLColumn("name", table: "energy_buildings"))
            .from("energy_buildings")
            .where(SQLColumn("organisation_id", table: "energy_buildings"), .equal, SQLBind(organisationID))
            .orderBy(SQLColumn("name", table: "energy_buildings")).orderBy(SQLColumn("id", table: "energy_buildings"))
            .all()
        var result: [EnergyBuildingSummary] = []
        for row in rows {
            let id = try row.decode(column: "id", as: Int.self)
            let count = try await database.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("energy_apartments")
                .where("building_id", .equal, SQLBind(id)).first()?.decode(column: "n", as: Int.self) ?? 0
            let years = try await database.sql.select().distinct().column("year").from("energy_meter_years")
                .where("building_id", .equal, SQLBind(id)).orderBy("year").all().map { try $0.decode(column: "year", as: Int.self) }
            result.append(EnergyBuildingSummary(id: id, name: try row.decode(column: "name", as: String.self), apartments: count, years: years))
        }
        return result
    }

    /// A building, only when it belongs to the organisation.
    func find(id: Int, organisationID: Int) async throws -> StoredEnergyBuilding? {
        guard let row = try await database.sql.select().column("*").from("energy_buildings")
            .where("id", .equal, SQLBind(id)).where("organisation_id", .equal, SQLBind(organisationID)).first()
        else { return nil }
        let apartments = try await database.sql.select().columns("label", "ean", "share").from("energy_apartments")
            .where("building_id", .equal, SQLBind(id)).orderBy("position").all().map { row in
                EnergyApartment(label: try row.decode(column: "label", as: String.self), ean: try row.decode(column: "ean", as: String.self),
                                share: try row.decode(column: "share", as: Double.self))
            }
        let key = SharingKey(rawValue: try row.decode(column: "sharing_key", as: String.self)) ?? .optimal
        let setup = EnergyBuildingSetup(
            name: try row.decode(column: "name", as: String.self), installationEAN: try row.decode(column: "installation_ean", as: String.self),
            kWp: try row.decode(column: "kwp", as: Double.self), key: key,
            tariffs: SharingTariffs(
                energyPrice: try row.decode(column: "energy_price", as: Double.self),
                injectionPrice: try row.decode(column: "injection_price", as: Double.self),
                networkCostsOnShared: try row.decode(column: "network_costs", as: Double.self),
                installationCost: try row.decode(column: "installation_cost", as: Double.self)),
            apartments: apartments)
        return StoredEnergyBuilding(id: id, organisationID: organisationID, setup: setup,
                                    updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }

    /// Creates a building for an organisation; answers its id.
    func create(_ setup: EnergyBuildingSetup, organisationID: Int, actor: AuditActor, now: Date = Date()) async throws -> Int {
        try await database.transaction { db in
            let row = try await db.sql.insert(into: "energy_buildings")
                .columns("organisation_id", "name", "installation_ean", "kwp", "installation_cost", "sharing_key", "energy_price",
                         "injection_price", "network_costs", "created_at", "updated_at")
                .values(SQLBind(organisationID), SQLBind(setup.name), SQLBind(setup.installationEAN), SQLBind(setup.kWp),
                        SQLBind(setup.tariffs.installationCost), SQLBind(setup.key.rawValue), SQLBind(setup.tariffs.energyPrice),
                        SQLBind(setup.tariffs.injectionPrice), SQLBind(setup.tariffs.networkCostsOnShared), SQLBind(now), SQLBind(now))
                .returning("id").first()
            let id = try row?.decode(column: "id", as: Int.self) ?? 0
            try await Self.writeApartments(setup.apartments, buildingID: id, on: db)
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .create, entityType: "energy_building",
                entityID: String(id), summary: "Gebouw voor energiedelen '\(setup.name)' aangemaakt (\(setup.apartments.count) appartementen)",
                changes: Self.changes(before: nil, after: setup)), on: db)
            return id
        }
    }

    /// Saves a building's new setup; the meter data stays.
    func update(_ building: StoredEnergyBuilding, to setup: EnergyBuildingSetup, actor: AuditActor, now: Date = Date()) async throws {
        try await database.transaction { db in
            try await db.sql.update("energy_buildings")
                .set("name", to: SQLBind(setup.name)).set("installation_ean", to: SQLBind(setup.installationEAN))
                .set("kwp", to: SQLBind(setup.kWp)).set("installation_cost", to: SQLBind(setup.tariffs.installationCost))
                .set("sharing_key", to: SQLBind(setup.key.rawValue)).set("energy_price", to: SQLBind(setup.tariffs.energyPrice))
                .set("injection_price", to: SQLBind(setup.tariffs.injectionPrice))
                .set("network_costs", to: SQLBind(setup.tariffs.networkCostsOnShared)).set("updated_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(building.id)).where("organisation_id", .equal, SQLBind(building.organisationID))
                .run()
            try await db.sql.delete(from: "energy_apartments").where("building_id", .equal, SQLBind(building.id)).run()
            try await Self.writeApartments(setup.apartments, buildingID: building.id, on: db)
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "energy_building",
                entityID: String(building.id), summary: "Gebouw voor energiedelen '\(setup.name)' gewijzigd",
                changes: Self.changes(before: building.setup, after: setup)), on: db)
        }
    }

    private static func writeApartments(_ apartments: [EnergyApartment], buildingID: Int, on db: any Database) async throws {
        guard !apartments.isEmpty else { return }
        var insert = db.sql.insert(into: "energy_apartments").columns("building_id", "position", "label", "ean", "share")
        for (position, apartment) in apartments.enumerated() {
            insert = insert.values(SQLBind(buildingID), SQLBind(position), SQLBind(apartment.label), SQLBind(apartment.ean), SQLBind(apartment.share))
        }
        try await insert.run()
    }

    static func snapshot(_ setup: EnergyBuildingSetup) -> [String: String] {
        [
            "naam": setup.name, "installatie_ean": setup.installationEAN, "kwp": EnergyNumber.plain(setup.kWp),
            "installatiekost": EnergyNumber.plain(setup.tariffs.installationCost), "verdeelsleutel": setup.key.rawValue,
            "energieprijs": EnergyNumber.plain(setup.tariffs.energyPrice), "injectieprijs": EnergyNumber.plain(setup.tariffs.injectionPrice),
            "nettarieven_gedeeld": EnergyNumber.plain(setup.tariffs.networkCostsOnShared),
            "appartementen": setup.apartments.map { "\($0.label) \($0.ean) \(EnergyNumber.plain(($0.share * 1e6).rounded() / 1e6))" }
                .joined(separator: ", "),
        ]
    }

    static func changes(before: EnergyBuildingSetup?, after: EnergyBuildingSetup) -> [AuditChange] {
        AuditChange.between(before.map(snapshot), snapshot(after))
    }

    // MARK: - Meter years

    /// What is stored of a building's meters, by year then EAN.
    func meterYears(buildingID: Int) async throws -> [EnergyMeterYearSummary] {
        try await database.sql.select()
            .columns("ean", "year", "quarters_present", "offtake_kwh", "injection_kwh", "source_file", "uploaded_at")
            .from("energy_meter_years").where("building_id", .equal, SQLBind(buildingID))
            .orderBy("year", .descending).orderBy("ean").all().map { row in
                EnergyMeterYearSummary(
                    ean: try row.decode(column: "ean", as: String.self), year: try row.decode(column: "year", as: Int.self),
                    quartersPresent: try row.decode(column: "quarters_present", as: Int.self),
                    offtake: try row.decode(column: "offtake_kwh", as: Double.self),
                    injection: try row.decode(column: "injection_kwh", as: Double.self),
                    sourceFile: try row.decode(column: "source_file", as: String.self),
                    uploadedAt: try row.decode(column: "uploaded_at", as: Date.self))
            }
    }

    /// The readings of a building's EANs in one year.
    func meters(buildingID: Int, year: Int) async throws -> [String: MeterYear] {
        let rows = try await database.sql.select().columns("ean", "readings").from("energy_meter_years")
            .where("building_id", .equal, SQLBind(buildingID)).where("year", .equal, SQLBind(year)).all()
        var result: [String: MeterYear] = [:]
        for row in rows {
            let ean = try row.decode(column: "ean", as: String.self)
            let data = try row.decode(column: "readings", as: Data.self)
            guard let meterYear = MeterYear.decode(data, year: year) else {
                throw EnergyStoreError.damaged(ean: ean, year: year)
            }
            result[ean] = meterYear
        }
        return result
    }

    /// Stores an upload's years in one transaction with its audit entry: a year already stored for an EAN is
    /// replaced by the new one, and the answer names those.
    @discardableResult
    func saveMeters(_ uploads: [EnergyMeterYearUpload], building: StoredEnergyBuilding, actor: AuditActor,
                    now: Date = Date()) async throws -> (added: [EnergyMeterYearUpload], replaced: [EnergyMeterYearUpload]) {
        try await database.transaction { db in
            var added: [EnergyMeterYearUpload] = []
            var replaced: [EnergyMeterYearUpload] = []
            for upload in uploads {
                let existing = try await db.sql.delete(from: "energy_meter_years")
                    .where("building_id", .equal, SQLBind(building.id)).where("ean", .equal, SQLBind(upload.ean))
                    .where("year", .equal, SQLBind(upload.meterYear.year)).returning("ean").all()
                if existing.isEmpty { added.append(upload) } else { replaced.append(upload) }
                try await db.sql.insert(into: "energy_meter_years")
                    .columns("building_id", "ean", "year", "quarters_present", "offtake_kwh", "injection_kwh", "readings", "source_file", "uploaded_at")
                    .values(SQLBind(building.id), SQLBind(upload.ean), SQLBind(upload.meterYear.year), SQLBind(upload.meterYear.presentCount),
                            SQLBind(upload.meterYear.offtakeTotal), SQLBind(upload.meterYear.injectionTotal),
                            SQLBind(upload.meterYear.encoded()), SQLBind(upload.sourceFile), SQLBind(now))
                    .run()
            }
            let list = { (items: [EnergyMeterYearUpload]) in items.map { "\($0.ean) \($0.meterYear.year)" }.joined(separator: ", ") }
            var changes: [AuditChange] = []
            if !added.isEmpty { changes.append(AuditChange(field: "toegevoegd", before: nil, after: list(added))) }
            if !replaced.isEmpty { changes.append(AuditChange(field: "vervangen", before: list(replaced), after: list(replaced))) }
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "energy_building",
                entityID: String(building.id),
                summary: "Meterdata voor '\(building.setup.name)' opgeladen: \(uploads.count) EAN-jaren (\(replaced.count) vervangen)",
                changes: changes), on: db)
            return (added, replaced)
        }
    }
}

/// A stored meter year whose bytes do not fit its year (never written so by this code).
enum EnergyStoreError: Error, CustomStringConvertible {
    case damaged(ean: String, year: Int)

    var description: String {
        switch self {
        case .damaged(let ean, let year): "de meterdata van EAN \(ean) voor \(year) zijn beschadigd; laad ze opnieuw op"
        }
    }
}
