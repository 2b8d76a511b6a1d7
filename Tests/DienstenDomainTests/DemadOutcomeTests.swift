import DienstenDomain
import Foundation
import Testing

/// DEMaD's client perspective worked out by hand: the change per domain, the lasting rule, goals and the trend.
@Suite("DEMaD outcomes")
struct DemadOutcomeTests {
    static let scale = DemadScale.standard

    static func day(_ text: String) -> DemadDay { DemadDay(text)! }

    static func m(_ day: String, _ scores: [String: Int], goals: (Int, Int)? = nil) -> DemadMeasurement {
        DemadMeasurement(day: Self.day(day), scores: scores, goalsSet: goals?.0, goalsReached: goals?.1)
    }

    @Test func theBundledFrameLoadsWithItsScaleDomainsAndParameters() throws {
        let scale = try DemadScale.bundled()
        #expect(scale.problems().isEmpty)
        #expect(scale.scale.map(\.score) == [1, 2, 3, 4, 5])
        #expect(scale.domains.count == 13)
        #expect(scale.domain("schulden")?.label.text("en") == "Debts")
        #expect(scale.lastingMonths == 6)
        #expect(scale.benchmark.minimumCases == 10)
        #expect(scale.retentionYears == 5)
    }

    @Test func changePerDomainIsBetweenTheFirstAndTheLatestScoreOfThatDomain() {
        // intake: income 2, debts 1, housing 3; then income 3 (debts not scored); then income 4, debts 3, housing 2;
        // work only once (no change).
        let demadCase = DemadCase(id: 1, workerID: 7, opened: Self.day("2025-01-10"), measurements: [
            Self.m("2025-04-01", ["inkomen": 3]),
            Self.m("2025-01-10", ["inkomen": 2, "schulden": 1, "huisvesting": 3, "werk": 2]),
            Self.m("2025-09-01", ["inkomen": 4, "schulden": 3, "huisvesting": 2]),
        ])
        let changes = DemadOutcome.changes(of: demadCase, lastingMonths: 6)
        #expect(changes.map(\.domain) == ["huisvesting", "inkomen", "schulden"])
        let byDomain = Dictionary(uniqueKeysWithValues: changes.map { ($0.domain, $0) })
        #expect(byDomain["inkomen"]?.change == 2)
        #expect(byDomain["schulden"]?.change == 2)
        #expect(byDomain["huisvesting"]?.change == -1)
        #expect(byDomain["huisvesting"]?.direction == .worse)
        // income first better on 1 April; 1 October is six months later; 1 September is not yet → too early.
        #expect(byDomain["inkomen"]?.lasting == .tooEarly)
        #expect(byDomain["schulden"]?.lasting == .tooEarly)
        #expect(byDomain["huisvesting"]?.lasting == .noImprovement)
    }

    @Test func anImprovementIsLastingWhenItStillHoldsSixMonthsLater() {
        func points(_ list: [(String, Int)]) -> [(DemadDay, Int)] { list.map { (Self.day($0.0), $0.1) } }
        // better on 1 March, still better on 1 September (exactly six months): lasting
        #expect(DemadOutcome.lasting(points([("2025-01-01", 2), ("2025-03-01", 3), ("2025-09-01", 3)]), months: 6) == .lasting)
        // one day short of six months: too early
        #expect(DemadOutcome.lasting(points([("2025-01-01", 2), ("2025-03-01", 3), ("2025-08-31", 4)]), months: 6) == .tooEarly)
        // back to the intake score in between: fell back, even if it rises again later
        #expect(DemadOutcome.lasting(points([("2025-01-01", 2), ("2025-03-01", 3), ("2025-05-01", 2), ("2025-12-01", 4)]), months: 6) == .fellBack)
        // lower than intake at first, better later and held
        #expect(DemadOutcome.lasting(points([("2025-01-01", 3), ("2025-02-01", 2), ("2025-04-01", 4), ("2025-10-01", 4)]), months: 6) == .lasting)
        // never better
        #expect(DemadOutcome.lasting(points([("2025-01-01", 3), ("2025-06-01", 3)]), months: 6) == .noImprovement)
        // 31 August + 6 months is 28 February (2026 is no leap year)
        #expect(Self.day("2025-08-31").adding(months: 6) == Self.day("2026-02-28"))
        #expect(DemadOutcome.lasting(points([("2025-06-01", 1), ("2025-08-31", 2), ("2026-02-28", 2)]), months: 6) == .lasting)
    }

