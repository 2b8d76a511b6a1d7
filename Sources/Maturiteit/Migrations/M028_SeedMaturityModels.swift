import Platform
import Fluent
import SQLKit

/// The three maturity models Stadsbeeld starts with (climate governance, data maturity, digital transition)
/// and the groups of look-alike centrumsteden.
struct M028_SeedMaturityModels: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M028_SeedMaturityModels" }

    func prepare(on database: any Database) async throws {
        try await MaturitySeed.models(on: database.sql)
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        try await sql.delete(from: "maturity_peer_groups").run()
        for seed in MaturitySeed.models {
            try await sql.delete(from: "maturity_models").where("code", .equal, SQLBind(seed.code)).run()
        }
    }
}
