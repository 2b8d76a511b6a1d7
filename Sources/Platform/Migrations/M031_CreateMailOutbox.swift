import Fluent
import SQLKit

/// The mail outbox: messages written in the transaction of the change that causes them, delivered by the mail worker.
/// `message_key` is unique so the same message is never queued twice.
public struct M031_CreateMailOutbox: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    public var name: String { "Storage.M031_CreateMailOutbox" }

    public func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "mail_outbox")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("created_at", type: .timestamp, .notNull)
            .column("module", type: .text, .notNull)
            .column("message_key", type: .text, .notNull, .unique)
            .column("to_addresses", type: .text, .notNull)
            .column("subject", type: .text, .notNull)
            .column("body_text", type: .text, .notNull)
            .column("body_html", type: .text)
            .column("status", type: .text, .notNull)
            .column("attempts", type: .int, .notNull)
            .column("next_attempt_at", type: .timestamp, .notNull)
            .column("last_error", type: .text)
            .column("sent_at", type: .timestamp)
            .run()
        try await sql.create(index: "mail_outbox_due").on("mail_outbox").column("status").column("next_attempt_at").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "mail_outbox").run()
    }
}