    @Test func aCaseIsLastingWhenOneDomainLastedAndNoneIsWorseThanAtIntake() {
        let lasting = DemadCase(id: 1, workerID: nil, opened: Self.day("2025-01-01"), measurements: [
            Self.m("2025-01-01", ["inkomen": 2, "schulden": 2]), Self.m("2025-02-01", ["inkomen": 3, "schulden": 2]),
            Self.m("2025-08-01", ["inkomen": 3, "schulden": 2]),
        ])
        #expect(DemadOutcome.caseLasting(DemadOutcome.changes(of: lasting, lastingMonths: 6)) == .lasting)
        let worse = DemadCase(id: 2, workerID: nil, opened: Self.day("2025-01-01"), measurements: [
            Self.m("2025-01-01", ["inkomen": 2, "schulden": 2]), Self.m("2025-02-01", ["inkomen": 3, "schulden": 2]),
            Self.m("2025-08-01", ["inkomen": 3, "schulden": 1]),
        ])
        #expect(DemadOutcome.caseLasting(DemadOutcome.changes(of: worse, lastingMonths: 6)) == .fellBack)
        let counts = DemadOutcome.lastingCounts([lasting, worse], scale: Self.scale)
        #expect(counts[.lasting] == 1 && counts[.fellBack] == 1)
    }

    @Test func theSummaryPerDomainCountsMeansAndDirections() {
        let cases = [
            DemadCase(id: 1, workerID: nil, opened: Self.day("2025-01-01"), measurements: [
                Self.m("2025-01-01", ["inkomen": 1, "schulden": 2]), Self.m("2025-05-01", ["inkomen": 3, "schulden": 2])]),
            DemadCase(id: 2, workerID: nil, opened: Self.day("2025-01-01"), measurements: [
                Self.m("2025-01-01", ["inkomen": 3]), Self.m("2025-05-01", ["inkomen": 2])]),
            DemadCase(id: 3, workerID: nil, opened: Self.day("2025-01-01"), measurements: [
                Self.m("2025-01-01", ["inkomen": 2]), Self.m("2025-05-01", ["inkomen": 3])]),
        ]
        let summary = DemadOutcome.summary(cases, scale: Self.scale)
        #expect(summary.map(\.domain) == Self.scale.domainCodes)
        let income = summary.first { $0.domain == "inkomen" }!
        // changes +2, −1, +1 → mean 2/3; improved 2, worse 1
        #expect(income.cases == 3)
        #expect(abs(income.meanChange! - 2.0 / 3.0) < 1e-12)
        #expect(income.improved == 2 && income.same == 0 && income.worse == 1)
        let debts = summary.first { $0.domain == "schulden" }!
        #expect(debts.cases == 1 && debts.meanChange == 0 && debts.same == 1)
        #expect(summary.first { $0.domain == "taal" }!.cases == 0)
        #expect(summary.first { $0.domain == "taal" }!.meanChange == nil)
    }

    @Test func goalsComeFromTheLatestMeasurementThatStatesThem() {
        let cases = [
            DemadCase(id: 1, workerID: nil, opened: Self.day("2025-01-01"), measurements: [
                Self.m("2025-01-01", ["inkomen": 1], goals: (3, 0)), Self.m("2025-05-01", ["inkomen": 2], goals: (3, 3)),
                Self.m("2025-07-01", ["inkomen": 2])]),
            DemadCase(id: 2, workerID: nil, opened: Self.day("2025-01-01"), measurements: [Self.m("2025-01-01", ["inkomen": 1], goals: (2, 1))]),
            DemadCase(id: 3, workerID: nil, opened: Self.day("2025-01-01"), measurements: [Self.m("2025-01-01", ["inkomen": 1])]),
        ]
        let goals = DemadOutcome.goals(cases)
        #expect(goals.cases == 2 && goals.set == 5 && goals.reached == 4 && goals.allReached == 1)
    }

    @Test func theTrendGroupsFollowUpsByQuarterWithEmptyQuartersKept() {
        let cases = [
            DemadCase(id: 1, workerID: nil, opened: Self.day("2025-01-01"), measurements: [
                Self.m("2025-01-05", ["inkomen": 1, "schulden": 1]), Self.m("2025-02-10", ["inkomen": 3, "schulden": 2]),
                Self.m("2025-08-10", ["inkomen": 2])]),
        ]
        let trend = DemadOutcome.trend(cases, scale: Self.scale)
        #expect(trend.map { $0.quarter.label("nl") } == ["2025-K1", "2025-K2", "2025-K3"])
        // Q1: (+2 +1)/2 = 1.5; Q2: nothing; Q3: income 2 − 1 = +1
        #expect(trend[0].meanChange == 1.5 && trend[0].cases == 1)
        #expect(trend[1].meanChange == nil && trend[1].cases == 0)
        #expect(trend[2].meanChange == 1)
    }

    @Test func daysAreReadAsWrittenAndRefusedWhenTheyDoNotExist() {
        #expect(DemadDay("2025-03-07")?.description == "2025-03-07")
        #expect(DemadDay("7/3/2025")?.description == "2025-03-07")
        #expect(DemadDay("07-03-2025")?.description == "2025-03-07")
        #expect(DemadDay("2025-02-29") == nil)
        #expect(DemadDay("2024-02-29") != nil)
        #expect(DemadDay("gisteren") == nil)
        #expect(DemadQuarter(year: 2025, quarter: 4).next == DemadQuarter(year: 2026, quarter: 1))
        #expect(DemadQuarter(year: 2025, quarter: 1).lastDay.description == "2025-03-31")
    }
}
