import DienstenDomain
import Foundation
import Testing

/// DEMaD's staff perspective and the benchmark worked out by hand: case weights, caseloads, their spread, the
/// import rows and small-number suppression with its secondary rule.
@Suite("DEMaD workload and benchmark")
struct DemadWorkloadTests {
    static let scale = DemadScale.standard
    static let weighting = DemadScale.standard.caseWeight

    static func day(_ text: String) -> DemadDay { DemadDay(text)! }

    static func demadCase(_ id: Int, worker: Int?, scores: [String: Int], language: Bool = false, opened: String = "2025-01-01",
                          closed: String? = nil) -> DemadCase {
        DemadCase(id: id, workerID: worker, opened: day(opened), closed: closed.map(day), languageSupport: language,
                  measurements: [DemadMeasurement(day: day(opened), scores: scores)])
    }

    @Test func aCaseWeighsTheBasePlusItsLowAndUrgentDomainsAndLanguageSupport() {
        // debts 1 (low and urgent), income 2 and housing 2 (low), work 3, language support:
        // 1 + 3 × 0.25 + 1 × 0.5 + 0.5 = 2.75
        let weight = DemadWorkload.weight(of: Self.demadCase(1, worker: 1, scores: ["schulden": 1, "inkomen": 2, "huisvesting": 2, "werk": 3],
                                                             language: true), weighting: Self.weighting)
        #expect(weight.value == 2.75)
        #expect(weight.lowDomains == 3 && weight.urgentDomains == 1 && weight.languageSupport && !weight.capped)
        // no scores: the base
        #expect(DemadWorkload.weight(of: Self.demadCase(2, worker: 1, scores: [:]), weighting: Self.weighting).value == 1)
        // eight urgent domains: 1 + 8 × 0.25 + 8 × 0.5 = 7 → capped at 5
        let heavy = DemadWorkload.weight(of: Self.demadCase(3, worker: 1, scores: Dictionary(uniqueKeysWithValues: Self.scale.domainCodes.prefix(8).map { ($0, 1) })),
                                         weighting: Self.weighting)
        #expect(heavy.value == 5 && heavy.capped)
        // the latest score counts: debts 1 then 4 → base only
        let better = DemadCase(id: 4, workerID: 1, opened: Self.day("2025-01-01"), measurements: [
            DemadMeasurement(day: Self.day("2025-01-01"), scores: ["schulden": 1]), DemadMeasurement(day: Self.day("2025-06-01"), scores: ["schulden": 4])])
        #expect(DemadWorkload.weight(of: better, weighting: Self.weighting).value == 1)
        #expect(DemadWorkload.weight(of: better, weighting: Self.weighting, through: Self.day("2025-03-01")).value == 1.75)
    }

    @Test func caseloadsSumTheWeightsOfOpenCasesPerWorker() {
        let cases = [
            Self.demadCase(1, worker: 10, scores: ["schulden": 1]),                  // 1.75
            Self.demadCase(2, worker: 10, scores: ["inkomen": 3]),                   // 1
            Self.demadCase(3, worker: 20, scores: ["inkomen": 2], language: true),   // 1.75
            Self.demadCase(4, worker: 20, scores: ["inkomen": 1], closed: "2025-03-01"), // closed: not counted in June
            Self.demadCase(5, worker: nil, scores: ["inkomen": 1]),                  // unassigned
            Self.demadCase(6, worker: 30, scores: [:], opened: "2025-09-01"),         // not yet open in June
        ]
        let loads = DemadWorkload.caseloads(cases, weighting: Self.weighting, on: Self.day("2025-06-30"))
        #expect(loads.map(\.workerID) == [10, 20])
        #expect(loads.map(\.weight) == [2.75, 1.75])
        #expect(loads.map(\.cases) == [2, 1])
        #expect(DemadWorkload.unassigned(cases, on: Self.day("2025-06-30")) == 1)
        // in February case 4 is still open: worker 20 carries 1.75 + 1.75 = 3.5
        #expect(DemadWorkload.caseloads(cases, weighting: Self.weighting, on: Self.day("2025-02-01")).first?.workerID == 20)
    }

