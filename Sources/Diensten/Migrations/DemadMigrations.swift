import Fluent
import Platform
import SQLKit

/// The tables of the demad part. Names pinned ("Diensten.M0xx_Name"); this part keeps the numbers M073–M075.
enum DemadMigrations {
    static let all: [any Migration] = [M073_CreateDemadOrganisations(), M074_CreateDemadCases(), M075_CreateDemadMeasurements()]
}

/// Per organisation that uses DEMaD: the key of its pseudonyms (32 random bytes, hex; never shown, never logged,
/// never leaves the database) and whether it takes part in the benchmark between cities.
struct M073_CreateDemadOrganisations: AsyncMigration {
    var name: String { "Diensten.M073_CreateDemadOrganisations" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "demad_organisations")
            .column("organisation_id", type: .bigint, .primaryKey(autoIncrement: false), .references("organisations", "id", onDelete: .cascade))
            .column("pseudonym_key", type: .text, .notNull)
            .column("benchmark", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .column("benchmark_changed_at", type: .timestamp)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "demad_organisations").run()
    }
}

/// A pseudonymous case: the HMAC-SHA256 of the client's dossier number under the organisation's key (hex), unique
/// per organisation; the worker (a user of the organisation), the day it was opened and closed (YYYY-MM-DD), whether
/// the client needs language support. No name, no dossier number.
struct M074_CreateDemadCases: AsyncMigration {
    var name: String { "Diensten.M074_CreateDemadCases" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "demad_cases")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("pseudonym", type: .text, .notNull)
            .column("worker_id", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("opened_on", type: .text, .notNull)
            .column("closed_on", type: .text)
            .column("language_support", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .unique("organisation_id", "pseudonym")
            .run()
        try await database.sql.create(index: "demad_cases_closed").on("demad_cases").column("closed_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "demad_cases_closed").run()
        try await database.sql.drop(table: "demad_cases").run()
    }
}

/// The measurements of a case (one per day) with the goals set and reached, and their scores, one row per domain.
struct M075_CreateDemadMeasurements: AsyncMigration {
    var name: String { "Diensten.M075_CreateDemadMeasurements" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "demad_measurements")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("case_id", type: .bigint, .notNull, .references("demad_cases", "id", onDelete: .cascade))
            .column("measured_on", type: .text, .notNull)
            .column("goals_set", type: .int)
            .column("goals_reached", type: .int)
            .column("created_by", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("created_at", type: .timestamp, .notNull)
            .unique("case_id", "measured_on")
            .run()
        try await database.sql.create(table: "demad_scores")
            .column("measurement_id", type: .bigint, .notNull, .references("demad_measurements", "id", onDelete: .cascade))
            .column("domain", type: .text, .notNull)
            .column("score", type: .int, .notNull)
            .primaryKey("measurement_id", "domain")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "demad_scores").run()
        try await database.sql.drop(table: "demad_measurements").run()
    }
}
