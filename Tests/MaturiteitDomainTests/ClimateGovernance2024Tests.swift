import Foundation
import MaturiteitDomain
import Testing

/// The autumn-2024 climate-governance self-evaluation: the medians per theme, worked out by hand from the table.
@Suite("Climate governance 2024")
struct ClimateGovernance2024Tests {
    /// Scores per theme in the order Aalst … Turnhout, as in the study's table (nil: no score given).
    static let table: [String: [Double?]] = [
        "strategie": [2.5, 4, 3, 3.5, 3, 3, 3, 4, 4, 3, 5, 3, nil],
        "monitoring": [1, 3, 4, 2.5, 1.5, 3, 2, 2, 4, 3, 4.5, 2, nil],
        "regelgeving": [2.75, 3, 2, 3.5, 3.5, 2, 3, 2, 4, 2, 3.5, 2, nil],
        "risicobeheer": [nil, 4, 2, 2.5, 3, 2.5, 3, 2, 4, 3, 3, 2.5, nil],
    ]

    func statistics(_ theme: String) -> ThemeStatistics {
        ThemeStatistics(Self.table[theme]!.map { $0.map(ThemeScore.scored) ?? .none(reason: "geen kleur gegeven") })
    }

    @Test func mediansOverTheScoresGiven() {
        // strategie, sorted: 2.5 3 3 3 3 3 3.5 4 4 4 5 → 11 … plus one more 3: twelve values, middle pair 3 and 3.
        #expect(statistics("strategie").median == 3)
        #expect(statistics("strategie").count == 12)
        #expect(statistics("strategie").missing == 1)
        // monitoring, sorted: 1 1.5 2 2 2 2.5 3 3 3 4 4 4.5 → middle pair 2.5 and 3.
        #expect(statistics("monitoring").median == 2.75)
        // regelgeving, sorted: 2 2 2 2 2.75 3 3 3.5 3.5 3.5 4 (+ 2) → 2 2 2 2 2 2.75 3 3 3.5 3.5 3.5 4 → 2.75 and 3.
        #expect(statistics("regelgeving").median == 2.875)
        // risicobeheer: eleven scores: 2 2 2.5 2.5 2.5 3 3 3 3 4 4 → the sixth, 3.
        #expect(statistics("risicobeheer").median == 3)
        #expect(statistics("risicobeheer").missing == 2)
    }

    @Test func spreadAndDistribution() {
        let monitoring = statistics("monitoring")
        #expect(monitoring.minimum == 1 && monitoring.maximum == 4.5)
        #expect(monitoring.onLevel == [1: 1, 2: 3, 3: 3, 4: 2])
        #expect(monitoring.betweenLevels == [1: 1, 2: 1, 4: 1])
        let mean = try! #require(monitoring.mean)
        #expect(abs(mean - 32.5 / 12) < 1e-12)
    }

    @Test func scoresBetweenLevelsAreShownAsSuch() {
        let scale = MaturityScale.fivePoint
        #expect(scale.placement(of: 3).description == "gestructureerde aanzet")
        #expect(scale.placement(of: 3.5).description == "tussen gestructureerde aanzet en matuur")
        #expect(scale.placement(of: 2.75).description == "tussen ad hoc en gestructureerde aanzet")
        #expect(scale.problem(2.75) == nil)
        #expect(scale.problem(2.6) == "een score gaat in stappen van 0,25")
        #expect(scale.problem(0) == "een score ligt tussen 1 en 5")
        #expect(scale.problem(.nan) != nil)
    }
}

@Suite("Benchmark table, recommendations and work packages")
struct BenchmarkTableTests {
    let model = MaturityModel(code: "klimaat", name: "Klimaatgovernance", themes: [
        .init(code: "strategie", name: "Klimaatstrategie"), .init(code: "monitoring", name: "Klimaatmonitoring"),
    ])

    @Test func cellsStatisticsAndProfile() {
        let table = BenchmarkTable(model: model, organisations: ["gent", "leuven", "turnhout"], scores: [
            "gent": ["strategie": (.scored(3.5), 4), "monitoring": (.scored(2.5), nil)],
            "leuven": ["strategie": (.scored(4), nil), "monitoring": (.scored(2), nil)],
            "turnhout": ["strategie": (.none(reason: "geen kleur"), nil), "monitoring": (.none(reason: "geen kleur"), nil)],
        ])
        #expect(table.statistics["strategie"]?.median == 3.75)
        #expect(table.statistics["strategie"]?.missing == 1)
        #expect(table.cell("gent", "strategie")?.validated == 4)
        let validated = BenchmarkTable(model: model, organisations: ["gent", "leuven"], scores: [
            "gent": ["strategie": (.scored(3.5), 4)], "leuven": ["strategie": (.scored(3), nil)],
        ], basis: .validatedWherePresent)
        #expect(validated.statistics["strategie"]?.median == 3.5)
        let profile = table.profile(of: "gent")
        #expect(profile.map(\.score) == [3.5, 2.5])
        #expect(profile.map(\.median) == [3.75, 2.25])
    }

    @Test func recommendationsRankOnImportanceThenUrgency() {
        let items = [
            Recommendation(number: 1, theme: "strategie", text: "a", importance: 3, urgency: 5),
            Recommendation(number: 2, theme: "monitoring", text: "b", importance: 5, urgency: 1),
            Recommendation(number: 3, theme: "middelen", text: "c", importance: 5, urgency: 4),
            Recommendation(number: 4, theme: "middelen", text: "d", importance: 3, urgency: 5),
        ]
        #expect(Recommendation.ranked(items).map(\.number) == [3, 2, 1, 4])
        #expect(Recommendation.top(2, of: items).map(\.number) == [3, 2])
        #expect(WorkPackage(number: 1, title: "x", themes: [], leads: [], priority: 9, start: "").priority == 4)
    }
}