    @Test func theSpreadGivesMinimumMedianMaximumAndGini() throws {
        // 1, 2, 3: pair differences 1 + 2 + 1 = 4, twice over = 8; 8 / (2 × 9 × 2) = 0.2222…
        let spread = try #require(DemadWorkload.spread([3, 1, 2]))
        #expect(spread.minimum == 1 && spread.median == 2 && spread.maximum == 3 && spread.mean == 2)
        #expect(abs(spread.gini - 2.0 / 9.0) < 1e-12)
        // equal loads: 0; one carries everything of four: (3 × 4 × 2) / (2 × 16 × 1) = 0.75
        #expect(DemadWorkload.spread([2, 2, 2])?.gini == 0)
        #expect(DemadWorkload.spread([4, 0, 0, 0])?.gini == 0.75)
        #expect(DemadWorkload.spread([1, 2, 3, 10])?.median == 2.5)
        #expect(DemadWorkload.spread([]) == nil)
    }

    @Test func theWorkloadTrendTakesEachQuarterEnd() {
        let cases = [Self.demadCase(1, worker: 1, scores: ["schulden": 1], opened: "2025-02-01", closed: "2025-05-15"),
                     Self.demadCase(2, worker: 2, scores: ["inkomen": 3], opened: "2025-05-01")]
        let trend = DemadWorkload.trend(cases, weighting: Self.weighting, through: Self.day("2025-08-15"))
        #expect(trend.map { $0.quarter.label("en") } == ["2025-Q1", "2025-Q2", "2025-Q3"])
        #expect(trend.map(\.openCases) == [1, 1, 1])
        #expect(trend.map(\.totalWeight) == [1.75, 1, 1])
    }

    static func summary(_ domain: String, cases: Int, mean: Double = 1, improved: Int? = nil) -> DemadOutcome.DomainSummary {
        DemadOutcome.DomainSummary(domain: domain, cases: cases, meanChange: cases == 0 ? nil : mean, improved: improved ?? cases / 2, same: 0,
                                   worse: 0, lasting: 0, tooEarly: 0, fellBack: 0)
    }

    @Test func aCellBelowKIsSuppressedAndOneMoreCellHidesItFromTheTotal() {
        // inkomen: A 40, B 25, C 4 → C primary; one suppressed cell could be worked out from the total: the smallest
        // shown (B, 25) goes too; together 29 ≥ 10.
        let table = DemadBenchmark.table([
            .init(city: "a", summaries: [Self.summary("inkomen", cases: 40, mean: 1.0, improved: 20)]),
            .init(city: "b", summaries: [Self.summary("inkomen", cases: 25, mean: 0.5, improved: 10)]),
            .init(city: "c", summaries: [Self.summary("inkomen", cases: 4, mean: 2.0, improved: 4)]),
        ], domains: ["inkomen"], minimumCases: 10)
        #expect(table.cells["c"]?["inkomen"] == .suppressed(.primary))
        #expect(table.cells["b"]?["inkomen"] == .suppressed(.secondary))
        #expect(table.cells["a"]?["inkomen"] == .shown(cases: 40, meanChange: 1.0, improvedShare: 0.5))
        // total: 69 cases, (40 + 12.5 + 8) / 69, 34 improved
        guard case .shown(let cases, let mean, let share)? = table.totals["inkomen"] else { Issue.record("no total"); return }
        #expect(cases == 69 && abs(mean - 60.5 / 69) < 1e-12 && abs(share - 34.0 / 69) < 1e-12)
    }

    @Test func secondarySuppressionGoesOnUntilTheHiddenCellsHoldKCases() {
        // A 3 and B 4 are both below K, but together only 7 < 10: the smallest shown (C 12) is hidden too.
        let table = DemadBenchmark.table([
            .init(city: "a", summaries: [Self.summary("schulden", cases: 3)]),
            .init(city: "b", summaries: [Self.summary("schulden", cases: 4)]),
            .init(city: "c", summaries: [Self.summary("schulden", cases: 12)]),
            .init(city: "d", summaries: [Self.summary("schulden", cases: 30)]),
        ], domains: ["schulden"], minimumCases: 10)
        #expect(table.cells["a"]?["schulden"] == .suppressed(.primary))
        #expect(table.cells["b"]?["schulden"] == .suppressed(.primary))
        #expect(table.cells["c"]?["schulden"] == .suppressed(.secondary))
        #expect(table.cells["d"]?["schulden"]?.isSuppressed == false)
        // two cells, 14 ≥ 10: nothing more to hide; ties take the first city by code
        let pair = DemadBenchmark.table([
            .init(city: "a", summaries: [Self.summary("schulden", cases: 6)]), .init(city: "b", summaries: [Self.summary("schulden", cases: 8)]),
            .init(city: "c", summaries: [Self.summary("schulden", cases: 20)]),
        ], domains: ["schulden"], minimumCases: 10)
        #expect(pair.cells["c"]?["schulden"]?.isSuppressed == false)
        let tie = DemadBenchmark.table([
            .init(city: "z", summaries: [Self.summary("werk", cases: 2)]), .init(city: "b", summaries: [Self.summary("werk", cases: 15)]),
            .init(city: "a", summaries: [Self.summary("werk", cases: 15)]),
        ], domains: ["werk"], minimumCases: 10)
        #expect(tie.cells["a"]?["werk"] == .suppressed(.secondary))
        #expect(tie.cells["b"]?["werk"]?.isSuppressed == false)
    }

