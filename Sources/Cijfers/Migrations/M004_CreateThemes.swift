import Platform
import Fluent
import SQLKit

struct M004_CreateThemes: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M004_CreateThemes" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "themes")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("parent_code", type: .text)
            .column("sequence", type: .int, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "themes").run()
    }
}
