import MaturiteitDomain
import AccessDomain
import Testing

/// The campaign spreadsheet: the 2024 study's own layout is read as it is, every problem is located by row and
/// column, and what the export writes the import reads back.
@Suite("Campaign sheet")
struct CampaignSheetTests {
    let themes = ["strategie", "monitoring"]
    let names = ["aalst": "aalst", "gent": "gent", "sint-niklaas": "sint-niklaas"]

    func read(_ header: [String], _ rows: [[String]]) -> (entries: [CampaignSheet.Entry], problems: [CampaignSheet.Problem]) {
        CampaignSheet.read(file: "meting.csv", header: header, rows: rows.enumerated().map { ($0.offset + 2, $0.element) },
                           scale: .fivePoint, themes: themes, organisation: { names[$0.lowercased()] })
    }

    @Test func readsThe2024Layout() {
        let result = read(["stad", "thema", "score", "oorspronkelijke_aanduiding"], [
            ["Gent", "strategie", "3.5", "Tussen geel en groen"],
            ["Aalst", "monitoring", "", "Bij benadering"],
            ["Aalst", "strategie", "2,75", ""],
        ])
        #expect(result.problems.isEmpty)
        #expect(result.entries.map(\.answer.score) == [.scored(3.5), .none(reason: "Bij benadering"), .scored(2.75)])
        // The wording beside a half score is kept as a note, not as a reason.
        #expect(result.entries[0].answer.evidence == "Tussen geel en groen")
        #expect(result.entries[0].status == nil)
    }

    @Test func everyProblemIsLocated() {
        let result = read(CampaignSheet.header, [
            ["gent", "strategie", "2.6", "", "", "", "", "", "", "", "", ""],
            ["brugge", "strategie", "3", "", "", "", "", "", "", "", "", ""],
            ["gent", "klimaat", "3", "", "", "", "", "", "", "", "", ""],
            ["aalst", "strategie", "drie", "", "", "", "", "", "", "", "", ""],
            ["aalst", "monitoring", "3", "", "", "", "", "", "", "6", "", ""],
            ["gent", "monitoring", "3", "", "", "", "", "", "", "", "", "afgewerkt"],
            ["sint-niklaas", "monitoring", "", "", "", "", "", "", "", "", "", "ingediend"],
            ["sint-niklaas", "strategie", "3", "", "", "javascript:alert(1)", "", "", "", "", "", ""],
        ])
        #expect(result.problems.map(\.description) == [
            "meting.csv, rij 2, kolom score: '2.6': een score gaat in stappen van 0,25",
            "meting.csv, rij 3, kolom organisatie: onbekende organisatie 'brugge'",
            "meting.csv, rij 4, kolom thema: onbekend thema 'klimaat'; dit model kent strategie, monitoring",
            "meting.csv, rij 5, kolom score: 'drie' is geen getal",
            "meting.csv, rij 6, kolom gevalideerde_score: '6': een score ligt tussen 1 en 5",
            "meting.csv, rij 7, kolom status: onbekende status 'afgewerkt'; kies concept, ingediend of gevalideerd",
            "meting.csv, rij 9, kolom links: 'javascript:alert(1)' is geen webadres (begin met https://)",
        ])
        // The one good row: no score, so the reason defaults; the status is read in Dutch too.
        #expect(result.entries.map(\.organisation) == ["sint-niklaas"])
        #expect(result.entries.first?.answer.score == .none(reason: "geen score gegeven"))
        #expect(result.entries.first?.status == .submitted)
    }

    @Test func aRowTwiceIsRefused() {
        let result = read(["organisatie", "thema", "score"], [["gent", "strategie", "3"], ["Gent", "strategie", "4"]])
        #expect(result.problems.map(\.description) == ["meting.csv, rij 3, kolom thema: Gent / strategie staat al op rij 2"])
    }

    @Test func aMissingColumnStopsBeforeTheRows() {
        let result = read(["organisatie", "score"], [["gent", "3"]])
        #expect(result.problems.map(\.description) == ["meting.csv, rij 1: de kolom 'thema' ontbreekt in de kopregel"])
        #expect(result.entries.isEmpty)
    }

    @Test func whatTheExportWritesTheImportReads() {
        let answer = ThemeAnswer(score: .none(reason: "geen gegevens"), evidence: "plan 2025", links: ["https://gent.be/klimaat"],
                                 strengths: "sterk", improvements: "beter", practices: "=som(a)")
        let row = CampaignSheet.row(organisation: "gent", theme: "strategie", answer: answer, validated: 2.5,
                                    validationNote: "na gesprek", status: .validated)
        let result = read(CampaignSheet.header, [row])
        #expect(result.problems.isEmpty)
        let entry = try! #require(result.entries.first)
        #expect(entry.answer == answer)
        #expect(entry.validated == 2.5)
        #expect(entry.validationNote == "na gesprek")
        #expect(entry.status == .validated)
    }
}

