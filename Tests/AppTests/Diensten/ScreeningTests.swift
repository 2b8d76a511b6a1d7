import AccessDomain
@testable import App
@testable import Diensten
import DienstenDomain
import Foundation
@testable import Platform
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Screening through the pages on SQLite and PostgreSQL: a profile screened on the demo rules stores nothing; a case
/// is saved only by a signed-in member, read only within their organisation and purged after its period; a rule
/// version that breaks a case is refused, a valid one becomes active and is audited.
@Suite("Diensten screening")
struct ScreeningTests {
    /// A single client in Gent with a leefloon, as the form sends it.
    static let profile: [(String, String)] = [
        ("leeftijd", "34"), ("huishouden", "alleenstaand"), ("kinderen", "0"), ("gemeente", "44021"), ("inkomenMaand", "1.250"),
        ("inkomenJaar", "15000"), ("status-leefloon", "ja"), ("status-bevolkingsregister", "ja"), ("status-huurder-prive", "ja"),
        ("status-eigenaar", "nee"), ("status-stookolie", "nee"),
    ]

    static func counts(_ app: Application) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["screening_cases", "screening_rule_versions", "audit_events"] {
            counts[table] = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self)
        }
        return counts
    }

    static func seeded(_ app: Application) async throws {
        let said = try await ScreeningSeed.load(into: app)
        #expect(said?.contains("versie 1 geladen (14 rechten") == true)
    }

    /// A visitor who opened the form (and so has its CSRF token).
    static func visitor(_ app: Application) async throws -> Browser {
        let browser = Browser(app)
        let form = try await browser.get("/rechten/screening")
        #expect(form.status == .ok)
        return browser
    }

    /// The id of the case a redirect after saving points to.
    static func caseID(_ response: TestingHTTPResponse) throws -> Int {
        let location = try #require(response.headers.first(name: .location))
        let id = location.split(separator: "/").last.map { $0.split(separator: "?")[0] }
        return try #require(id.flatMap { Int($0) })
    }

    @Test(arguments: TestDatabase.available)
    func aProfileIsScreenedOnTheDemoRulesAndNothingIsStored(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            try await Self.seeded(app)
            let visitor = try await Self.visitor(app)
            let before = try await Self.counts(app)
            // act
            let response = try await visitor.post("/rechten/screening", Self.profile)
            // check
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(html.contains("Resultaat van de screening"))
            #expect(html.contains("Waarschijnlijk (") && html.contains("Onwaarschijnlijk ("))
            #expect(html.contains("<strong>Voldaan: </strong>Netto-inkomen onder het leefloon van de eigen categorie"))
            #expect(html.contains("<strong>Niet voldaan: </strong>Verwarmt met stookolie"))
            #expect(html.contains("<strong>Onbekend: </strong>Lang op de wachtlijst voor een sociale woning"))
            #expect(html.contains("Netto maandinkomen van het gezin: €\u{00A0}1.250 — gevraagd: minder dan €\u{00A0}1.320 — Voldaan"))
            #expect(html.contains("Vraag nog na"))
            #expect(html.contains("Beslist met de regels van versie 1"))
            #expect(response.headers.first(name: .cacheControl) == "private, no-store")
            #expect(try await Self.counts(app) == before)
            // Likely comes before unlikely.
            let likely = try #require(html.range(of: "id=\"screening-likely\""))
            let unlikely = try #require(html.range(of: "id=\"screening-unlikely\""))
            #expect(likely.lowerBound < unlikely.lowerBound)
        }
    }

    @Test func theResultsReadInEnglish() async throws {
        try await withTestApp(.sqlite) { app in
            try await Self.seeded(app)
            let visitor = Browser(app)
            let form = try await visitor.get("/rechten/screening?lang=en&gemeente=44021&recht=900101")
            #expect(form.body.string.contains("Screen a profile for rights"))
            #expect(form.body.string.contains("<option value=\"44021\" selected=\"selected\">Gent</option>"))
            #expect(form.body.string.contains("name=\"recht\" value=\"900101\""))
            let response = try await visitor.post("/rechten/screening", Self.profile + [("recht", "900101")])
            let html = response.body.string
            #expect(html.contains("Screening results"))
            #expect(html.contains("The right you came for"))
            #expect(html.contains("<strong>Met: </strong>Net income below the leefloon of one&#39;s own category")
                || html.contains("<strong>Met: </strong>Net income below the leefloon of one's own category"))
            #expect(html.contains("Net monthly household income: €\u{00A0}1,250 — required: less than €\u{00A0}1,320 — Met"))
            #expect(!html.contains("⟦"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func badInputGivesTheFormWithLocatedMessagesNeverA500(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Self.seeded(app)
            let visitor = try await Self.visitor(app)
            let response = try await visitor.post("/rechten/screening", [
                ("leeftijd", "abc"), ("inkomenMaand", "-5"), ("kinderen", "1"), ("kinderenMinderjarig", "3"), ("gemeente", "99999"),
                ("status-leefloon", "misschien"),
            ])
            #expect(response.status == .badRequest)
            let html = response.body.string
            #expect(html.contains("Leeftijd: vul een leeftijd in jaren in"))
            #expect(html.contains("Netto maandinkomen van het gezin: vul een bedrag in euro in"))
            #expect(html.contains("Kinderen jonger dan 18: dit zijn meer kinderen"))
            #expect(html.contains("Gemeente: kies een gemeente uit de lijst"))
            #expect(html.contains("Heeft een leefloon: kies een van de mogelijkheden"))
            #expect(html.contains("id=\"screening-leeftijd-error\""))
            #expect(html.contains("aria-describedby=\"screening-leeftijd-hint screening-leeftijd-error\""))
            #expect(html.contains("value=\"abc\""))
            // A field sent twice counts once (the last), never a 500.
            let twice = try await visitor.post("/rechten/screening", [("leeftijd", "1"), ("leeftijd", "2")])
            #expect(twice.status == .ok)
            #expect(try await Self.counts(app)["screening_cases"] == 0)
        }
    }

    @Test func hostileInputIsEscaped() async throws {
        try await withTestApp(.sqlite) { app in
            try await Self.seeded(app)
            let member = try await Accounts.signedIn(app, "maatschappelijk@gent.be", organisation: "gent", role: .viewer)
            try await member.get("/rechten/screening?recht=%3Cscript%3Ealert(1)%3C/script%3E")
            let refused = try await member.post("/rechten/screening", [("leeftijd", "<script>alert(1)</script>"), ("recht", "<b>x</b>")])
            #expect(refused.status == .badRequest)
            #expect(!refused.body.string.contains("<script>alert(1)"))
            #expect(refused.body.string.contains("&lt;script&gt;"))
            try await member.post("/rechten/screening", Self.profile)
            let saved = try await member.post("/rechten/dossiers", [
                ("profiel", #"{"age":34}"#), ("referentie", "<img src=x onerror=alert(1)>"), ("bewaartermijn", "30"),
            ])
            let id = try Self.caseID(saved)
            let page = try await member.get("/rechten/dossiers/\(id)")
            #expect(!page.body.string.contains("<img src=x"))
            #expect(page.body.string.contains("&lt;img src=x onerror=alert(1)&gt;"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func savingACaseNeedsASignedInMemberAndStaysInTheOrganisation(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Self.seeded(app)
            // An anonymous visitor cannot save.
            let visitor = try await Self.visitor(app)
            let refused = try await visitor.post("/rechten/dossiers", [("profiel", #"{"age":34}"#), ("referentie", "D-1"), ("bewaartermijn", "90")])
            #expect(refused.status == .unauthorized)
            #expect(try await Self.counts(app)["screening_cases"] == 0)

            // A member of Gent saves, sees the case and its list.
            let gent = try await Accounts.signedIn(app, "maatschappelijk@gent.be", organisation: "gent", role: .viewer)
            let results = try await gent.post("/rechten/screening", Self.profile)
            #expect(results.body.string.contains("Dossier bewaren"))
            let profileJSON = try #require(Self.hidden("profiel", in: results.body.string))
            let auditBefore = try await Accounts.auditCount(app)
            let saved = try await gent.post("/rechten/dossiers", [("profiel", profileJSON), ("referentie", "OCMW-2026-117"), ("bewaartermijn", "90")])
            #expect(saved.status == .seeOther)
            let id = try Self.caseID(saved)
            let page = try await gent.get(try #require(saved.headers.first(name: .location)))
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Dossier OCMW-2026-117"))
            #expect(page.body.string.contains("Het dossier is bewaard."))
            #expect(page.body.string.contains("nog 90 dagen"))
            let list = try await gent.get("/rechten/dossiers")
            #expect(list.body.string.contains("OCMW-2026-117"))
            // Saved and opened: audited, without the profile's values.
            let events = try await AuditLog.events(.init(module: "diensten"), limit: 10, on: app.db)
            #expect(try await Accounts.auditCount(app) == auditBefore + 2)
            #expect(events.map(\.summary).contains("screeningdossier \(id) bewaard voor 90 dagen"))
            #expect(events.contains { $0.summary == "screeningdossier \(id) geopend" && $0.action == .read })
            #expect(!events.contains { event in event.changes.contains { ($0.after ?? "").contains("1250") || ($0.after ?? "").contains("44021") } })

            // Another organisation neither sees nor deletes it.
            let leuven = try await Accounts.signedIn(app, "maatschappelijk@leuven.be", organisation: "leuven", role: .organisationAdmin)
            #expect(try await leuven.get("/rechten/dossiers/\(id)").status == .notFound)
            #expect(!(try await leuven.get("/rechten/dossiers").body.string.contains("OCMW-2026-117")))
            #expect(try await leuven.post("/rechten/dossiers/\(id)/verwijderen").status == .notFound)
            #expect(try await Self.counts(app)["screening_cases"] == 1)

            // Its own organisation deletes it.
            try await gent.get("/rechten/dossiers/\(id)")
            let deleted = try await gent.post("/rechten/dossiers/\(id)/verwijderen")
            #expect(deleted.status == .seeOther)
            #expect(try await Self.counts(app)["screening_cases"] == 0)
            #expect(try await gent.get("/rechten/dossiers/\(id)").status == .notFound)
        }
    }

    @Test func aCaseNeedsAReferenceAndAKnownPeriod() async throws {
        try await withTestApp(.sqlite) { app in
            try await Self.seeded(app)
            let gent = try await Accounts.signedIn(app, "maatschappelijk@gent.be", organisation: "gent", role: .viewer)
            try await gent.post("/rechten/screening", Self.profile)
            let response = try await gent.post("/rechten/dossiers", [("profiel", #"{"age":"oud"}"#), ("referentie", " "), ("bewaartermijn", "7")])
            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("Vul een referentie in"))
            #expect(response.body.string.contains("Kies een bewaartermijn van 30, 90, 180 of 365 dagen"))
            #expect(response.body.string.contains("Het profiel kon niet gelezen worden"))
            #expect(try await Self.counts(app)["screening_cases"] == 0)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theRetentionPurgeDeletesWhatPassedItsDate(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Self.seeded(app)
            let gent = try await Accounts.organisation(app, "gent")
            let cases = ScreeningCases(database: app.db)
            let result = Screening.screen(ClientProfile(age: 70), rights: [], rules: try await ScreeningRuleStore(database: app.db).active()!.rules,
                                          on: CalendarDay(Date()))
            let old = try await cases.save(
                profile: ClientProfile(age: 70), reference: "oud", retentionDays: 30, result: result, organisationID: gent.id!, userID: nil,
                actor: .commandLine, now: Date().addingTimeInterval(-31 * 86_400))
            let fresh = try await cases.save(
                profile: ClientProfile(age: 70), reference: "nieuw", retentionDays: 30, result: result, organisationID: gent.id!, userID: nil,
                actor: .commandLine)
            // An expired case is no longer listed, even before the purge.
            #expect(try await cases.list(organisationID: gent.id!).map(\.id) == [fresh])
            let removed = try await ScreeningCases.purgeExpired(app)
            #expect(removed == 1)
            #expect(try await cases.find(id: old, organisationID: gent.id!, now: .distantPast) == nil)
            #expect(try await cases.find(id: fresh, organisationID: gent.id!) != nil)
            let purge = try #require(try await AuditLog.events(.init(module: "diensten", action: .delete), limit: 1, on: app.db).first)
            #expect(purge.summary == "1 screeningdossier(s) verwijderd na de bewaartermijn")
            #expect(try await ScreeningCases.purgeExpired(app) == 0)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aRuleVersionThatBreaksACaseIsRefusedAndAValidOneIsKeptAndAudited(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Self.seeded(app)
            // Only Kenniscentrum editors and platform admins edit.
            let gent = try await Accounts.signedIn(app, "redactie@gent.be", organisation: "gent", role: .organisationAdmin)
            #expect(try await gent.get("/rechten/regels/bewerken").status == .forbidden)
            let editor = try await Accounts.signedIn(app, "regels@kenniscentrum.be", organisation: "kenniscentrum", role: .editor)
            let form = try await editor.get("/rechten/regels/bewerken")
            #expect(form.status == .ok)
            let current = String(decoding: RuleFile.encode(try #require(try await ScreeningRuleStore(database: app.db).active()).rules), as: UTF8.self)

            // A located error.
            let typo = current.replacingOccurrences(of: "\"op\": \">=\"", with: "\"op\": \"groter\"")
            let invalid = try await editor.post("/rechten/regels/bewerken", [("regels", typo), ("notitie", "tikfout")])
            #expect(invalid.status == .badRequest)
            // The first letter of each problem is capitalised on the page.
            #expect(invalid.body.string.contains("Rules[0].conditions[1].test.any[0].op: onbekende operator"))

            // A version that breaks cases: the leefloon threshold for a single person lowered to 100.
            let breaking = current.replacingOccurrences(of: "\"value\": 1320", with: "\"value\": 100")
            #expect(breaking != current)
            let refused = try await editor.post("/rechten/regels/bewerken", [("regels", breaking), ("notitie", "lager")])
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("Testgevallen die niet meer lopen"))
            #expect(refused.body.string.contains("gezinnen.json — Alleenstaande met leefloon in Gent"))
            #expect(try await ScreeningRuleStore(database: app.db).active()?.version == 1)

            // A valid version: a source updated.
            let valid = current.replacingOccurrences(of: "(stand 2025, afgerond, grens voor één persoon)", with: "(stand 2026, afgerond, grens voor één persoon)")
            #expect(valid != current)
            let saved = try await editor.post("/rechten/regels/bewerken", [("regels", valid), ("notitie", "bron bijgewerkt")])
            #expect(saved.status == .seeOther)
            let active = try #require(try await ScreeningRuleStore(database: app.db).active())
            #expect(active.version == 2)
            #expect(active.note == "bron bijgewerkt")
            let event = try #require(try await AuditLog.events(.init(module: "diensten"), limit: 1, on: app.db).first)
            #expect(event.summary.hasPrefix("screeningregels versie 2 actief"))
            #expect(event.actor.userLabel == "Regels")
            let page = try await Browser(app).get("/rechten/regels")
            #expect(page.body.string.contains("Versie 2, geldig vanaf"))
            #expect(page.body.string.contains("2 (actief)"))
            #expect(page.body.string.contains("stand 2026, afgerond"))
        }
    }

    @Test func aSavedCaseShowsBothVersionsWhenTheRulesChanged() async throws {
        try await withTestApp(.sqlite) { app in
            try await Self.seeded(app)
            let gent = try await Accounts.signedIn(app, "maatschappelijk@gent.be", organisation: "gent", role: .viewer)
            let results = try await gent.post("/rechten/screening", Self.profile)
            let profileJSON = try #require(Self.hidden("profiel", in: results.body.string))
            let id = try Self.caseID(try await gent.post("/rechten/dossiers", [("profiel", profileJSON), ("referentie", "D-9"), ("bewaartermijn", "30")]))
            // A new version where the huurpremie no longer asks for the waiting list.
            let store = ScreeningRuleStore(database: app.db)
            var rules = try #require(try await store.active()).rules
            let index = try #require(rules.rules.firstIndex { $0.key == "900107" })
            rules.rules[index].conditions.removeAll { $0.id == "wachtlijst" }
            // The shipped cases expect the waiting-list condition; this version is kept without them.
            try await store.save(json: String(decoding: RuleFile.encode(rules), as: UTF8.self), note: "zonder wachtlijst", cases: [],
                                 authorUserID: nil, actor: .commandLine)
            let page = try await gent.get("/rechten/dossiers/\(id)").body.string
            #expect(page.contains("De regels veranderden"))
            #expect(page.contains("Het dossier werd gescreend met versie 1; nu geldt versie 2."))
            #expect(page.contains("<th scope=\"row\">Vlaamse huurpremie</th><td>Mogelijk, nog na te vragen</td><td>Waarschijnlijk</td>"))
        }
    }

    @Test func theRulesPageReadsForEveryoneInBothLanguages() async throws {
        try await withTestApp(.sqlite) { app in
            try await Self.seeded(app)
            let nl = try await Browser(app).get("/rechten/regels")
            #expect(nl.status == .ok)
            #expect(nl.body.string.contains("Leefloon"))
            #expect(nl.body.string.contains("Netto maandinkomen van het gezin minder dan €\u{00A0}1.320"))
            #expect(nl.body.string.contains("indicatief"))
            #expect(!nl.body.string.contains("De regels bewerken"))
            let en = try await Browser(app).get("/rechten/regels?lang=en")
            #expect(en.body.string.contains("The screening rules"))
            #expect(en.body.string.contains("indicative"))
            #expect(!en.body.string.contains("⟦"))
            #expect(try await Browser(app).get("/rechten/regels?versie=99").status == .notFound)
            // Pages for signed-in people send visitors to the sign-in page and back.
            for path in ["/rechten/regels/bewerken", "/rechten/dossiers", "/rechten/dossiers/1"] {
                let response = try await Browser(app).get(path)
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location)?.hasPrefix("/aanmelden?terug=") == true)
            }
        }
    }

    /// For the tests that visit every page: the rules, and case 1 of the Kenniscentrum (whose admin visits).
    static func everyPageWorld(_ app: Application) async throws {
        _ = try await ScreeningSeed.load(into: app)
        let kenniscentrum = try await Accounts.organisation(app, "kenniscentrum")
        let profile = ClientProfile(age: 40, household: .alleenstaand, municipality: "44021", statuses: [.leefloon])
        let run = try await ScreeningRun.run(profile, on: app.db, language: .nl)
        _ = try await ScreeningCases(database: app.db).save(
            profile: profile, reference: "demo-1", retentionDays: 90, result: run.result, organisationID: kenniscentrum.id!, userID: nil,
            actor: .commandLine)
    }

    /// The value of a hidden field in a page.
    static func hidden(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#34;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
