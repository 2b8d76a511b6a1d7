import Fluent
import SQLKit

/// Data reserved for an access group: an indicator, or one level of it (`level_code`). Codes rather than ids,
/// because the catalog resolves indicators and levels by code, and a restriction may be set before the data arrives.
public struct M015_CreateDataRestrictions: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    public var name: String { "Storage.M015_CreateDataRestrictions" }

    public func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "data_restrictions")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("group_id", type: .bigint, .notNull, .references("access_groups", "id", onDelete: .cascade))
            .column("indicator_code", type: .text, .notNull)
            .column("level_code", type: .text)
            .run()
    }

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "data_restrictions").run()
    }
}
