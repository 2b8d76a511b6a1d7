/// PlannenDomain: the pure rules of the Plannen pillar, the follow-up of a city's meerjarenplan in the BBC 2020
/// structure (strategische doelstelling → beleidsdoelstelling → actieplan → actie).
///
/// No I/O and no dependencies beyond Foundation, so the same answers come out for the pages, the exports and the tests.
///
/// - Plan: `PlanLevel`, `PlanItem`, `PlanDate`, `PlanTree` (validated: duplicate codes, unknown parents, cycles, level
///   order), `Plan`, and versions (`PlanVersion`, `PlanVersionHistory`, `PlanDiff`) where adopted versions never change.
/// - Beleidsveld: `BeleidsveldCode` (01 → 011 → 0110) and the `BeleidsveldCatalogue` of BBC 2020 names.
/// - Status: `PlanStatus` and `StatusCatalogue` (niet gestart … gerealiseerd) with default progress.
/// - Progress: `ProgressRollup`, the weighted roll-up of progress through the tree with the calculation as text.
/// - Budget: `BudgetLine` and `BudgetTotals` per item, year, soort, richting and fase, with the execution rate.
/// - Indicators: `PlanIndicator` with its `IndicatorAssessment` (on track, needs acceleration, …) and `MilestoneSeries`.
/// - Periods: `ReportingPeriod`, `PeriodRules` (updates only while open, reopening by an admin) and `ItemUpdate`.
/// - Reminders: `Reminders.digests`, who still has to report on what.
/// - Import and Export: `PlanCSVImporter` reads plan.csv and budget.csv into a `Plan` or every located problem;
///   `PlanCSVExporter` writes them back so that the two round-trip byte for byte.
/// - Comparison: `CityComparison` of published plans per beleidsdomein.
/// - Demo: `VoorbeeldstadDemo`, the deterministic plan of the fictitious city Voorbeeldstad.
public enum PlannenDomain {
    /// The plan code of the demo plan and the default of the importer's callers.
    public static let demoPlanCode = "mjp-2026-2031"
}
