import Platform
import FluentKit
import SQLKit

/// Geometry is kept out of the catalog (megabytes); it is read per area or per level when a map needs it.
public struct AreaGeometryQuery: Sendable {
    let sql: any SQLDatabase

    public init(database: any Database) {
        self.sql = database.sql
    }

    public func geometry(area: Int) async throws -> String? {
        guard let row = try await sql.select().column("geometry").from("areas").where("id", .equal, area).first()
        else { return nil }
        return try row.decode(column: "geometry", as: String?.self)
    }
}
