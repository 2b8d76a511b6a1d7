import Fluent
import Platform
import SQLKit

/// The tables of screening: the versions of the eligibility rules and the cases workers keep.
enum ScreeningMigrations {
    static let all: [any Migration] = [
        M054_CreateScreeningRuleVersions(),
        M055_CreateScreeningCases(),
        M056_IndexScreeningCases(),
    ]
}

/// Every version of the eligibility rules ever kept. `content` is the rule set as JSON (`RuleFile`); exactly one row
/// is `active` (1). Versions are never changed or removed: a new one is added.
struct M054_CreateScreeningRuleVersions: AsyncMigration {
    var name: String { "Diensten.M054_CreateScreeningRuleVersions" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "screening_rule_versions")
            .column("version", type: .int, .primaryKey(autoIncrement: false))
            .column("content", type: .text, .notNull)
            .column("note", type: .text, .notNull)
            .column("author_user_id", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("author_label", type: .text, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .column("active", type: .int, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "screening_rule_versions").run()
    }
}

/// The cases a worker saved for their organisation: the profile (JSON, `ClientProfile`), the rule version that
/// screened it and a short summary of the result. `reference` is the worker's own reference, never the client's
/// name. A case is deleted after `delete_after` (`ScreeningCases.purgeExpired`).
struct M055_CreateScreeningCases: AsyncMigration {
    var name: String { "Diensten.M055_CreateScreeningCases" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "screening_cases")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("created_by", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("reference", type: .text, .notNull)
            .column("profile", type: .text, .notNull)
            .column("rule_version", type: .int, .notNull)
            .column("result_summary", type: .text, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .column("delete_after", type: .timestamp, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "screening_cases").run()
    }
}

/// The lookups of cases: an organisation's list, and the purge of what passed its date.
struct M056_IndexScreeningCases: AsyncMigration {
    var name: String { "Diensten.M056_IndexScreeningCases" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(index: "screening_cases_organisation").on("screening_cases").column("organisation_id").column("created_at").run()
        try await database.sql.create(index: "screening_cases_delete_after").on("screening_cases").column("delete_after").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "screening_cases_delete_after").run()
        try await database.sql.drop(index: "screening_cases_organisation").run()
    }
}
