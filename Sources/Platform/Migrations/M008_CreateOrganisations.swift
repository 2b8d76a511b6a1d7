import Foundation
import AccessDomain
import Fluent
import SQLKit

/// The member organisations, seeded with the 13 centrumsteden, the VGC and the Kenniscentrum.
public struct M008_CreateOrganisations: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    public var name: String { "Storage.M008_CreateOrganisations" }

    public func prepare(on database: any Database) async throws {
        let sql = database.sql
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

    public func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "organisations").run()
    }
}
