import Fluent
import Platform
import SQLKit

/// The tables of the parking part. Names pinned ("Diensten.M0xx_Name"); this part keeps the numbers M060–M064.
/// Moments a check compares (validity, check times) are whole seconds since 1970 (`bigint`), the same on SQLite and
/// PostgreSQL and cheap to read when the register is built for 200,000 rights.
enum ParkingMigrations {
    static let all: [any Migration] = [M060_CreateParkingZones(), M061_CreateParkingHolders(), M062_CreateParkingRights(),
                                       M063_CreateParkingRuleSets(), M064_CreateParkingCheckLog()]
}

/// A city's zones (code unique per city; kind; GeoJSON MultiPolygon; LEZ admission steps as JSON) and each zone's
/// regulations (weekly windows as JSON, maximum stay in minutes).
struct M060_CreateParkingZones: AsyncMigration {
    var name: String { "Diensten.M060_CreateParkingZones" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "parking_zones")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("code", type: .text, .notNull)
            .column("name", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("geometry", type: .text, .notNull)
            .column("admissions", type: .text, .notNull)
            .column("updated_at", type: .timestamp, .notNull)
            .unique("organisation_id", "code")
            .run()
        try await database.sql.create(table: "parking_regulations")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("zone_id", type: .bigint, .notNull, .references("parking_zones", "id", onDelete: .cascade))
            .column("position", type: .int, .notNull)
            .column("windows", type: .text, .notNull)
            .column("maximum_minutes", type: .int)
            .run()
        try await database.sql.create(index: "parking_regulations_zone").on("parking_regulations").column("zone_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "parking_regulations").run()
        try await database.sql.drop(table: "parking_zones").run()
    }
}

/// Vehicles (plate key unique per city, fuel, Euro norm, category) and holders (a reference of the city's own, an
/// address with its housing unit and point).
struct M061_CreateParkingHolders: AsyncMigration {
    var name: String { "Diensten.M061_CreateParkingHolders" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "parking_vehicles")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("plate_key", type: .text, .notNull)
            .column("fuel", type: .text, .notNull)
            .column("euro_norm", type: .int, .notNull)
            .column("category", type: .text, .notNull)
            .unique("organisation_id", "plate_key")
            .run()
        try await database.sql.create(table: "parking_holders")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("reference", type: .text, .notNull)
            .column("name", type: .text, .notNull)
            .column("street", type: .text, .notNull)
            .column("number", type: .text, .notNull)
            .column("housing_unit", type: .text, .notNull)
            .column("longitude", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("latitude", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .unique("organisation_id", "reference")
            .run()
        try await database.sql.create(index: "parking_holders_unit").on("parking_holders").column("organisation_id").column("housing_unit").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "parking_holders").run()
        try await database.sql.drop(table: "parking_vehicles").run()
    }
}

/// Rights: kind, holder, plates (keys separated by spaces), zones (codes separated by spaces; empty = every zone),
/// validity in seconds since 1970 (until exclusive, null = open), time restrictions (JSON, empty = always), status
/// and legal basis. `parking_right_plates` finds a plate's rights for the staff's search and the issuing checks.
struct M062_CreateParkingRights: AsyncMigration {
    var name: String { "Diensten.M062_CreateParkingRights" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "parking_rights")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("kind", type: .text, .notNull)
            .column("holder_id", type: .bigint, .references("parking_holders", "id", onDelete: .setNull))
            .column("plates", type: .text, .notNull)
            .column("zones", type: .text, .notNull)
            .column("valid_from", type: .bigint, .notNull)
            .column("valid_until", type: .bigint)
            .column("time_restrictions", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("legal_basis", type: .text, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(index: "parking_rights_organisation").on("parking_rights").column("organisation_id").run()
        try await database.sql.create(index: "parking_rights_holder").on("parking_rights").column("holder_id").run()
        try await database.sql.create(table: "parking_right_plates")
            .column("right_id", type: .bigint, .notNull, .references("parking_rights", "id", onDelete: .cascade))
            .column("organisation_id", type: .bigint, .notNull)
            .column("plate_key", type: .text, .notNull)
            .run()
        try await database.sql.create(index: "parking_right_plates_key").on("parking_right_plates").column("organisation_id").column("plate_key").run()
        try await database.sql.create(index: "parking_right_plates_right").on("parking_right_plates").column("right_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "parking_right_plates").run()
        try await database.sql.drop(table: "parking_rights").run()
    }
}

/// A city's issuing rules, versioned (the newest version applies; older ones stay for the record), and the
/// generation number of each city's register, bumped in the same transaction as every write so that every app
/// server sharing the database rebuilds its copy.
struct M063_CreateParkingRuleSets: AsyncMigration {
    var name: String { "Diensten.M063_CreateParkingRuleSets" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "parking_rule_sets")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("version", type: .int, .notNull)
            .column("content", type: .text, .notNull)
            .column("check_log_days", type: .int, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .unique("organisation_id", "version")
            .run()
        try await database.sql.create(table: "parking_generations")
            .column("organisation_id", type: .bigint, .primaryKey(autoIncrement: false), .references("organisations", "id", onDelete: .cascade))
            .column("generation", type: .bigint, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "parking_generations").run()
        try await database.sql.drop(table: "parking_rule_sets").run()
    }
}

/// The check log: which plate was checked in which zone, when, with what answer; deleted after `delete_after`
/// (the city's `checkLogDays`). Moments in seconds since 1970.
struct M064_CreateParkingCheckLog: AsyncMigration {
    var name: String { "Diensten.M064_CreateParkingCheckLog" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "parking_check_log")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("plate_key", type: .text, .notNull)
            .column("zone_code", type: .text, .notNull)
            .column("checked_at", type: .bigint, .notNull)
            .column("allowed", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("reason_code", type: .text, .notNull)
            .column("channel", type: .text, .notNull)
            .column("delete_after", type: .bigint, .notNull)
            .run()
        try await database.sql.create(index: "parking_check_log_delete_after").on("parking_check_log").column("delete_after").run()
        try await database.sql.create(index: "parking_check_log_organisation").on("parking_check_log").column("organisation_id").column("checked_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "parking_check_log").run()
    }
}