@Suite("Access to campaigns")
struct MaturityAccessTests {
    func principal(_ organisation: Int, _ type: OrganisationType = .centrumstad, role: Role = .editor) -> Principal {
        Principal(userID: organisation * 10, userName: "u", organisationID: organisation, organisationCode: "o\(organisation)",
                  organisationType: type, role: role, credential: .session)
    }

    @Test func nothingIsPublicUntilPublished() {
        #expect(!MaturityAccess.mayViewBenchmark(nil, published: false, participants: [1, 2]))
        #expect(MaturityAccess.mayViewBenchmark(nil, published: true, participants: [1, 2]))
        #expect(MaturityAccess.mayViewBenchmark(principal(2), published: false, participants: [1, 2]))
        #expect(!MaturityAccess.mayViewBenchmark(principal(3), published: false, participants: [1, 2]))
        #expect(MaturityAccess.mayViewBenchmark(principal(9, .kenniscentrum, role: .viewer), published: false, participants: [1, 2]))
    }

    @Test func draftsStayWithTheirOrganisation() {
        #expect(MaturityAccess.showsEvaluation(.submitted, of: 1, to: nil))
        #expect(!MaturityAccess.showsEvaluation(.draft, of: 1, to: nil))
        #expect(!MaturityAccess.showsEvaluation(.draft, of: 1, to: principal(2)))
        #expect(MaturityAccess.showsEvaluation(.draft, of: 1, to: principal(1, role: .viewer)))
        #expect(MaturityAccess.showsEvaluation(.draft, of: 1, to: principal(9, .kenniscentrum)))
    }

    @Test func onlyTheOrganisationsEditorsEditItsOwnDraftWhileOpen() {
        #expect(MaturityAccess.mayEdit(principal(1), organisation: 1, campaignOpen: true, status: nil) == .allowed)
        #expect(MaturityAccess.mayEdit(principal(1), organisation: 1, campaignOpen: true, status: .draft) == .allowed)
        #expect(MaturityAccess.mayEdit(nil, organisation: 1, campaignOpen: true, status: .draft) == .signInRequired)
        #expect(MaturityAccess.mayEdit(principal(1, role: .viewer), organisation: 1, campaignOpen: true, status: .draft) != .allowed)
        #expect(MaturityAccess.mayEdit(principal(2), organisation: 1, campaignOpen: true, status: .draft) != .allowed)
        #expect(MaturityAccess.mayEdit(principal(9, .kenniscentrum), organisation: 1, campaignOpen: true, status: .draft) != .allowed)
        #expect(MaturityAccess.mayEdit(principal(1), organisation: 1, campaignOpen: false, status: .draft)
            == .denied("deze meting is afgesloten"))
        #expect(MaturityAccess.mayEdit(principal(1), organisation: 1, campaignOpen: true, status: .submitted) != .allowed)
    }

    @Test func theKenniscentrumManages() {
        #expect(MaturityAccess.mayManage(principal(9, .kenniscentrum)))
        #expect(!MaturityAccess.mayManage(principal(9, .kenniscentrum, role: .viewer)))
        #expect(!MaturityAccess.mayManage(principal(1, role: .organisationAdmin)))
        #expect(!MaturityAccess.mayManage(nil))
    }
}

