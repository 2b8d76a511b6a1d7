import Fluent

/// The Cijfers migrations, in order. New ones are appended, never reordered; each keeps the name it was first recorded
/// under (`name`), so a database made before the code moved migrates without re-running anything.
enum CijfersMigrations {
    static let all: [any Migration] = [
        M001_CreateAreaLevels(),
        M002_CreateAreas(),
        M003_CreateAreaLinks(),
        M004_CreateThemes(),
        M005_CreateIndicators(),
        M006_CreateObservations(),
        M007_CreateImportRuns(),
        M017_AddIndicatorOwner(),
        M077_PackValueVectors(),
        M078_AddIndicatorSurveyProportion(),
    ]
}
