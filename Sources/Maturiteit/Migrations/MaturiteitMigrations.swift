import Fluent

/// The Maturiteit migrations, in order. New ones are appended, never reordered; each keeps the name it was first recorded
/// under (`name`), so a database made before the code moved migrates without re-running anything.
enum MaturiteitMigrations {
    static let all: [any Migration] = [
        M018_CreateMaturityModels(),
        M019_CreateMaturityThemes(),
        M020_CreateMaturityQuestions(),
        M021_CreateMaturityCampaigns(),
        M022_CreateMaturityParticipants(),
        M023_CreateMaturityEvaluations(),
        M024_CreateMaturityAnswers(),
        M025_CreateMaturityRecommendations(),
        M026_CreateMaturityWorkPackages(),
        M027_CreateMaturityPeerGroups(),
        M028_SeedMaturityModels(),
        M029_SeedClimateCampaign2024(),
    ]
}
