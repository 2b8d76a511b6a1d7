import Foundation
import AccessDomain
import Fluent
import SQLKit

/// The member organisations, seeded with the 13 centrumsteden, the VGC and the Kenniscentrum.
struct M008_CreateOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(table: "organisations")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull, .unique)
            .column("name", type: .text, .notNull)
            .column("type", type: .text, .notNull)
            .column("area_code", type: .text)
            .column("active", type: .custom(SQLRaw("BOOLEAN")), .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .run()
        let now = SQLBind(Date())
        for organisation in MemberOrganisation.founding {
            try await sql.insert(into: "organisations")
                .columns("code", "name", "type", "area_code", "active", "created_at")
                .values(SQLBind(organisation.code), SQLBind(organisation.name), SQLBind(organisation.type.rawValue),
                        SQLBind(organisation.areaCode), SQLBind(true), now)
                .run()
        }
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(table: "organisations").run()
    }
}
