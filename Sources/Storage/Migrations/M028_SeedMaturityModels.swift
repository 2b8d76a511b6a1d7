import Fluent
import SQLKit

/// The three maturity models Stadsbeeld starts with (climate governance, data maturity, digital transition)
/// and the groups of look-alike centrumsteden.
struct M028_SeedMaturityModels: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await MaturitySeed.models(on: database as! any SQLDatabase)
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.delete(from: "maturity_peer_groups").run()
        for seed in MaturitySeed.models {
            try await sql.delete(from: "maturity_models").where("code", .equal, SQLBind(seed.code)).run()
        }
    }
}
