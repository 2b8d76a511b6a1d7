import Fluent

/// The Platform migrations, in order. New ones are appended, never reordered; each keeps the name it was first recorded
/// under (`name`), so a database made before the code moved migrates without re-running anything.
public enum PlatformMigrations {
    public static let all: [any Migration] = [
        M008_CreateOrganisations(),
        M009_CreateUsers(),
        M010_CreateSessions(),
        M011_CreateAPITokens(),
        M012_CreateLoginAttempts(),
        M013_CreateAccessGroups(),
        M014_CreateAccessGroupMembers(),
        M015_CreateDataRestrictions(),
        M016_CreateAuditEvents(),
        M030_AddTemporaryPasswordExpiry(),
        M031_CreateMailOutbox(),
        M042_CreateSearchIndex(),
        M043_AddMailHeaders(),
        M044_CreateSigningKeys(),
        M076_CreateDataVersions(),
    ]
}
