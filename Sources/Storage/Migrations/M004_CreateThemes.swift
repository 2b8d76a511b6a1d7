import Fluent
import SQLKit

struct M004_CreateThemes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).create(table: "themes")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("parent_code", type: .text)
            .column("sequence", type: .int, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(table: "themes").run()
    }
}
