import Platform
import SQLKit

extension AreaGeometryQuery {
    /// The GeoJSON geometry of every area of a level that has one, keyed by area.
    public func geometries(level: Int) async throws -> [Int: String] {
        var result: [Int: String] = [:]
        let rows = try await sql.select().columns("id", "geometry").from("areas")
            .where("level_id", .equal, level).where("geometry", .isNot, SQLLiteral.null).all()
        for row in rows {
            result[try row.decode(column: "id", as: Int.self)] = try row.decode(column: "geometry", as: String.self)
        }
        return result
    }
}
