@testable import Maturiteit
@testable import Platform
import AccessDomain
import Foundation
import MaturiteitDomain
import Plot
import SnapshotTesting
import Testing

/// Every page of the Maturiteit pillar, built from hand-made models (no database, no server, no request) and
/// rendered in Dutch and in English: a snapshot of each, no missing key (⟦key⟧), no Dutch words of the page left in
/// English, and the Dutch title unchanged. Data (theme and organisation names, reasons, refusals) stays Dutch.
/// Record new snapshots with SNAPSHOT_RECORD=1.
@Suite("Maturiteit page snapshots")
struct MaturiteitPageSnapshotTests {
    // MARK: - fixed data

    static let moment = Date(timeIntervalSince1970: 1_790_000_000)

    static let model = MaturityModel(code: "klimaat", name: "Klimaatgovernance", version: 2, themes: [
        .init(code: "strategie", name: "Klimaatstrategie", description: "Een plan met doelen, middelen en een trekker."),
        .init(code: "monitoring", name: "Klimaatmonitoring"),
        .init(code: "financiering", name: "Financiering", description: "Middelen voor het klimaatplan."),
    ])

    static let storedModel = StoredModel(id: 7, description: "Hoe ver staat de stad met klimaatbeleid?", model: model,
                                         themeIDs: ["strategie": 71, "monitoring": 72, "financiering": 73])

    static let gent = MaturityOrganisation(id: 1, code: "gent", name: "Stad Gent", areaCode: "44021", isKenniscentrum: false)
    static let leuven = MaturityOrganisation(id: 2, code: "leuven", name: "Stad Leuven", areaCode: "24062", isKenniscentrum: false)
    static let aalst = MaturityOrganisation(id: 3, code: "aalst", name: "Stad Aalst", areaCode: "41002", isKenniscentrum: false)
    static let kenniscentrum = MaturityOrganisation(id: 9, code: "kenniscentrum", name: "Kenniscentrum Vlaamse Steden", areaCode: nil,
                                                    isKenniscentrum: true)

    static let gentAnswers: [String: StoredAnswer] = [
        "strategie": StoredAnswer(
            answer: ThemeAnswer(score: .scored(3.5), evidence: "zie het klimaatplan", links: ["https://example.be/klimaatplan"],
                                strengths: "een duidelijk plan", improvements: "meetbare doelen", practices: "klimaattafel"),
            validated: 4, validationNote: "na het gesprek"),
        "monitoring": StoredAnswer(answer: ThemeAnswer(score: .scored(4))),
        "financiering": StoredAnswer(answer: ThemeAnswer(score: .none(reason: "Bezorgd maar zonder kleuren"))),
    ]

    static let evaluations = [
        StoredEvaluation(id: 11, organisationID: 1, status: .validated, submittedAt: moment, validatedAt: moment, updatedAt: moment,
                         answers: gentAnswers),
        StoredEvaluation(id: 12, organisationID: 2, status: .submitted, submittedAt: moment, validatedAt: nil, updatedAt: moment, answers: [
            "strategie": StoredAnswer(answer: ThemeAnswer(score: .scored(2))),
            "monitoring": StoredAnswer(answer: ThemeAnswer(score: .scored(3))),
            "financiering": StoredAnswer(answer: ThemeAnswer(score: .scored(2.75))),
        ]),
        StoredEvaluation(id: 13, organisationID: 3, status: .draft, submittedAt: nil, validatedAt: nil, updatedAt: moment, answers: [
            "strategie": StoredAnswer(answer: ThemeAnswer(score: .none(reason: MaturityService.notYetAnswered))),
            "monitoring": StoredAnswer(answer: ThemeAnswer(score: .none(reason: MaturityService.notYetAnswered))),
            "financiering": StoredAnswer(answer: ThemeAnswer(score: .none(reason: MaturityService.notYetAnswered))),
        ]),
    ]

    static let open2026 = StoredCampaign(
        id: 5, modelID: 7, campaign: Campaign(code: "klimaatgovernance-2026", name: "Klimaatgovernance 2026", moment: "najaar 2026",
                                             status: .open, published: false),
        participants: [1, 2, 3], publishedAt: nil, createdAt: moment)

