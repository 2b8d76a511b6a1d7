import AccessDomain
@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import MaturiteitDomain
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The Maturiteit pillar through its pages, on SQLite and PostgreSQL: the seeded 2024 climate-governance campaign
/// shows the study's table; a new campaign is only visible to its participants until published; organisations edit
/// only their own self-evaluation; the Kenniscentrum validates; every change lands in the audit trail; a campaign
/// goes out and back in as CSV.
@Suite("Maturiteit")
struct MaturiteitTests {
    static let campaign2024 = "/maturiteit/metingen/klimaatgovernance-2024"

    /// The texts of the score badges in the first `<tr class="median">` of a page.
    static func medianRow(_ html: String) -> [String] {
        guard let start = html.range(of: "<tr class=\"median\">"), let end = html[start.upperBound...].range(of: "</tr>") else { return [] }
        return badges(String(html[start.upperBound..<end.lowerBound]))
    }

    static func badges(_ html: String) -> [String] {
        html.components(separatedBy: "<span class=\"badge\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    /// The cells of one organisation's row in the benchmark table.
    static func row(_ html: String, _ name: String) -> String {
        guard let start = html.range(of: ">\(name)</a>"), let end = html[start.upperBound...].range(of: "</tr>") else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test(arguments: TestDatabase.available)
    func the2024TableAsInTheStudy(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let page = try await Browser(app).get(Self.campaign2024)
            #expect(page.status == .ok)
            let html = page.body.string
            // Medians over the scores given (Turnhout gave none, Aalst none for risicobeheersing), worked out by hand:
            // strategie 3, aanpak 3, monitoring (2,5+3)/2, HR 3, regelgeving (2,75+3)/2, middelen 3, risico 3, communicatie 3.
            #expect(Self.medianRow(html) == ["3", "3", "2,75", "3", "2,875", "3", "3", "3"])
            // Gent's between-level scores are shown as given, with both colours and in words.
            let gent = Self.row(html, "Gent")
            #expect(Self.badges(gent) == ["3,5", "2,5", "2,5", "3,5", "3,5", "3", "2,5", "3,5"])
            #expect(gent.contains("score between-3") && gent.contains("tussen gestructureerde aanzet en matuur"))
            #expect(Self.row(html, "Roeselare").contains("score lvl-5"))
            // No score is no score: hatched, with the reason under the table, and not counted.
            #expect(Self.badges(Self.row(html, "Turnhout")) == Array(repeating: "–", count: 8))
            #expect(html.contains("Turnhout, alle thema&apos;s: Bezorgd maar zonder kleuren") || html.contains("Turnhout, alle thema's: Bezorgd maar zonder kleuren"))
            #expect(html.contains("Aalst: Risicobeheersing (Bij benadering)"))
            #expect(html.contains("Mediaan (13 organisaties)"))

            let profile = try await Browser(app).get("\(Self.campaign2024)/organisaties/gent")
            #expect(profile.status == .ok)
            #expect(profile.body.string.contains("<svg") && profile.body.string.contains("Profiel van Gent tegenover de mediaan"))
            #expect(profile.body.string.contains("Score van Gent per thema, met de mediaan"))

            // Look-alike group: the four cities above 100,000 inhabitants; strategie 4, 3, 3,5, 4 → 3,75.
            let grouped = try await Browser(app).get("\(Self.campaign2024)?groep=grootste-steden")
            let rows = grouped.body.string.components(separatedBy: "<tr class=\"median\">")
            #expect(rows.count == 3)
            #expect(Self.badges(rows[2]).first == "3,75")

            let plans = try await Browser(app).get("\(Self.campaign2024)/aanbevelingen?trekker=Oostende")
            #expect(plans.body.string.contains("Proactieve klimaathandhaving"))
            #expect(!plans.body.string.contains("Kader klimaatfinanciering"))
        }
    }

    /// A campaign opened by the Kenniscentrum for Gent and Leuven, and the people involved.
    struct World {
        let kenniscentrum: Browser
        let gent: Browser
        let leuven: Browser
        let brugge: Browser
        let code = "klimaatgovernance-2026"
        var path: String { "/maturiteit/metingen/\(code)" }
    }

    static func world(_ app: Application) async throws -> World {
        let kenniscentrum = try await Accounts.signedIn(app, "an@kenniscentrum.be", organisation: "kenniscentrum", role: .editor)
        let gent = try await Accounts.signedIn(app, "els@gent.be", organisation: "gent", role: .editor)
        let leuven = try await Accounts.signedIn(app, "lies@leuven.be", organisation: "leuven", role: .editor)
        let brugge = try await Accounts.signedIn(app, "bart@brugge.be", organisation: "brugge", role: .editor)
        let models = try await MaturityStore(database: app.db).models()
        let model = try #require(models.first { $0.model.code == "klimaatgovernance" })
        let organisations = try await MaturityStore(database: app.db).organisations()
        try await kenniscentrum.get("/maturiteit/nieuwe-meting")
        let opened = try await kenniscentrum.post("/maturiteit/nieuwe-meting", [
            ("model", String(model.id)), ("code", "klimaatgovernance-2026"), ("naam", "Klimaatgovernance 2026"), ("moment", "najaar 2026"),
            ("deelnemers[]", String(organisations.first { $0.code == "gent" }!.id)),
            ("deelnemers[]", String(organisations.first { $0.code == "leuven" }!.id)),
        ])
        #expect(opened.status == .seeOther, "\(opened.body.string)")
        return World(kenniscentrum: kenniscentrum, gent: gent, leuven: leuven, brugge: brugge)
    }

    /// A filled-in form for all eight themes.
    static func answers(_ scores: [String], submit: Bool) -> [(String, String)] {
        let themes = ["strategie", "aanpak", "monitoring", "hr_cultuur", "regelgeving", "middelen", "risicobeheer", "communicatie"]
        var form: [(String, String)] = []
        for (theme, score) in zip(themes, scores) {
            form.append(("score_\(theme)", score))
            form.append(("reden_\(theme)", score == "geen" ? "nog geen plan" : ""))
            form.append(("onderbouwing_\(theme)", "zie het klimaatplan"))
            form.append(("links_\(theme)", "https://example.be/klimaatplan"))
        }
        form.append(("actie", submit ? "indienen" : "bewaren"))
        return form
    }

    @Test(arguments: TestDatabase.available)
    func nothingIsPublicUntilPublished(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let world = try await Self.world(app)
            #expect(try await Browser(app).get(world.path).status == .notFound)
            #expect(try await world.brugge.get(world.path).status == .notFound)
            #expect(try await world.brugge.get("\(world.path)/scores.csv").status == .notFound)
            #expect(try await world.gent.get(world.path).status == .ok)
            #expect(!(try await Browser(app).get("/maturiteit").body.string.contains("Klimaatgovernance 2026")))

            // Gent's draft is seen by Gent and the Kenniscentrum, not by Leuven.
            try await world.gent.get("\(world.path)/zelfevaluatie/gent")
            #expect(try await world.gent.post("\(world.path)/zelfevaluatie/gent",
                                              Self.answers(["4", "3", "2,5", "3", "2", "3", "3", "geen"], submit: false)).status == .seeOther)
            #expect(Self.badges(Self.row(try await world.gent.get(world.path).body.string, "Gent")).first == "4")
            #expect(Self.row(try await world.leuven.get(world.path).body.string, "Gent").isEmpty)
            #expect(!(try await world.leuven.get("\(world.path)/scores.csv").body.string.contains("gent,")))

            try await world.gent.get("\(world.path)/zelfevaluatie/gent")
            #expect(try await world.gent.post("\(world.path)/zelfevaluatie/gent",
                                              Self.answers(["4", "3", "2,5", "3", "2", "3", "3", "geen"], submit: true)).status == .seeOther)
            #expect(Self.badges(Self.row(try await world.leuven.get(world.path).body.string, "Gent")).first == "4")

            try await world.kenniscentrum.get(world.path)
            #expect(try await world.kenniscentrum.post("\(world.path)/status", [("actie", "publiceren")]).status == .seeOther)
            let published = try await Browser(app).get(world.path)
            #expect(published.status == .ok)
            #expect(Self.badges(Self.row(published.body.string, "Gent")) == ["4", "3", "2,5", "3", "2", "3", "3", "–"])
        }
    }

    @Test(arguments: TestDatabase.available)
    func eachOrganisationEditsOnlyItsOwnEvaluation(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let world = try await Self.world(app)
            let viewer = try await Accounts.signedIn(app, "vera@gent.be", organisation: "gent", role: .viewer)
            let before = try await Accounts.auditCount(app)
            // Leuven posting Gent's evaluation, a Gent viewer, a non-participant: refused, nothing written.
            try await world.leuven.get(world.path)
            #expect(try await world.leuven.post("\(world.path)/zelfevaluatie/gent", Self.answers(["3"], submit: false)).status == .forbidden)
            try await viewer.get(world.path)
            #expect(try await viewer.post("\(world.path)/zelfevaluatie/gent", Self.answers(["3"], submit: false)).status == .forbidden)
            try await world.brugge.get("/account")
            #expect(try await world.brugge.post("\(world.path)/zelfevaluatie/brugge", Self.answers(["3"], submit: false)).status == .notFound)
            // The Kenniscentrum validates, it does not fill in for a city.
            #expect(try await world.kenniscentrum.post("\(world.path)/zelfevaluatie/gent", Self.answers(["3"], submit: false)).status == .forbidden)
            #expect(try await Accounts.auditCount(app) == before)

            // Submitting asks for every theme; a bad link is refused with the theme named; nothing is half-written.
            try await world.gent.get("\(world.path)/zelfevaluatie/gent")
            let incomplete = try await world.gent.post("\(world.path)/zelfevaluatie/gent", Self.answers(["4", "3", ""], submit: true))
            #expect(incomplete.status == .badRequest)
            let asksForAll = incomplete.body.string.contains("eef eerst een score (of de reden waarom niet) voor: Klimaatmonitoring")
            #expect(asksForAll)
            var badLink = Self.answers(["4", "3", "3", "3", "3", "3", "3", "3"], submit: false)
            badLink.append(("links_strategie", "javascript:alert(1)"))
            let refused = try await world.gent.post("\(world.path)/zelfevaluatie/gent", badLink.filter { $0.0 != "links_strategie" || $0.1.hasPrefix("javascript") })
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("Klimaatstrategie: &apos;javascript:alert(1)&apos; is geen webadres")
                || refused.body.string.contains("Klimaatstrategie: 'javascript:alert(1)' is geen webadres"))
            #expect(try await Accounts.auditCount(app) == before)

            #expect(try await world.gent.post("\(world.path)/zelfevaluatie/gent",
                                              Self.answers(["4", "3", "2,5", "3", "2", "3", "3", "3"], submit: true)).status == .seeOther)
            // Once submitted, Gent cannot change it; the Kenniscentrum validates beside it and can send it back.
            try await world.gent.get("\(world.path)/zelfevaluatie/gent")
            #expect(try await world.gent.post("\(world.path)/zelfevaluatie/gent", Self.answers(["5"], submit: false)).status == .forbidden)
            try await world.gent.get(world.path)
            #expect(try await world.gent.post("\(world.path)/validatie/gent", [("gevalideerd_strategie", "3")]).status == .forbidden)

            try await world.kenniscentrum.get("\(world.path)/validatie/gent")
            let validated = try await world.kenniscentrum.post("\(world.path)/validatie/gent", [
                ("gevalideerd_strategie", "3"), ("opmerking_strategie", "na het gesprek: het plan is nog niet vertaald"),
            ])
            #expect(validated.status == .seeOther)
            let table = try await world.leuven.get(world.path).body.string
            #expect(Self.badges(Self.row(table, "Gent")).first == "4 → 3")
            let validatedTable = try await world.leuven.get("\(world.path)?basis=gevalideerd").body.string
            #expect(Self.row(validatedTable, "Gent").contains("score lvl-3"))

            // Both scores in the exports.
            let csv = try await world.leuven.get("\(world.path)/scores.csv").body.string
            #expect(csv.contains("gent,strategie,4,,zie het klimaatplan,https://example.be/klimaatplan,,,,3,na het gesprek: het plan is nog niet vertaald,validated"))
            let json = try JSONSerialization.jsonObject(with: Data(try await world.leuven.get("\(world.path)/scores.json").body.string.utf8)) as? [String: Any]
            let organisations = try #require(json?["organisations"] as? [[String: Any]])
            let strategie = (organisations.first?["answers"] as? [[String: Any]])?.first
            #expect(strategie?["score"] as? Double == 4)
            #expect(strategie?["validatedScore"] as? Double == 3)

            // The trail: saved, submitted and validated, by whom, with the scores before → after.
            let events = try await AuditLog.events(.init(module: "maturiteit"), limit: 20, on: app.db)
            #expect(events.map(\.summary).contains("zelfevaluatie gent in klimaatgovernance-2026 ingediend"))
            let validation = try #require(events.first { $0.summary == "zelfevaluatie gent gevalideerd" })
            #expect(validation.actor.userLabel == "An")
            #expect(validation.changes.contains { $0.field == "strategie" && $0.before == "4" && $0.after == "4 → gevalideerd 3" })

            try await world.kenniscentrum.get("\(world.path)/validatie/gent")
            #expect(try await world.kenniscentrum.post("\(world.path)/validatie/gent/terugsturen").status == .seeOther)
            try await world.gent.get("\(world.path)/zelfevaluatie/gent")
            #expect(try await world.gent.post("\(world.path)/zelfevaluatie/gent",
                                              Self.answers(["3,5", "3", "2,5", "3", "2", "3", "3", "3"], submit: false)).status == .seeOther)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aCampaignGoesOutAndBackInAsCSV(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let world = try await Self.world(app)
            let exported = try await Browser(app).get("\(Self.campaign2024)/scores.csv").body.string
            #expect(exported.split(separator: "\r\n").count == 1 + 13 * 8)
            let before = try await TestData.counts(app)
            let auditBefore = try await Accounts.auditCount(app)

            // One bad row: nothing is read, and the problem names file, row and column.
            let broken = exported.replacingOccurrences(of: "gent,strategie,3.5,", with: "gent,strategie,3.6,")
            let refused = try await Self.upload(world.kenniscentrum, to: world.path, name: "meting.csv", content: broken)
            #expect(refused.status == .unprocessableEntity)
            let row = try #require(exported.split(separator: "\r\n").firstIndex { $0.hasPrefix("gent,strategie,") }) + 1
            #expect(refused.body.string.contains("Meting.csv, rij \(row), kolom score: &apos;3.6&apos;: een score gaat in stappen van 0,25")
                || refused.body.string.contains("Meting.csv, rij \(row), kolom score: '3.6': een score gaat in stappen van 0,25"))
            #expect(try await MaturityStore(database: app.db).campaign(code: world.code)?.participants.count == 2)
            #expect(try await Accounts.auditCount(app) == auditBefore)

            // The Kenniscentrum starts the new campaign from the 2024 sheet: the same table comes out.
            let accepted = try await Self.upload(world.kenniscentrum, to: world.path, name: "meting.csv", content: exported)
            #expect(accepted.status == .seeOther)
            #expect(try await MaturityStore(database: app.db).campaign(code: world.code)?.participants.count == 13)
            let table = try await world.kenniscentrum.get(world.path).body.string
            #expect(Self.medianRow(table) == ["3", "3", "2,75", "3", "2,875", "3", "3", "3"])
            #expect(try await world.kenniscentrum.get("\(world.path)/scores.csv").body.string == exported)
            #expect(try await TestData.counts(app) == before)
            // Not even a city may import a campaign.
            try await world.gent.get(world.path)
            #expect(try await Self.upload(world.gent, to: world.path, name: "meting.csv", content: exported).status == .forbidden)

            // Evolution: the 2024 campaign against the new one (same scores, so every difference is 0).
            let evolution = try await world.kenniscentrum.get("\(world.path)/evolutie?met=klimaatgovernance-2024")
            #expect(evolution.status == .ok)
            #expect(evolution.body.string.contains("Van Klimaatgovernance 2024 (najaar 2024) naar Klimaatgovernance 2026 (najaar 2026)"))
        }
    }

    static func upload(_ browser: Browser, to path: String, name: String, content: String) async throws -> TestingHTTPResponse {
        let boundary = "----stadsbeeld\(UUID().uuidString)"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(browser.csrf ?? "")\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n\(content)\r\n"
        body += "--\(boundary)--\r\n"
        return try await browser.send(.POST, "\(path)/inlezen", contentType: "multipart/form-data; boundary=\(boundary)", body: ByteBuffer(string: body))
    }

    @Test(arguments: TestDatabase.available)
    func aNewModelVersionLeavesEarlierAnswersAlone(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let kenniscentrum = try await Accounts.signedIn(app, "an@kenniscentrum.be", organisation: "kenniscentrum", role: .editor)
            let before = try await Browser(app).get("\(Self.campaign2024)/scores.csv").body.string
            try await kenniscentrum.get("/maturiteit/modellen/klimaatgovernance/nieuwe-versie")
            let created = try await kenniscentrum.post("/maturiteit/modellen/klimaatgovernance/nieuwe-versie", [
                ("naam", "Klimaatgovernance"), ("omschrijving", "Tweede versie"),
                ("themas", "strategie; Klimaatstrategie en visie; nieuw geformuleerd\nmonitoring; Klimaatmonitoring; \nnatuur; Natuur en groen; nieuw thema"),
            ])
            #expect(created.status == .seeOther)
            let models = try await MaturityStore(database: app.db).models().filter { $0.model.code == "klimaatgovernance" }
            #expect(models.map(\.model.version) == [1, 2])
            #expect(models[1].model.themes.map(\.code) == ["strategie", "monitoring", "natuur"])
            #expect(models[0].model.themes.count == 8)
            #expect(try await Browser(app).get("\(Self.campaign2024)/scores.csv").body.string == before)
            // A model without themes is refused, with the reason.
            let refused = try await kenniscentrum.post("/maturiteit/modellen/klimaatgovernance/nieuwe-versie", [("naam", "X"), ("themas", "")])
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("Een model heeft minstens één thema"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func recommendationsAndWorkPackagesAreKeptByTheKenniscentrum(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let kenniscentrum = try await Accounts.signedIn(app, "an@kenniscentrum.be", organisation: "kenniscentrum", role: .editor)
            let plans = "\(Self.campaign2024)/aanbevelingen"
            try await kenniscentrum.get(plans)
            #expect(try await kenniscentrum.post("\(plans)/bewaren", [
                ("nummer", ""), ("thema", "monitoring"), ("tekst", "Deel de klimaatdashboards tussen de steden"), ("belang", "5"),
                ("urgentie", "4"), ("top", "nee"),
            ]).status == .seeOther)
            #expect(try await kenniscentrum.post("\(Self.campaign2024)/werkpakketten/bewaren", [
                ("nummer", "3"), ("titel", "Proactieve klimaathandhaving"), ("themas", "regelgeving"), ("trekkers", "Oostende; Sint-Niklaas"),
                ("prioriteit", "2"), ("start", "voorjaar 2026"), ("status", "opgestart"), ("voortgang", "eerste overleg gehouden"),
            ]).status == .seeOther)
            let recommendations = try await MaturityStore(database: app.db).recommendations(
                campaignID: try #require(try await MaturityStore(database: app.db).campaign(code: "klimaatgovernance-2024")).id)
            #expect(recommendations.count == 11)
            // Rated first: the new one (5/4) leads the ranking; the selected top 10 stays the top.
            #expect(Recommendation.ranked(recommendations).first?.number == 11)
            #expect(Recommendation.top(10, of: recommendations).map(\.number) == Array(1...10))
            let csv = try await Browser(app).get("\(Self.campaign2024)/werkpakketten.csv").body.string
            #expect(csv.contains("3,Proactieve klimaathandhaving,regelgeving,,Oostende; Sint-Niklaas,2,voorjaar 2026,opgestart,eerste overleg gehouden"))
            let filtered = try await Browser(app).get("\(plans)?trekker=Sint-Niklaas").body.string
            #expect(filtered.contains("Proactieve klimaathandhaving") && filtered.contains("Klimaatrisicomanagement"))
            // A bad priority is refused, naming the field; a city cannot edit the lists.
            #expect(try await kenniscentrum.post("\(Self.campaign2024)/werkpakketten/bewaren", [
                ("titel", "X"), ("themas", "regelgeving"), ("prioriteit", "9"), ("status", "gepland"),
            ]).status == .badRequest)
            let gent = try await Accounts.signedIn(app, "els@gent.be", organisation: "gent", role: .organisationAdmin)
            try await gent.get(plans)
            #expect(try await gent.post("\(plans)/bewaren", [("thema", "monitoring"), ("tekst", "x")]).status == .forbidden)
        }
    }

    @Test(arguments: TestDatabase.available)
    func lekpStaffIsAnIndicatorOnTheCentrumsteden(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await TestData.load(TestData.smallGeography + [
                Fixtures.fluvius("Indicators.xlsx"), Fixtures.demo("themas.csv"), Fixtures.demo("stadsbeeld_indicatoren.csv"),
                Fixtures.demo("lekp1_vte.csv"),
            ], into: app)
            let response = try await app.testing().sendRequest(.GET, "/api/v1/data?indicators=sb_lekp1_vte&level=centrumsteden&periods=2024")
            let body = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any]
            let records = try #require(body?["data"] as? [[String: Any]])
            // 1 + 11 + 3 + 0 + 8,4 + 1 + 4 + 7 + 7,1 + 0 + 1 + 2 + 0 FTE, as the cities gave them.
            #expect(abs((records.first?["value"] as? Double ?? 0) - 45.5) < 1e-9)
            let gent = try await app.testing().sendRequest(.GET, "/api/v1/data?indicators=sb_lekp1_vte&level=gemeente2024&areas=44021&periods=2024")
            #expect(gent.body.string.contains("8.4"))
            // Other gemeenten have no figure, so a province total would be wrong: it is unknown.
            let province = try await app.testing().sendRequest(.GET, "/api/v1/data?indicators=sb_lekp1_vte&level=provincie2024&periods=2024")
            #expect(!province.body.string.contains("\"value\":1"))
        }
    }
}
