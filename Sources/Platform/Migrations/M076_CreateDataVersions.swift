import Fluent
import SQLKit

/// One counter per kind of shared data (`DataVersions`): a write raises it in its own transaction, and every server
/// compares it with the copy it keeps in memory.
public struct M076_CreateDataVersions: AsyncMigration {
    public var name: String { "Platform.M076_CreateDataVersions" }

    public func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "data_versions")
            .column("name", type: .text, .primaryKey(autoIncrement: false))
            .column("version", type: .bigint, .notNull)
            .run()
    }

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "data_versions").run()
    }
}