    static let closed2024 = StoredCampaign(
        id: 4, modelID: 7, campaign: Campaign(code: "klimaatgovernance-2024", name: "Klimaatgovernance 2024", moment: "najaar 2024",
                                             status: .closed, published: true),
        participants: [1, 2], publishedAt: moment.addingTimeInterval(-86_400 * 700), createdAt: moment.addingTimeInterval(-86_400 * 730))

    static let organisations = [gent, leuven, aalst, kenniscentrum]

    static let data2026 = CampaignData(campaign: open2026, model: storedModel, organisations: organisations, evaluations: evaluations)

    static let data2024 = CampaignData(campaign: closed2024, model: storedModel, organisations: organisations, evaluations: [
        StoredEvaluation(id: 1, organisationID: 1, status: .submitted, submittedAt: moment, validatedAt: nil, updatedAt: moment, answers: [
            "strategie": StoredAnswer(answer: ThemeAnswer(score: .scored(2))),
            "monitoring": StoredAnswer(answer: ThemeAnswer(score: .scored(4))),
        ]),
        StoredEvaluation(id: 2, organisationID: 2, status: .submitted, submittedAt: moment, validatedAt: nil, updatedAt: moment, answers: [
            "strategie": StoredAnswer(answer: ThemeAnswer(score: .scored(2))),
            "monitoring": StoredAnswer(answer: ThemeAnswer(score: .scored(3.5))),
        ]),
    ])

    static let manager = Principal(userID: 1, userName: "Kim Peeters", organisationID: 9, organisationCode: "kenniscentrum",
                                   organisationType: .kenniscentrum, role: .editor, credential: .session)
    static let gentEditor = Principal(userID: 2, userName: "An Gent", organisationID: 1, organisationCode: "gent",
                                      organisationType: .centrumstad, role: .editor, credential: .session)

    static let provincie = PeerGroup(code: "provincie-oost-vlaanderen", name: "Oost-Vlaanderen", members: ["gent", "aalst"])

    static let csrf = "vast-csrf-token"

    // MARK: - page models

    static func campaignPage(_ language: SiteLanguage, principal: Principal?, basis: BenchmarkTable.Basis = .selfScores,
                             notice: String? = nil, problems: [String] = []) -> Page {
        let visible = VisibleCampaign(data: data2026, principal: principal)
        let table = visible.table(basis: basis)
        var model = CampaignPageModel(
            visible: visible, table: table, groups: [provincie], group: provincie,
            groupStatistics: table.statistics(among: provincie.members), others: [closed2024], csrf: csrf, language: language)
        model.notice = CampaignPageModel.notice(notice, language)
        model.problems = problems
        return model.page()
    }

    static func plansPage(_ language: SiteLanguage, principal: Principal?, theme: String? = nil, notice: String? = nil,
                          problems: [String] = []) -> Page {
        var model = PlansPageModel(
            visible: VisibleCampaign(data: data2026, principal: principal),
            recommendations: [
                Recommendation(number: 1, theme: "strategie", text: "Stem de doelen af met de andere overheden", importance: 5, urgency: 4,
                               selected: true),
                Recommendation(number: 2, theme: "monitoring", text: "Meet de uitstoot elk jaar op dezelfde manier", importance: 3),
            ],
            workPackages: [
                WorkPackage(number: 1, title: "Datagedreven klimaatbeleid", themes: ["strategie", "monitoring"], subtopics: ["uitstoot"],
                            leads: ["Gent", "Leuven"], priority: 1, start: "najaar 2025", status: .started, progress: "eerste overleg gehouden"),
                WorkPackage(number: 2, title: "Klimaatfinanciering", themes: ["financiering"], leads: [], priority: 3, start: "2027",
                            status: .onHold),
            ],
            theme: theme, lead: nil, csrf: csrf, language: language)
        model.notice = PlansPageModel.notice(notice, language)
        model.problems = problems
        return model.page()
    }

    static func evaluationPage(_ language: SiteLanguage, editable: AccessDecision, problems: [String] = []) -> Page {
        let evaluation = data2026.evaluation(of: gent.id)
        return EvaluationPageModel(
            visible: VisibleCampaign(data: data2026, principal: gentEditor), organisation: gent, evaluation: evaluation,
            answers: evaluation?.answers.mapValues(\.answer) ?? [:], editable: editable, csrf: csrf, language: language,
            problems: problems
        ).page()
    }

