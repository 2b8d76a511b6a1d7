import Fluent

/// The Plannen migrations, in order. New ones are appended, never reordered; each pins its name.
enum PlannenMigrations {
    static let all: [any Migration] = [
        M032_CreatePlans(),
        M033_CreatePlanVersions(),
        M034_CreatePlanItems(),
        M035_CreatePlanBudgetLines(),
        M036_CreatePlanItemLinks(),
        M037_CreatePlanIndicators(),
        M038_CreatePlanIndicatorValues(),
        M039_CreatePlanMilestones(),
        M040_CreatePlanPeriods(),
        M041_CreatePlanItemUpdates(),
    ]
}
