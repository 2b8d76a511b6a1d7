@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import CijfersImport
import Foundation
import SQLKit
import Vapor

/// Loading the real geography and Fluvius files, as a city analyst would.
enum TestData {
    /// Gewest, provincies, gemeenten and the centrumsteden group with their links: small and quick.
    static let smallGeography = [
        Fixtures.geography("gewest.xlsx"), Fixtures.geography("provincie2024.xlsx"),
        Fixtures.geography("gemeente2024.xlsx"), Fixtures.demo("centrumsteden.csv"),
        Fixtures.geography("provincie2024_gewest.xlsx"), Fixtures.geography("gemeente2024_provincie2024.xlsx"),
        Fixtures.demo("gemeente2024_centrumsteden.csv"),
    ]

    /// The whole chain down to the 2019 sectors the Fluvius upload uses.
    static let fullGeography = smallGeography + [
        Fixtures.geography("ggw72024.xlsx"), Fixtures.geography("statsec2024.xlsx"),
        Fixtures.geography("statsec2019.xlsx"), Fixtures.geography("ggw72024_gemeente2024.xlsx"),
        Fixtures.geography("statsec2024_ggw72024.xlsx"), Fixtures.geography("statsec2019_statsec2024.xlsx"),
    ]

    @discardableResult
    static func load(_ paths: [String], into app: Application, options: ImportOptions = .init()) async throws -> ImportSummary {
        try await ImportService(database: app.db, catalogStore: app.catalogStore)
            .run(paths.map { ImportFile(path: $0) }, options: options)
    }

    /// Row counts of every table an import writes, to prove a refused import changed nothing.
    static func counts(_ app: Application) async throws -> [String: Int] {
        let sql = app.db.sql
        var result: [String: Int] = [:]
        for table in ["area_levels", "areas", "area_links", "themes", "indicators", "value_vectors", "cijfers_waarden", "import_runs"] {
            let row = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()
            result[table] = try row?.decode(column: "n", as: Int.self) ?? -1
        }
        // Counts cannot see a value overwritten in place: the stored vectors themselves are compared too.
        var hasher = Hasher()
        for row in try await sql.select().columns("indicator_id", "level_id", "period", "origin", "vector").from("value_vectors")
            .orderBy("indicator_id").orderBy("level_id").orderBy("period").orderBy("origin").all() {
            hasher.combine(try row.decode(column: "indicator_id", as: Int.self))
            hasher.combine(try row.decode(column: "level_id", as: Int.self))
            hasher.combine(try row.decode(column: "period", as: String.self))
            hasher.combine(try row.decode(column: "origin", as: Int.self))
            hasher.combine(try row.decode(column: "vector", as: String.self))
        }
        result["stored values"] = hasher.finalize()
        return result
    }
}
