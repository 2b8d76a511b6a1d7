import Fluent
import Platform
import SQLKit

/// The tables of the register part. Names pinned ("Diensten.M0xx_Name"); this part keeps the numbers M068–M072.
enum RegisterMigrations {
    static let all: [any Migration] = [
        M068_CreateRegisterActivities(), M069_CreateRegisterActivityVersions(), M070_CreateRegisterRequests(), M071_CreateRegisterBreaches(),
        M072_CreateRegisterSettingsAndReminders(),
    ]
}

/// An organisation's processing activities: what the lists need (name, status, published, template, the current
/// version's number) beside the versions themselves; the DPIA answers and their verdict.
struct M068_CreateRegisterActivities: AsyncMigration {
    var name: String { "Diensten.M068_CreateRegisterActivities" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "register_activities")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("name", type: .text, .notNull)
            .column("reference", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("current_version", type: .int, .notNull)
            .column("published", type: .int, .notNull)
            .column("is_template", type: .int, .notNull)
            .column("copied_from", type: .bigint)
            .column("internal_note", type: .text, .notNull)
            .column("dpia_answers", type: .text)
            .column("dpia_verdict", type: .text)
            .column("dpia_updated_at", type: .timestamp)
            .column("created_at", type: .timestamp, .notNull)
            .column("updated_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(index: "register_activities_organisation").on("register_activities").column("organisation_id").column("name").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "register_activities_organisation").run()
        try await database.sql.drop(table: "register_activities").run()
    }
}

/// Every save of an activity is a new version: its content as JSON, who saved it and when. Never updated.
struct M069_CreateRegisterActivityVersions: AsyncMigration {
    var name: String { "Diensten.M069_CreateRegisterActivityVersions" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "register_activity_versions")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("activity_id", type: .bigint, .notNull, .references("register_activities", "id", onDelete: .cascade))
            .column("version", type: .int, .notNull)
            .column("content", type: .text, .notNull)
            .column("user_id", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("saved_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(index: "register_activity_versions_unique").on("register_activity_versions").unique()
            .column("activity_id").column("version").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "register_activity_versions_unique").run()
        try await database.sql.drop(table: "register_activity_versions").run()
    }
}

/// Data subject requests and what happened to each (received, identity asked, extended, closed…).
struct M070_CreateRegisterRequests: AsyncMigration {
    var name: String { "Diensten.M070_CreateRegisterRequests" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "register_requests")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("reference", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("received_on", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("extended_on", type: .text)
            .column("extension_reason", type: .text)
            .column("activity_id", type: .bigint, .references("register_activities", "id", onDelete: .setNull))
            .column("summary", type: .text, .notNull)
            .column("closed_on", type: .text)
            .column("created_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(index: "register_requests_organisation").on("register_requests").column("organisation_id").column("status").run()
        try await database.sql.create(table: "register_request_events")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("request_id", type: .bigint, .notNull, .references("register_requests", "id", onDelete: .cascade))
            .column("at", type: .timestamp, .notNull)
            .column("kind", type: .text, .notNull)
            .column("note", type: .text, .notNull)
            .column("user_id", type: .bigint, .references("users", "id", onDelete: .setNull))
            .run()
        try await database.sql.create(index: "register_request_events_request").on("register_request_events").column("request_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "register_request_events_request").run()
        try await database.sql.drop(table: "register_request_events").run()
        try await database.sql.drop(index: "register_requests_organisation").run()
        try await database.sql.drop(table: "register_requests").run()
    }
}

/// The breach log of art. 33.5: the record as JSON beside the columns the clock and the lists read.
struct M071_CreateRegisterBreaches: AsyncMigration {
    var name: String { "Diensten.M071_CreateRegisterBreaches" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "register_breaches")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("title", type: .text, .notNull)
            .column("became_aware_at", type: .timestamp, .notNull)
            .column("decision", type: .text, .notNull)
            .column("content", type: .text, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .column("updated_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(index: "register_breaches_organisation").on("register_breaches").column("organisation_id").column("decision").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "register_breaches_organisation").run()
        try await database.sql.drop(table: "register_breaches").run()
    }
}

/// Per organisation the DPO's contact (the reminders go there), and each reminder queued, so each goes once.
struct M072_CreateRegisterSettingsAndReminders: AsyncMigration {
    var name: String { "Diensten.M072_CreateRegisterSettingsAndReminders" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "register_settings")
            .column("organisation_id", type: .bigint, .primaryKey(autoIncrement: false), .references("organisations", "id", onDelete: .cascade))
            .column("dpo_name", type: .text, .notNull)
            .column("dpo_email", type: .text, .notNull)
            .column("updated_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(table: "register_reminders")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("subject", type: .text, .notNull)
            .column("subject_id", type: .bigint, .notNull)
            .column("threshold", type: .text, .notNull)
            .column("queued_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(index: "register_reminders_unique").on("register_reminders").unique()
            .column("subject").column("subject_id").column("threshold").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "register_reminders_unique").run()
        try await database.sql.drop(table: "register_reminders").run()
        try await database.sql.drop(table: "register_settings").run()
    }
}
