import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit
import Vapor

/// A zone as stored, with its database id.
struct StoredZone: Sendable, Hashable {
    let id: Int
    let zone: Zone
    var code: String { zone.id }
}

/// A holder as stored: the domain holder (its id is the database id as text) with the name and the city's reference.
struct StoredHolder: Sendable, Hashable {
    let id: Int
    let reference: String
    let name: String
    let holder: Holder
}

/// What the issuing rules need to judge a request, read for the plates and housing unit concerned only.
struct StoredRuleSet: Sendable, Hashable {
    let version: Int
    let content: String
    let rules: ParkingCityRules
    let createdAt: Date
}

/// One entry of the check log before it is written.
struct ParkingCheckLogEntry: Sendable, Hashable {
    let organisationID: Int
    let plateKey: String
    let zone: String
    let checkedAt: Date
    let allowed: Bool
    let reason: String
    let channel: String
    let deleteAfter: Date
}

/// The parking register's tables: zones and regulations, vehicles, holders, rights, rule sets, the generation
/// number and the check log. Every write runs in one transaction with its audit entry and the generation bump.
struct ParkingStore {
    let database: any Database

    static let maximumRightsListed = 500

    // MARK: Generation

    /// Bumps a city's generation inside the caller's transaction, so every server rebuilds its register.
    static func bump(_ organisationID: Int, on db: any Database) async throws {
        let current = try await db.sql.select().column("generation").from("parking_generations")
            .where("organisation_id", .equal, SQLBind(organisationID)).first()?.decode(column: "generation", as: Int.self)
        if let current {
            try await db.sql.update("parking_generations").set("generation", to: SQLBind(current + 1))
                .where("organisation_id", .equal, SQLBind(organisationID)).run()
        } else {
            try await db.sql.insert(into: "parking_generations").columns("organisation_id", "generation")
                .values(SQLBind(organisationID), SQLBind(1)).run()
        }
    }

    /// A city's generation (0 before its first write).
    func generation(_ organisationID: Int) async throws -> Int {
        try await database.sql.select().column("generation").from("parking_generations")
            .where("organisation_id", .equal, SQLBind(organisationID)).first()?.decode(column: "generation", as: Int.self) ?? 0
    }

    // MARK: Zones

    /// The organisations that have zones, with how many, by name.
    func cities() async throws -> [(code: String, name: String, zones: Int)] {
        try await database.sql.raw("""
            SELECT o.code AS code, o.name AS name, COUNT(z.id) AS n FROM parking_zones z JOIN organisations o ON o.id = z.organisation_id
            GROUP BY o.code, o.name ORDER BY o.name
            """).all().map { (try $0.decode(column: "code", as: String.self), try $0.decode(column: "name", as: String.self), try $0.decode(column: "n", as: Int.self)) }
    }

