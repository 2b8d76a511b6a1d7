import Fluent

/// Every migration, in order. New ones are appended, never reordered.
public enum StorageMigrations {
    public static let all: [any Migration] = [
        M001_CreateAreaLevels(),
        M002_CreateAreas(),
        M003_CreateAreaLinks(),
        M004_CreateThemes(),
        M005_CreateIndicators(),
        M006_CreateObservations(),
        M007_CreateImportRuns(),
        M008_CreateOrganisations(),
        M009_CreateUsers(),
        M010_CreateSessions(),
        M011_CreateAPITokens(),
        M012_CreateLoginAttempts(),
        M013_CreateAccessGroups(),
        M014_CreateAccessGroupMembers(),
        M015_CreateDataRestrictions(),
        M016_CreateAuditEvents(),
        M017_AddIndicatorOwner(),
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
        M030_AddTemporaryPasswordExpiry(),
        M031_CreateMailOutbox(),
    ]
}