    @Test func aSmallTotalIsSuppressedAndNoCasesIsNoData() {
        let table = DemadBenchmark.table([
            .init(city: "a", summaries: [Self.summary("taal", cases: 4), Self.summary("werk", cases: 0)]),
        ], domains: ["taal", "werk", "justitie"], minimumCases: 10)
        #expect(table.cells["a"]?["taal"] == .suppressed(.primary))
        #expect(table.totals["taal"] == .suppressed(.primary))
        #expect(table.cells["a"]?["werk"] == .noData)
        #expect(table.cells["a"]?["justitie"] == .noData)
        #expect(table.totals["werk"] == .noData)
    }

    @Test func theImportFileKeepsGoodRowsAndLocatesEveryProblem() {
        let header = ["Dossier", "datum", "inkomen", "schulden", "doelen_gesteld", "doelen_bereikt", "taalondersteuning"]
        let good = DemadImportFile.read(file: "metingen.csv", header: header, rows: [
            (2, ["ab 123", "2025-01-10", "2", "1", "3", "0", "ja"]),
            (3, ["AB123", "10/06/2025", "3", "", "3", "2", ""]),
            (4, ["", "", "", "", "", "", ""]),
        ], scale: Self.scale)
        #expect(good.problems.isEmpty)
        #expect(good.entries.map(\.dossier) == ["AB123", "AB123"])
        #expect(good.entries[1].measurement.scores == ["inkomen": 3])
        #expect(good.entries[0].languageSupport == true && good.entries[1].languageSupport == nil)
        let bad = DemadImportFile.read(file: "metingen.csv", header: header, rows: [
            (2, ["AB123", "2025-13-01", "2", "1", "", "", ""]),
            (3, ["AB123", "2025-01-10", "6", "1", "2", "3", "misschien"]),
            (4, ["<script>", "2025-01-10", "2", "", "", "", ""]),
            (5, ["CD1", "2025-01-10", "", "", "", "", ""]),
            (6, ["CD2", "2025-01-10", "2", "", "", "", ""]),
            (7, ["cd2", "2025-01-10", "3", "", "", "", ""]),
        ], scale: Self.scale)
        #expect(bad.entries.isEmpty)
        let places = bad.problems.map { "\($0.row ?? 0):\($0.column ?? "-")" }
        #expect(places == ["2:datum", "3:inkomen", "3:doelen_bereikt", "3:taalondersteuning", "4:dossier", "5:-", "7:datum"])
        #expect(bad.problems[0].description == "metingen.csv, rij 2, kolom datum: '2025-13-01' is geen datum (JJJJ-MM-DD of DD/MM/JJJJ)")
        let header2 = DemadImportFile.read(file: "x.csv", header: ["dossier", "inkomen", "schuld"], rows: [], scale: Self.scale)
        #expect(header2.problems.map(\.column) == ["schuld", "datum"])
    }

    @Test func theSyntheticGeneratorIsRepeatableAndWithinTheScale() {
        var first = DemadSynthetic(seed: 42)
        var second = DemadSynthetic(seed: 42)
        let today = Self.day("2026-11-30")
        let a = first.cases(prefix: "T", count: 50, workers: 4, start: Self.day("2024-01-01"), months: 30, today: today, scale: Self.scale)
        let b = second.cases(prefix: "T", count: 50, workers: 4, start: Self.day("2024-01-01"), months: 30, today: today, scale: Self.scale)
        #expect(a == b)
        #expect(a.count == 50 && Set(a.map(\.dossier)).count == 50)
        #expect(a.allSatisfy { $0.measurements.allSatisfy { $0.day <= today && $0.scores.values.allSatisfy { (1...5).contains($0) } } })
        #expect(Set(a.map(\.worker)).isSubset(of: [0, 1, 2, 3]))
    }
}
