import Fluent
import SQLKit

/// The mail outbox: messages written in the transaction of the change that causes them, delivered by the mail worker.
/// `message_key` is unique so the same message is never queued twice.
struct M031_CreateMailOutbox: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
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

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(table: "mail_outbox").run()
    }
}
