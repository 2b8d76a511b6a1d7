import Fluent
import SQLKit

/// The audit trail: one row per change, written in the same transaction as the change itself.
/// Who and which organisation are kept as labels too, so the trail stays readable after a user is removed.
public struct M016_CreateAuditEvents: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    public var name: String { "Storage.M016_CreateAuditEvents" }

    public func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "audit_events")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("occurred_at", type: .timestamp, .notNull)
            .column("user_id", type: .bigint)
            .column("user_label", type: .text, .notNull)
            .column("organisation_id", type: .bigint)
            .column("organisation_label", type: .text, .notNull)
            .column("module", type: .text, .notNull)
            .column("action", type: .text, .notNull)
            .column("entity_type", type: .text, .notNull)
            .column("entity_id", type: .text, .notNull)
            .column("summary", type: .text, .notNull)
            .column("changes", type: .text, .notNull)
            .run()
        try await sql.create(index: "audit_events_time").on("audit_events").column("occurred_at").run()
        try await sql.create(index: "audit_events_organisation").on("audit_events").column("organisation_id").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "audit_events").run()
    }
}
