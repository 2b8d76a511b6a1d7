import Fluent
import SQLKit

/// Extra header lines of a message (e.g. List-Unsubscribe of a newsletter), one `Name: value` per line.
public struct M043_AddMailHeaders: AsyncMigration {
    public var name: String { "Platform.M043_AddMailHeaders" }

    public func prepare(on database: any Database) async throws {
        try await database.sql.alter(table: "mail_outbox").column("extra_headers", type: .text).run()
    }

    public func revert(on database: any Database) async throws {
        try await database.sql.alter(table: "mail_outbox").dropColumn("extra_headers").run()
    }
}