@Suite("Comparisons")
struct ComparisonTests {
    let earlierModel = MaturityModel(code: "m", name: "M", version: 1, themes: [
        .init(code: "a", name: "A"), .init(code: "b", name: "B"), .init(code: "weg", name: "Weg"),
    ])
    let laterModel = MaturityModel(code: "m", name: "M", version: 2, themes: [
        .init(code: "a", name: "A"), .init(code: "b", name: "B"), .init(code: "nieuw", name: "Nieuw"),
    ])

    @Test func evolutionMatchesThemesOnTheirCode() {
        let earlier = BenchmarkTable(model: earlierModel, organisations: ["gent", "leuven"], scores: [
            "gent": ["a": (.scored(2), nil), "b": (.scored(3), nil), "weg": (.scored(1), nil)],
            "leuven": ["a": (.scored(3), nil), "b": (.none(reason: "x"), nil)],
        ])
        let later = BenchmarkTable(model: laterModel, organisations: ["gent", "mechelen"], scores: [
            "gent": ["a": (.scored(3.5), nil), "b": (.scored(3), nil), "nieuw": (.scored(4), nil)],
            "mechelen": ["a": (.scored(4), nil)],
        ])
        let comparison = CampaignComparison(earlier: earlier, later: later)
        #expect(comparison.themes.map(\.code) == ["a", "b"])
        #expect(comparison.onlyEarlier == ["weg"])
        #expect(comparison.onlyLater == ["nieuw"])
        #expect(comparison.change("gent", "a")?.difference == 1.5)
        #expect(comparison.change("gent", "b")?.difference == 0)
        #expect(comparison.change("mechelen", "a")?.before == nil)
        #expect(comparison.change("leuven", "a")?.after == nil)
        #expect(comparison.change("leuven", "b") == nil)
        #expect(comparison.medians("a").before == 2.5)
        #expect(comparison.medians("a").after == 3.75)
    }

    @Test func lookAlikeGroups() {
        let table = BenchmarkTable(model: earlierModel, organisations: ["gent", "leuven", "aalst"], scores: [
            "gent": ["a": (.scored(2), 4)], "leuven": ["a": (.scored(3), nil)], "aalst": ["a": (.scored(5), nil)],
        ], basis: .validatedWherePresent)
        #expect(table.statistics(among: ["gent", "leuven", "brugge"])["a"]?.median == 3.5)
        #expect(table.statistics(among: ["gent", "leuven", "brugge"])["a"]?.count == 2)
        let provinces = PeerGroup.provinces(of: [("gent", "44021"), ("aalst", "41002"), ("leuven", "24062"), ("genk", "71016"), ("vgc", nil)])
        #expect(provinces.map(\.code) == ["provincie-oost-vlaanderen"])
        #expect(provinces.first?.members == ["gent", "aalst"])
    }

    @Test func unratedRecommendationsComeAfterTheRatedOnes() {
        let items = [
            Recommendation(number: 1, theme: "a", text: "x"),
            Recommendation(number: 2, theme: "a", text: "y", importance: 2, urgency: 2),
            Recommendation(number: 3, theme: "a", text: "z", importance: 9, urgency: 1, selected: true),
        ]
        #expect(items[2].importance == 5)
        #expect(Recommendation.ranked(items).map(\.number) == [3, 2, 1])
        #expect(Recommendation.top(2, of: [items[0], items[1], Recommendation(number: 4, theme: "a", text: "w", selected: true)]).map(\.number) == [4, 2])
        let package = WorkPackage(number: 1, title: "t", themes: ["a", "b"], leads: ["Gent", "Leuven"], priority: 1, start: "")
        #expect(package.matches(theme: "b", lead: "gent"))
        #expect(!package.matches(theme: "c", lead: nil))
        #expect(!package.matches(theme: nil, lead: "Brugge"))
        #expect(WorkPackage.list(" Gent; ;Leuven ") == ["Gent", "Leuven"])
    }
}
