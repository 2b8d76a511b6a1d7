import Platform
import Fluent
import SQLKit

/// The 2024 climate-governance self-evaluation of the 13 centrumsteden, published as in the Kenniscentrum's report,
/// with its recommendations and work packages.
struct M029_SeedClimateCampaign2024: AsyncMigration {
    /// The name this migration was recorded under before the code moved into pillar modules; never change it.
    var name: String { "Storage.M029_SeedClimateCampaign2024" }

    func prepare(on database: any Database) async throws {
        try await MaturitySeed.climateCampaign2024(on: database)
    }

    func revert(on database: any Database) async throws {
        // The campaign's participants, evaluations, answers, recommendations and work packages go with it (cascade).
        try await database.sql.delete(from: "maturity_campaigns")
            .where("code", .equal, SQLBind(MaturitySeed.climateCampaign)).run()
    }
}