    func zones(_ organisationID: Int) async throws -> [StoredZone] {
        let rows = try await database.sql.select().columns("id", "code", "name", "kind", "geometry", "admissions").from("parking_zones")
            .where("organisation_id", .equal, SQLBind(organisationID)).orderBy("code").all()
        let regulationRows = try await database.sql.raw("""
            SELECT r.zone_id AS zone_id, r.windows AS windows, r.maximum_minutes AS maximum_minutes FROM parking_regulations r
            JOIN parking_zones z ON z.id = r.zone_id WHERE z.organisation_id = \(bind: organisationID) ORDER BY r.zone_id, r.position
            """).all()
        var regulations: [Int: [Regulation]] = [:]
        for row in regulationRows {
            let windows = (try? JSONDecoder().decode([WeeklyWindow].self, from: Data(try row.decode(column: "windows", as: String.self).utf8))) ?? []
            let minutes = try row.decode(column: "maximum_minutes", as: Int?.self)
            regulations[try row.decode(column: "zone_id", as: Int.self), default: []]
                .append(Regulation(windows: windows, maximumDuration: minutes.map { TimeInterval($0 * 60) }))
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            let kind = ZoneKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .paid
            let admissions = (try? Self.decoder.decode([EmissionAdmission].self, from: Data(try row.decode(column: "admissions", as: String.self).utf8))) ?? []
            return StoredZone(id: id, zone: Zone(
                id: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self), kind: kind,
                area: ZoneArea.fromGeoJSON(try row.decode(column: "geometry", as: String.self)), regulations: regulations[id] ?? [],
                admissions: admissions))
        }
    }

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// Adds the drafts as zones of the city, or replaces the zone of the same code (its regulations with it), in one
    /// transaction; answers which codes were new and which were replaced.
    func importZones(_ drafts: [ZoneDraft], organisationID: Int, source: String, actor: AuditActor, now: Date = Date()) async throws -> (created: [String], replaced: [String]) {
        try await database.transaction { db in
            var created: [String] = []
            var replaced: [String] = []
            for draft in drafts {
                let admissions = String(decoding: try Self.encoder.encode(draft.admissions), as: UTF8.self)
                let existing = try await db.sql.select().column("id").from("parking_zones")
                    .where("organisation_id", .equal, SQLBind(organisationID)).where("code", .equal, SQLBind(draft.code)).first()?
                    .decode(column: "id", as: Int.self)
                let zoneID: Int
                if let existing {
                    try await db.sql.update("parking_zones").set("name", to: SQLBind(draft.name)).set("kind", to: SQLBind(draft.kind.rawValue))
                        .set("geometry", to: SQLBind(draft.area.geoJSON)).set("admissions", to: SQLBind(admissions)).set("updated_at", to: SQLBind(now))
                        .where("id", .equal, SQLBind(existing)).run()
                    try await db.sql.delete(from: "parking_regulations").where("zone_id", .equal, SQLBind(existing)).run()
                    zoneID = existing
                    replaced.append(draft.code)
                } else {
                    let row = try await db.sql.insert(into: "parking_zones")
                        .columns("organisation_id", "code", "name", "kind", "geometry", "admissions", "updated_at")
                        .values(SQLBind(organisationID), SQLBind(draft.code), SQLBind(draft.name), SQLBind(draft.kind.rawValue),
                                SQLBind(draft.area.geoJSON), SQLBind(admissions), SQLBind(now))
                        .returning("id").first()
                    zoneID = try row?.decode(column: "id", as: Int.self) ?? 0
                    created.append(draft.code)
                }
                for (position, regulation) in draft.regulations.enumerated() {
                    let windows = String(decoding: try Self.encoder.encode(regulation.windows), as: UTF8.self)
                    try await db.sql.insert(into: "parking_regulations").columns("zone_id", "position", "windows", "maximum_minutes")
                        .values(SQLBind(zoneID), SQLBind(position), SQLBind(windows), SQLBind(regulation.maximumDuration.map { Int($0 / 60) }))
                        .run()
                }
            }
            try await Self.bump(organisationID, on: db)
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .importData, entityType: "parking_zones",
                entityID: String(organisationID),
                summary: "Parkeerzones ingelezen uit \(source): \(created.count) nieuw, \(replaced.count) vervangen"
                    + (replaced.isEmpty ? "" : " (\(replaced.joined(separator: ", ")))"),
                changes: [AuditChange(field: "zones", before: nil, after: drafts.map(\.code).joined(separator: ", "))]), on: db)
            return (created, replaced)
        }
    }

    // MARK: Vehicles and holders

    func vehicles(_ organisationID: Int, keys: [String]? = nil) async throws -> [Vehicle] {
        var query = database.sql.select().columns("plate_key", "fuel", "euro_norm", "category").from("parking_vehicles")
            .where("organisation_id", .equal, SQLBind(organisationID))
        if let keys {
            if keys.isEmpty { return [] }
            query = query.where("plate_key", .in, SQLBind.group(keys))
        }
        return try await query.all().compactMap { row in
            guard let plate = Self.plate(key: try row.decode(column: "plate_key", as: String.self)) else { return nil }
            return Vehicle(plate: plate, fuel: Fuel(rawValue: try row.decode(column: "fuel", as: String.self)) ?? .other,
                           euroNorm: EuroNorm(rawValue: try row.decode(column: "euro_norm", as: Int.self)) ?? .euro0,
                           category: VehicleCategory(rawValue: try row.decode(column: "category", as: String.self)) ?? .car)
        }
    }

    /// Adds or updates a vehicle (by plate), on the caller's transaction.
    static func saveVehicle(_ vehicle: Vehicle, organisationID: Int, on db: any Database) async throws {
        let existing = try await db.sql.select().column("id").from("parking_vehicles").where("organisation_id", .equal, SQLBind(organisationID))
            .where("plate_key", .equal, SQLBind(vehicle.plate.key)).first()?.decode(column: "id", as: Int.self)
        if let existing {
            try await db.sql.update("parking_vehicles").set("fuel", to: SQLBind(vehicle.fuel.rawValue))
                .set("euro_norm", to: SQLBind(vehicle.euroNorm.rawValue)).set("category", to: SQLBind(vehicle.category.rawValue))
                .where("id", .equal, SQLBind(existing)).run()
        } else {
            try await db.sql.insert(into: "parking_vehicles").columns("organisation_id", "plate_key", "fuel", "euro_norm", "category")
                .values(SQLBind(organisationID), SQLBind(vehicle.plate.key), SQLBind(vehicle.fuel.rawValue), SQLBind(vehicle.euroNorm.rawValue),
                        SQLBind(vehicle.category.rawValue)).run()
        }
    }

    func holders(_ organisationID: Int, limit: Int = 500) async throws -> [StoredHolder] {
        try await holderQuery().where("organisation_id", .equal, SQLBind(organisationID)).orderBy("reference").limit(limit).all().map(Self.holder)
    }

    func holder(_ id: Int, organisationID: Int) async throws -> StoredHolder? {
        try await holderQuery().where("organisation_id", .equal, SQLBind(organisationID)).where("id", .equal, SQLBind(id)).first().map(Self.holder)
    }

    func holders(ids: [Int]) async throws -> [StoredHolder] {
        guard !ids.isEmpty else { return [] }
        return try await holderQuery().where("id", .in, SQLBind.group(ids)).all().map(Self.holder)
    }

    func holders(housingUnit: String, organisationID: Int) async throws -> [StoredHolder] {
        try await holderQuery().where("organisation_id", .equal, SQLBind(organisationID)).where("housing_unit", .equal, SQLBind(housingUnit)).all().map(Self.holder)
    }

    private func holderQuery() -> SQLSelectBuilder {
        database.sql.select().columns("id", "reference", "name", "street", "number", "housing_unit", "longitude", "latitude").from("parking_holders")
    }

    private static func holder(_ row: any SQLRow) throws -> StoredHolder {
        let id = try row.decode(column: "id", as: Int.self)
        return StoredHolder(
            id: id, reference: try row.decode(column: "reference", as: String.self), name: try row.decode(column: "name", as: String.self),
            holder: Holder(id: String(id), address: HolderAddress(
                street: try row.decode(column: "street", as: String.self), number: try row.decode(column: "number", as: String.self),
                housingUnit: try row.decode(column: "housing_unit", as: String.self),
                point: ZonePoint(longitude: try row.decode(column: "longitude", as: Double.self), latitude: try row.decode(column: "latitude", as: Double.self)))))
    }

    /// Creates a holder; a reference already in use is refused.
    func createHolder(reference: String, name: String, address: HolderAddress, organisationID: Int, actor: AuditActor, now: Date = Date()) async throws -> Int {
        try await database.transaction { db in
            let taken = try await db.sql.select().column("id").from("parking_holders").where("organisation_id", .equal, SQLBind(organisationID))
                .where("reference", .equal, SQLBind(reference)).first()
            if taken != nil { throw RefusedAction("reference") }
            let row = try await db.sql.insert(into: "parking_holders")
                .columns("organisation_id", "reference", "name", "street", "number", "housing_unit", "longitude", "latitude", "created_at")
                .values(SQLBind(organisationID), SQLBind(reference), SQLBind(name), SQLBind(address.street), SQLBind(address.number),
                        SQLBind(address.housingUnit), SQLBind(address.point.longitude), SQLBind(address.point.latitude), SQLBind(now))
                .returning("id").first()
            let id = try row?.decode(column: "id", as: Int.self) ?? 0
            try await Self.bump(organisationID, on: db)
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .create, entityType: "parking_holder", entityID: String(id),
                summary: "Parkeerrechthebbende \(reference) aangemaakt", changes: [AuditChange(field: "referentie", before: nil, after: reference)]), on: db)
            return id
        }
    }

    // MARK: Rights

    static func plate(key: String) -> LicencePlate? {
        guard let colon = key.firstIndex(of: ":") else { return nil }
        return try? LicencePlate(String(key[key.index(after: colon)...]), country: String(key[..<colon]))
    }

    private static let rightColumns = ["id", "kind", "holder_id", "plates", "zones", "valid_from", "valid_until", "time_restrictions", "status", "legal_basis"]

    private func rightQuery() -> SQLSelectBuilder {
        var builder = database.sql.select()
        for column in Self.rightColumns { builder = builder.column(SQLColumn(column, table: "parking_rights")) }
        return builder.from("parking_rights")
    }

    static func right(_ row: any SQLRow) throws -> ParkingRight? {
        guard let kind = RightKind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
        let plates = try row.decode(column: "plates", as: String.self).split(separator: " ").compactMap { plate(key: String($0)) }
        let zones = try row.decode(column: "zones", as: String.self).split(separator: " ").map(String.init)
        let restrictionText = try row.decode(column: "time_restrictions", as: String.self)
        let restrictions = restrictionText.isEmpty ? [] : ((try? JSONDecoder().decode([WeeklyWindow].self, from: Data(restrictionText.utf8))) ?? [])
        return ParkingRight(
            id: String(try row.decode(column: "id", as: Int.self)), kind: kind,
            holderID: try row.decode(column: "holder_id", as: Int?.self).map(String.init), plates: plates, zones: zones,
            validFrom: Date(timeIntervalSince1970: TimeInterval(try row.decode(column: "valid_from", as: Int.self))),
            validUntil: try row.decode(column: "valid_until", as: Int?.self).map { Date(timeIntervalSince1970: TimeInterval($0)) },
            timeRestrictions: restrictions, status: RightStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .suspended,
            legalBasis: try row.decode(column: "legal_basis", as: String.self))
    }

    /// Every right of a city (for the register in memory).
    func allRights(_ organisationID: Int) async throws -> [ParkingRight] {
        try await rightQuery().where(SQLColumn("organisation_id", table: "parking_rights"), .equal, SQLBind(organisationID)).all().compactMap(Self.right)
    }

    func rights(holderID: Int) async throws -> [ParkingRight] {
        try await rightQuery().where(SQLColumn("holder_id", table: "parking_rights"), .equal, SQLBind(holderID))
            .orderBy(SQLColumn("valid_from", table: "parking_rights"), SQLDirection.descending).all().compactMap(Self.right)
    }

    func right(_ id: Int, organisationID: Int) async throws -> ParkingRight? {
        try await rightQuery().where(SQLColumn("organisation_id", table: "parking_rights"), .equal, SQLBind(organisationID))
            .where(SQLColumn("id", table: "parking_rights"), .equal, SQLBind(id)).first().flatMap(Self.right)
    }

    /// The rights that carry one of the plates (for the staff's search and the issuing rules).
    func rights(plateKeys: [String], organisationID: Int) async throws -> [ParkingRight] {
        guard !plateKeys.isEmpty else { return [] }
        return try await rightQuery()
            .where(SQLColumn("organisation_id", table: "parking_rights"), .equal, SQLBind(organisationID))
            .where(SQLColumn("id", table: "parking_rights"), .in, SQLGroupExpression(
                database.sql.select().distinct().column("right_id").from("parking_right_plates")
                    .where("organisation_id", .equal, SQLBind(organisationID)).where("plate_key", .in, SQLBind.group(plateKeys)).query))
            .orderBy(SQLColumn("valid_from", table: "parking_rights"), SQLDirection.descending).limit(Self.maximumRightsListed).all().compactMap(Self.right)
    }

    func rights(holderIDs: [Int]) async throws -> [ParkingRight] {
        guard !holderIDs.isEmpty else { return [] }
        return try await rightQuery().where(SQLColumn("holder_id", table: "parking_rights"), .in, SQLBind.group(holderIDs)).all().compactMap(Self.right)
    }

    /// What the issuing rules read for a request: the rights of the housing unit's holders and of the plates, those
    /// holders, and the plates' vehicles.
    func issuingContext(plates: [LicencePlate], housingUnit: String, organisationID: Int) async throws -> IssuingContext {
        let unitHolders = try await holders(housingUnit: housingUnit, organisationID: organisationID)
        var rights = try await self.rights(holderIDs: unitHolders.map(\.id))
        let byPlate = try await self.rights(plateKeys: plates.map(\.key), organisationID: organisationID)
        let known = Set(rights.map(\.id))
        rights += byPlate.filter { !known.contains($0.id) }
        let otherHolderIDs = Set(rights.compactMap { $0.holderID.flatMap(Int.init) }).subtracting(unitHolders.map(\.id))
        let others = try await holders(ids: Array(otherHolderIDs))
        let vehicles = try await self.vehicles(organisationID, keys: plates.map(\.key))
        return IssuingContext(rights: rights, holders: (unitHolders + others).map(\.holder), vehicles: vehicles)
    }

    /// Stores a new right with its plate index, bumps the generation and audits it; answers its id.
    func insertRight(_ right: ParkingRight, holderID: Int?, organisationID: Int, actor: AuditActor?, on db: any Database, now: Date = Date()) async throws -> Int {
        let restrictions = right.timeRestrictions.isEmpty ? "" : String(decoding: try Self.encoder.encode(right.timeRestrictions), as: UTF8.self)
        let row = try await db.sql.insert(into: "parking_rights")
            .columns("organisation_id", "kind", "holder_id", "plates", "zones", "valid_from", "valid_until", "time_restrictions", "status",
                     "legal_basis", "created_at")
            .values(SQLBind(organisationID), SQLBind(right.kind.rawValue), SQLBind(holderID), SQLBind(right.plates.map(\.key).joined(separator: " ")),
                    SQLBind(right.zones.joined(separator: " ")), SQLBind(Int(right.validFrom.timeIntervalSince1970)),
                    SQLBind(right.validUntil.map { Int($0.timeIntervalSince1970) }), SQLBind(restrictions), SQLBind(right.status.rawValue),
                    SQLBind(right.legalBasis), SQLBind(now))
            .returning("id").first()
        let id = try row?.decode(column: "id", as: Int.self) ?? 0
        for key in Set(right.plates.map(\.key)) {
            try await db.sql.insert(into: "parking_right_plates").columns("right_id", "organisation_id", "plate_key")
                .values(SQLBind(id), SQLBind(organisationID), SQLBind(key)).run()
        }
        if let actor {
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .create, entityType: "parking_right", entityID: String(id),
                summary: "Parkeerrecht \(right.kind.rawValue) uitgereikt voor \(right.plates.map(\.display).joined(separator: ", "))",
                changes: [AuditChange(field: "soort", before: nil, after: right.kind.rawValue),
                          AuditChange(field: "rechtsgrond", before: nil, after: right.legalBasis)]), on: db)
        }
        return id
    }

    /// Issues a right after the issuing rules allowed it (the caller checked), with the vehicles it names.
    func issue(_ right: ParkingRight, vehicles: [Vehicle], holderID: Int?, organisationID: Int, actor: AuditActor) async throws -> Int {
        try await database.transaction { db in
            for vehicle in vehicles { try await Self.saveVehicle(vehicle, organisationID: organisationID, on: db) }
            let id = try await insertRight(right, holderID: holderID, organisationID: organisationID, actor: actor, on: db)
            try await Self.bump(organisationID, on: db)
            return id
        }
    }

    /// Suspends, revokes or re-activates a right; a revoked right stays revoked.
    func setStatus(_ id: Int, to status: RightStatus, organisationID: Int, actor: AuditActor, now: Date = Date()) async throws {
        try await database.transaction { db in
            guard let right = try await ParkingStore(database: db).right(id, organisationID: organisationID) else { throw Abort(.notFound) }
            guard right.status != .revoked else { throw RefusedAction("revoked") }
            guard right.status != status else { return }
            try await db.sql.update("parking_rights").set("status", to: SQLBind(status.rawValue)).where("id", .equal, SQLBind(id)).run()
            try await Self.bump(organisationID, on: db)
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "parking_right", entityID: String(id),
                summary: "Parkeerrecht \(id): status \(right.status.rawValue) → \(status.rawValue)",
                changes: [AuditChange(field: "status", before: right.status.rawValue, after: status.rawValue)]), on: db)
        }
    }

    /// Puts a new plate on a right in place of an old one (the caller checked the rules), with the new vehicle.
    func changePlate(_ id: Int, from old: LicencePlate, to new: Vehicle, organisationID: Int, actor: AuditActor, now: Date = Date()) async throws {
        try await database.transaction { db in
            guard let right = try await ParkingStore(database: db).right(id, organisationID: organisationID) else { throw Abort(.notFound) }
            let plates = right.plates.map { $0 == old ? new.plate : $0 }
            try await Self.saveVehicle(new, organisationID: organisationID, on: db)
            try await db.sql.update("parking_rights").set("plates", to: SQLBind(plates.map(\.key).joined(separator: " ")))
                .where("id", .equal, SQLBind(id)).run()
            try await db.sql.delete(from: "parking_right_plates").where("right_id", .equal, SQLBind(id)).run()
            for key in Set(plates.map(\.key)) {
                try await db.sql.insert(into: "parking_right_plates").columns("right_id", "organisation_id", "plate_key")
                    .values(SQLBind(id), SQLBind(organisationID), SQLBind(key)).run()
            }
            try await Self.bump(organisationID, on: db)
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "parking_right", entityID: String(id),
                summary: "Parkeerrecht \(id): kenteken \(old.display) → \(new.plate.display)",
                changes: [AuditChange(field: "kenteken", before: old.display, after: new.plate.display)]), on: db)
        }
    }

    // MARK: Rule sets

    func ruleSet(_ organisationID: Int) async throws -> StoredRuleSet? {
        guard let row = try await database.sql.select().columns("version", "content", "created_at").from("parking_rule_sets")
            .where("organisation_id", .equal, SQLBind(organisationID)).orderBy("version", .descending).limit(1).first() else { return nil }
        let content = try row.decode(column: "content", as: String.self)
        guard let rules = try? ParkingCityRules.parse(Data(content.utf8), file: "parking_rule_sets") else { return nil }
        return StoredRuleSet(version: try row.decode(column: "version", as: Int.self), content: content, rules: rules,
                             createdAt: try row.decode(column: "created_at", as: Date.self))
    }

    /// Stores a new version of the city's rules (checked first by the caller); answers the version number.
    func saveRuleSet(_ content: String, rules: ParkingCityRules, organisationID: Int, actor: AuditActor, now: Date = Date()) async throws -> Int {
        try await database.transaction { db in
            let last = try await db.sql.select().column(SQLFunction("MAX", args: SQLColumn("version")), as: "v").from("parking_rule_sets")
                .where("organisation_id", .equal, SQLBind(organisationID)).first()?.decode(column: "v", as: Int?.self) ?? 0
            let version = last + 1
            try await db.sql.insert(into: "parking_rule_sets").columns("organisation_id", "version", "content", "check_log_days", "created_at")
                .values(SQLBind(organisationID), SQLBind(version), SQLBind(content), SQLBind(rules.checkLogDays), SQLBind(now)).run()
            try await Self.bump(organisationID, on: db)
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "parking_rule_set", entityID: String(organisationID),
                summary: "Uitreikingsregels parkeren versie \(version) (\(rules.ruleSet.rules.count) regels, controlelog \(rules.checkLogDays) dagen)"), on: db)
            return version
        }
    }

    // MARK: Check log

    /// Writes a batch of log entries in multi-row inserts.
    func log(_ entries: [ParkingCheckLogEntry]) async throws {
        guard !entries.isEmpty else { return }
        for chunk in stride(from: 0, to: entries.count, by: 500).map({ Array(entries[$0..<min($0 + 500, entries.count)]) }) {
            var insert = database.sql.insert(into: "parking_check_log")
                .columns("organisation_id", "plate_key", "zone_code", "checked_at", "allowed", "reason_code", "channel", "delete_after")
            for entry in chunk {
                insert = insert.values(SQLBind(entry.organisationID), SQLBind(entry.plateKey), SQLBind(entry.zone),
                                       SQLBind(Int(entry.checkedAt.timeIntervalSince1970)), SQLBind(entry.allowed), SQLBind(entry.reason),
                                       SQLBind(entry.channel), SQLBind(Int(entry.deleteAfter.timeIntervalSince1970)))
            }
            try await insert.run()
        }
    }

    func logCount(_ organisationID: Int? = nil) async throws -> Int {
        var query = database.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("parking_check_log")
        if let organisationID { query = query.where("organisation_id", .equal, SQLBind(organisationID)) }
        return try await query.first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Deletes the log entries past their retention; answers how many.
    @discardableResult
    func purgeExpired(now: Date = Date()) async throws -> Int {
        let cutoff = Int(now.timeIntervalSince1970)
        let count = try await database.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("parking_check_log")
            .where("delete_after", .lessThan, SQLBind(cutoff)).first()?.decode(column: "n", as: Int.self) ?? 0
        if count > 0 { try await database.sql.delete(from: "parking_check_log").where("delete_after", .lessThan, SQLBind(cutoff)).run() }
        return count
    }

    /// The register of a city as the checks read it.
    func register(_ organisationID: Int) async throws -> ParkingRegister {
        let zones = try await zones(organisationID).map(\.zone)
        let rights = try await allRights(organisationID)
        let vehicles = try await vehicles(organisationID)
        return ParkingRegister(zones: zones, rights: rights, vehicles: vehicles)
    }
}
