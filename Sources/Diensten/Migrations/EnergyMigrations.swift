import Fluent
import Platform
import SQLKit

/// The tables of the energy part. Names pinned ("Diensten.M0xx_Name"); this part keeps the numbers M065–M067.
enum EnergyMigrations {
    static let all: [any Migration] = [M065_CreateEnergyBuildings(), M066_CreateEnergyApartments(), M067_CreateEnergyMeterYears()]
}

/// A building that shares the energy of one installation: owned by an organisation, with the installation's EAN,
/// kWp and cost, the key and the tariffs (euro per kWh).
struct M065_CreateEnergyBuildings: AsyncMigration {
    var name: String { "Diensten.M065_CreateEnergyBuildings" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "energy_buildings")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("name", type: .text, .notNull)
            .column("installation_ean", type: .text, .notNull)
            .column("kwp", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("installation_cost", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("sharing_key", type: .text, .notNull)
            .column("energy_price", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("injection_price", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("network_costs", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .column("updated_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(index: "energy_buildings_organisation").on("energy_buildings").column("organisation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "energy_buildings").run()
    }
}

/// The apartments of a building in their order, each with its EAN and share (a fraction).
struct M066_CreateEnergyApartments: AsyncMigration {
    var name: String { "Diensten.M066_CreateEnergyApartments" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "energy_apartments")
            .column("building_id", type: .bigint, .notNull, .references("energy_buildings", "id", onDelete: .cascade))
            .column("position", type: .int, .notNull)
            .column("label", type: .text, .notNull)
            .column("ean", type: .text, .notNull)
            .column("share", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .primaryKey("building_id", "position")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "energy_apartments").run()
    }
}

/// A building's uploaded meter data: per EAN and Brussels calendar year the quarter-hour readings as one blob
/// (`MeterYear.encoded`: Float32 offtake, Float32 injection, a bitmap of the quarters present), with totals for lists.
struct M067_CreateEnergyMeterYears: AsyncMigration {
    var name: String { "Diensten.M067_CreateEnergyMeterYears" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "energy_meter_years")
            .column("building_id", type: .bigint, .notNull, .references("energy_buildings", "id", onDelete: .cascade))
            .column("ean", type: .text, .notNull)
            .column("year", type: .int, .notNull)
            .column("quarters_present", type: .int, .notNull)
            .column("offtake_kwh", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("injection_kwh", type: .custom(SQLRaw("DOUBLE PRECISION")), .notNull)
            .column("readings", type: .blob, .notNull)
            .column("source_file", type: .text, .notNull)
            .column("uploaded_at", type: .timestamp, .notNull)
            .primaryKey("building_id", "ean", "year")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "energy_meter_years").run()
    }
}
