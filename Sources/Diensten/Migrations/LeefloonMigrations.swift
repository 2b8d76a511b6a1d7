import Fluent
import Platform
import SQLKit

/// The tables of the leefloon advice: the decisions workers take on an advice. Names pinned ("Diensten.M05x").
enum LeefloonMigrations {
    static let all: [any Migration] = [M057_CreateLeefloonDecisions(), M058_IndexLeefloonDecisions()]
}

/// A worker's decision on an advice: the worker's own case reference (never the client's name), the situation and
/// the advice with its trail as JSON, the date of the amounts used, confirmed or overridden with the amount decided
/// (in cents) and the reason an override needs; deleted after `delete_after` (the retention period).
struct M057_CreateLeefloonDecisions: AsyncMigration {
    var name: String { "Diensten.M057_CreateLeefloonDecisions" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "leefloon_decisions")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("organisation_id", type: .bigint, .notNull, .references("organisations", "id", onDelete: .cascade))
            .column("user_id", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("worker_reference", type: .text, .notNull)
            .column("period", type: .text, .notNull)
            .column("category", type: .int, .notNull)
            .column("situation", type: .text, .notNull)
            .column("advice", type: .text, .notNull)
            .column("parameters_from", type: .text, .notNull)
            .column("advised_cents", type: .bigint, .notNull)
            .column("decision", type: .text, .notNull)
            .column("decided_cents", type: .bigint, .notNull)
            .column("reason", type: .text)
            .column("created_at", type: .timestamp, .notNull)
            .column("delete_after", type: .timestamp, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "leefloon_decisions").run()
    }
}

/// The list reads one organisation's decisions newest first; the retention purge reads by `delete_after`.
struct M058_IndexLeefloonDecisions: AsyncMigration {
    var name: String { "Diensten.M058_IndexLeefloonDecisions" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(index: "leefloon_decisions_organisation").on("leefloon_decisions")
            .column("organisation_id").column("created_at").run()
        try await database.sql.create(index: "leefloon_decisions_delete_after").on("leefloon_decisions").column("delete_after").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "leefloon_decisions_delete_after").run()
        try await database.sql.drop(index: "leefloon_decisions_organisation").run()
    }
}