    static func validationPage(_ language: SiteLanguage, problems: [String] = []) -> Page {
        let evaluation = data2026.evaluation(of: leuven.id)!
        return ValidationPageModel(
            visible: VisibleCampaign(data: data2026, principal: manager), organisation: leuven, evaluation: evaluation,
            scores: evaluation.answers.mapValues { ($0.validated, $0.validationNote) }, csrf: csrf, language: language,
            problems: problems
        ).page()
    }

    // MARK: - the check

    /// Renders the page in both languages and checks the snapshots, missing keys, Dutch words left in English and the
    /// Dutch title.
    func check(_ name: String, title: String, dutchWords: [String], testName: String = #function,
               _ page: (SiteLanguage) -> Page) {
        let record: SnapshotTestingConfiguration.Record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" ? .all : .missing
        for language in SiteLanguage.allCases {
            let html = page(language).document().render()
            withSnapshotTesting(record: record) {
                assertSnapshot(of: html.replacingOccurrences(of: "><", with: ">\n<"), as: .lines,
                               named: "\(name)-\(language.rawValue)", testName: testName)
            }
            #expect(!html.contains("⟦"), "\(name)-\(language.rawValue) lacks a text: \(Self.missingKeys(html))")
            // What people read: the text between the tags (form values such as 'opgestart' stay Dutch on purpose).
            let text = html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            switch language {
            case .nl:
                #expect(html.contains("<h1>\(title)</h1>"), "\(name)-nl: the Dutch title '\(title)' changed")
                for word in dutchWords { #expect(text.contains(word), "\(name)-nl: '\(word)' is no longer on the Dutch page") }
            case .en:
                #expect(html.contains("<html lang=\"en\">"), "\(name)-en is not marked as English")
                for word in dutchWords { #expect(!text.contains(word), "\(name)-en still says '\(word)'") }
            }
        }
    }

    static func missingKeys(_ html: String) -> [String] {
        html.components(separatedBy: "⟦").dropFirst().compactMap { $0.components(separatedBy: "⟧").first }
    }

    // MARK: - the pages

    @Test func home() {
        check("home", title: "Maturiteit",
              dutchWords: ["Metingen", "Modellen", "Deelnemers", "Nieuwe meting openen", "Nieuwe versie van", "thema's", "niet openbaar"]) {
            MaturiteitHomeModel(models: [Self.storedModel], campaigns: [Self.open2026, Self.closed2024], principal: Self.manager,
                                language: $0).page()
        }
        check("home-participant", title: "Maturiteit", dutchWords: ["zelfevaluatie invullen", "Metingen die je kunt bekijken"]) {
            MaturiteitHomeModel(models: [Self.storedModel], campaigns: [Self.open2026], principal: Self.gentEditor, language: $0).page()
        }
        check("home-empty", title: "Maturiteit", dutchWords: ["Er zijn nog geen gepubliceerde metingen", "Steden schatten zelf in"]) {
            MaturiteitHomeModel(models: [], campaigns: [], principal: nil, language: $0).page()
        }
    }

    @Test func newCampaign() {
        let models = [Self.storedModel]
        let organisations = [Self.aalst, Self.gent, Self.leuven]
        check("new-campaign", title: "Nieuwe meting", dutchWords: ["Deelnemende organisaties", "Kleine letters", "Naam", "versie 2"]) {
            NewCampaignPageModel(models: models, organisations: organisations, csrf: Self.csrf, language: $0).page()
        }
        check("new-campaign-refused", title: "Nieuwe meting", dutchWords: ["Dit lukte niet", "Meting openen", "Deelnemende organisaties"]) {
            NewCampaignPageModel(models: models, organisations: organisations,
                                 form: .init(model: 7, code: "Klimaat 2026", naam: "Klimaat", moment: "", deelnemers: [1]),
                                 csrf: Self.csrf, language: $0,
                                 problems: ["een code bestaat uit kleine letters, cijfers en streepjes (bv. klimaat-2026)"]).page()
        }
    }

    @Test func modelVersion() {
        func model(_ language: SiteLanguage, problems: [String] = []) -> Page {
            ModelVersionPageModel(current: Self.storedModel, name: Self.model.name, description: Self.storedModel.description,
                                  themes: "strategie; Klimaatstrategie; Een plan\nmonitoring; Klimaatmonitoring; ",
                                  csrf: Self.csrf, language: language, problems: problems).page()
        }
        check("model-version", title: "Nieuwe versie van Klimaatgovernance",
              dutchWords: ["Nu geldt versie 2", "Omschrijving", "Eén thema per regel", "Nieuwe versie bewaren", "Nieuwe modelversie"]) { model($0) }
        check("model-version-refused", title: "Nieuwe versie van Klimaatgovernance",
              dutchWords: ["Dit lukte niet, om 2 redenen", "Omschrijving"]) {
            model($0, problems: ["een model heeft minstens één thema", "een thema heeft een naam"])
        }
    }

    @Test func campaign() {
        let words = ["Mediaan", "Gemiddelde", "Standaardafwijking", "Verdeling per thema", "Legende", "Zonder score", "Openbaar",
                     "Aanbevelingen en werkpakketten", "Scores (CSV, zelf en gevalideerd)", "Toon", "Vergelijk met groep"]
        check("campaign-manager", title: "Klimaatgovernance 2026",
              dutchWords: words + ["Beheer van de meting", "Meting afsluiten", "Resultaten publiceren", "Voortgang van de zelfevaluaties",
                                   "Valideren", "september 2026 om", "De status van de meting is gewijzigd", "concept", "(zelfevaluatie)",
                                   "alle thema's"]) {
            Self.campaignPage($0, principal: Self.manager, notice: "status")
        }
        check("campaign-participant", title: "Klimaatgovernance 2026",
              dutchWords: words + ["Zelfevaluatie van Gent invullen of bekijken", "gevalideerde scores waar beschikbaar", "Laatst gewijzigd"]) {
            Self.campaignPage($0, principal: Self.gentEditor, basis: .validatedWherePresent)
        }
        check("campaign-refused", title: "Klimaatgovernance 2026",
              dutchWords: ["Dit lukte niet:", "Scores inlezen uit een rekenblad", "CSV-bestand", "Inlezen"]) {
            Self.campaignPage($0, principal: Self.manager, problems: ["meting.csv, rij 3, kolom score: '3.6': een score gaat in stappen van 0,25"])
        }
    }

    @Test func profile() {
        check("profile", title: "Gent: Klimaatgovernance 2026",
              dutchWords: ["Toelichting per thema", "Sterke punten", "Verbeterpunten", "Goede praktijken", "Bronnen", "Verschil met de mediaan",
                           "Profiel van Gent tegenover de mediaan", "Status van de zelfevaluatie", "Gevalideerd", "(bolletje)"]) { language in
            let visible = VisibleCampaign(data: Self.data2026, principal: Self.manager)
            let table = visible.table()
            return ProfilePageModel(visible: visible, organisation: Self.gent, table: table, evaluation: Self.data2026.evaluation(of: 1),
                                    groups: [Self.provincie], group: Self.provincie,
                                    groupStatistics: table.statistics(among: Self.provincie.members), language: language).page()
        }
    }

    @Test func evolution() {
        check("evolution", title: "Evolutie: Klimaatgovernance 2026",
              dutchWords: ["Vergelijk met", "Verschil", "eerder", "hoger", "Cellen gekleurd", "Thema's worden vergeleken"]) { language in
            let later = VisibleCampaign(data: Self.data2026, principal: Self.manager)
            let earlier = VisibleCampaign(data: Self.data2024, principal: Self.manager)
            return MaturityEvolutionPageModel(visible: later, others: [Self.closed2024], other: earlier, from: earlier, to: later,
                                              comparison: CampaignComparison(earlier: earlier.table(), later: later.table()),
                                              language: language).page()
        }
        check("evolution-none", title: "Evolutie: Klimaatgovernance 2026", dutchWords: ["Er is geen andere meting", "Vergelijk"]) {
            MaturityEvolutionPageModel(visible: VisibleCampaign(data: Self.data2026, principal: nil), others: [], other: nil, from: nil,
                                       to: nil, comparison: nil, language: $0).page()
        }
    }

    @Test func plans() {
        let words = ["Trekker", "Prioriteit", "Afdrukken", "Urgentie", "opgestart", "alle thema's"]
        check("plans", title: "Aanbevelingen en werkpakketten", dutchWords: words + ["Aanbevelingen (2)", "Werkpakketten (2)", "nog te bepalen"]) {
            Self.plansPage($0, principal: nil)
        }
        check("plans-manager", title: "Aanbevelingen en werkpakketten",
              dutchWords: words + ["Aanbeveling bewaren", "Werkpakket bewaren", "Belang en impact", "gescheiden door",
                                   "De aanbeveling is bewaard", "Aanbevelingen voor Klimaatstrategie", "niet beoordeeld"]) {
            Self.plansPage($0, principal: Self.manager, theme: "strategie", notice: "aanbeveling")
        }
        check("plans-refused", title: "Aanbevelingen en werkpakketten", dutchWords: ["Dit lukte niet:", "Werkpakket bewaren"]) {
            Self.plansPage($0, principal: Self.manager, problems: ["de prioriteit is 1, 2, 3 of 4"])
        }
    }

    @Test func evaluation() {
        let form = ["Onderbouwing", "Bewaren als concept", "Indienen", "Sterke punten", "Links naar bronnen", "nog niet ingevuld",
                    "Reden als er geen score is", "Bewaar tussendoor", "Legende"]
        check("evaluation", title: "Zelfevaluatie Gent", dutchWords: form) {
            Self.evaluationPage($0, editable: .allowed)
        }
        check("evaluation-refused", title: "Zelfevaluatie Gent", dutchWords: form + ["Dit lukte niet:"]) {
            Self.evaluationPage($0, editable: .allowed, problems: ["Klimaatstrategie: 'zes' is geen score"])
        }
        check("evaluation-read-only", title: "Zelfevaluatie Gent",
              dutchWords: ["Je kunt deze zelfevaluatie niet wijzigen", "Antwoorden van Gent", "Onderbouwing", "Niveau"]) {
            Self.evaluationPage($0, editable: .denied("deze meting is afgesloten"))
        }
    }

    @Test func validation() {
        let words = ["Zelfscore", "Terugsturen naar Leuven", "Opmerking bij de validatie", "Validatie bewaren", "geen gevalideerde score",
                     "De zelfscore blijft bewaard", "ingediend"]
        check("validation", title: "Validatie Leuven", dutchWords: words) { Self.validationPage($0) }
        check("validation-refused", title: "Validatie Leuven", dutchWords: words + ["Dit lukte niet:"]) {
            Self.validationPage($0, problems: ["Klimaatmonitoring: '7' is geen score"])
        }
    }

    /// The words in cells and the legend, which every benchmark, profile and form uses.
    @Test func scoreCellWordsInBothLanguages() {
        let nl = MaturiteitText.strings(.nl)
        let en = MaturiteitText.strings(.en)
        let scale = MaturityScale.fivePoint
        #expect(ScoreCell.words(.scored(3.5), scale: scale, nl) == "tussen gestructureerde aanzet en matuur")
        #expect(ScoreCell.words(.scored(3.5), scale: scale, en) == "between gestructureerde aanzet and matuur")
        #expect(ScoreCell.words(nil, scale: scale, nl) == "niet ingevuld")
        #expect(ScoreCell.words(nil, scale: scale, en) == "not filled in")
        #expect(ScoreCell.words(.none(reason: "geen data"), scale: scale, en) == "no score (geen data)")
        #expect(ScoreCell.figure(2.875, digits: 3, .nl) == "2,875")
        #expect(ScoreCell.figure(2.875, digits: 3, .en) == "2.875")
        #expect(MaturiteitText.dayAndTime(Self.moment, .nl) == DutchDate.dayAndTime(Self.moment))
        #expect(MaturiteitText.dayAndTime(Self.moment, .en).hasSuffix("September 2026 at \(DutchDate.time(Self.moment))"))
        #expect(MaturiteitText.catalogue.problems.isEmpty, "\(MaturiteitText.catalogue.problems)")
    }
}
