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

/// The processing register through the application: each city sees and changes only its own register, every save
/// is a version with its difference, bad input is refused at its field with nothing written, the public register
/// shows only what is published (page, CSV, JSON), templates are copied as drafts, requests and breaches keep their
/// deadlines, and the reminders reach the DPO once through a real SMTP server.
@Suite("Verwerkingsregister")
struct RegisterTests {
    /// A complete, lawful activity as the form posts it.
    static func form(_ name: String, note: String = "") -> [(String, String)] {
        [("name", name), ("reference", "T-1"), ("status", "active"), ("publicTask", "on"), ("controller-name", "Stad Gent"),
         ("controller-contact", "Botermarkt 1, 9000 Gent"), ("dpoContact", "dpo@gent.be"),
         ("purposes-1-description", "Aanvragen behandelen"), ("purposes-1-basis", "e"), ("purposes-1-basisDetail", "Decreet lokaal bestuur"),
         ("subjectCategories", "Aanvragers\nGezinsleden"), ("dataCategories-1-name", "Identiteit"), ("dataCategories-1-kind", "ordinary"),
         ("dataCategories-2-name", "Gezondheid"), ("dataCategories-2-kind", "special"), ("dataCategories-2-ground", "h"),
         ("dataCategories-2-lawReference", "Wet van 8 juli 1976"),
         ("recipients-1-name", "Softwareleverancier"), ("recipients-1-kind", "processor"), ("recipients-1-agreement", "Overeenkomst 2025"),
         ("retention", "5 jaar"), ("securityMeasures", "Toegang per rol\nLogging"), ("source", "De aanvrager"), ("internalNote", note)]
    }

    static func count(_ app: Application, _ table: String) async throws -> Int {
        try await app.db.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()?.decode(column: "n", as: Int.self) ?? -1
    }

    /// Creates an activity through the form; answers its id.
    static func create(_ browser: Browser, _ name: String, note: String = "") async throws -> Int {
        try await browser.get("/verwerkingsregister/beheer/nieuw")
        let response = try await browser.post("/verwerkingsregister/beheer/nieuw", form(name, note: note))
        #expect(response.status == .seeOther, "\(response.body.string.prefix(2000))")
        let location = try #require(response.headers.first(name: .location))
        return try #require(Int(location.split(separator: "/").last!.split(separator: "?").first!))
    }

    /// What the localisation and hostile-input crawls start from: activity, request and breach 1 belong to the
    /// Kenniscentrum (the crawl's admin), activity 1 is a published template.
    static func everyPageWorld(_ app: Application) async throws {
        let organisation = try await Accounts.organisation(app, "kenniscentrum")
        let store = RegisterActivityStore(database: app.db)
        let id = try await store.create(RegisterDemoData.templates()[0], organisationID: organisation.id!, isTemplate: true, userID: nil, actor: .commandLine)
        _ = try await store.setPublished(true, id: id, organisationID: organisation.id!, actor: .commandLine)
        _ = try await RegisterRequestStore(database: app.db).create(reference: "R-1", kind: .access, received: RegisterWords.today(), activityID: id,
                                                                    summary: "", organisationID: organisation.id!, userID: nil, actor: .commandLine)
        _ = try await RegisterBreachStore(database: app.db).create(BreachRecord(title: "Lek", facts: "Feiten", becameAwareAt: Date()),
                                                                   organisationID: organisation.id!, actor: .commandLine)
    }

    @Test(arguments: TestDatabase.available)
    func eachCitySeesAndChangesOnlyItsOwnRegister(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            let gent = try await Accounts.signedIn(app, "privacy@gent.be", organisation: "gent", role: .editor)
            let id = try await Self.create(gent, "Leefloondossier")
            let leuven = try await Accounts.signedIn(app, "privacy@leuven.be", organisation: "leuven", role: .editor)
            let before = try await Self.count(app, "register_activity_versions")
            // act / check: Leuven finds nothing of Gent's, reading or writing
            for path in ["/verwerkingsregister/beheer/activiteiten/\(id)", "/verwerkingsregister/beheer/activiteiten/\(id)/versies",
                         "/verwerkingsregister/beheer/activiteiten/\(id)/dpia", "/verwerkingsregister/beheer/activiteiten/\(id)/bewerken"] {
                #expect(try await leuven.get(path).status == .notFound, "\(path)")
            }
            #expect(!(try await leuven.get("/verwerkingsregister/beheer")).body.string.contains("Leefloondossier"))
            #expect(try await leuven.post("/verwerkingsregister/beheer/activiteiten/\(id)/bewerken", Self.form("Overgenomen")).status == .notFound)
            #expect(try await leuven.post("/verwerkingsregister/beheer/activiteiten/\(id)/publicatie", [("published", "1")]).status == .notFound)
            #expect(try await Self.count(app, "register_activity_versions") == before)
            // A viewer of Gent reads but may not write; a visitor sees nothing of the own register.
            let viewer = try await Accounts.signedIn(app, "kijker@gent.be", organisation: "gent", role: .viewer)
            #expect(try await viewer.get("/verwerkingsregister/beheer/activiteiten/\(id)").status == .ok)
            #expect(try await viewer.post("/verwerkingsregister/beheer/activiteiten/\(id)/bewerken", Self.form("Ander")).status == .forbidden)
            #expect(try await Browser(app).get("/verwerkingsregister/beheer").status != .ok)
            // Gent's own page shows it, in both languages, without raw keys.
            let own = try await gent.get("/verwerkingsregister/beheer/activiteiten/\(id)")
            #expect(own.status == .ok && own.body.string.contains("Leefloondossier") && own.body.string.contains("art. 9.2 h"))
            let english = try await gent.get("/verwerkingsregister/beheer/activiteiten/\(id)?lang=en")
            #expect(english.body.string.contains("special (art. 9)") && !english.body.string.contains("⟦"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func everySaveIsAVersionWithItsDifferenceAndItsAuditEntry(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let gent = try await Accounts.signedIn(app, "privacy@gent.be", organisation: "gent", role: .editor)
            let id = try await Self.create(gent, "Parkeerkaarten")
            let audits = try await Accounts.auditCount(app)
            // act: change the retention and a measure
            try await gent.get("/verwerkingsregister/beheer/activiteiten/\(id)/bewerken")
            var changed = Self.form("Parkeerkaarten").filter { $0.0 != "retention" && $0.0 != "securityMeasures" }
            changed += [("retention", "2 jaar"), ("securityMeasures", "Toegang per rol\nVersleuteling"), ("version", "1")]
            let saved = try await gent.post("/verwerkingsregister/beheer/activiteiten/\(id)/bewerken", changed)
            #expect(saved.status == .seeOther)
            // check: two versions, the difference names the lines, the audit has one entry more
            let versions = try await gent.get("/verwerkingsregister/beheer/activiteiten/\(id)/versies?van=1&naar=2")
            let html = versions.body.string
            #expect(html.contains("<del>5 jaar</del>") && html.contains("<ins>2 jaar</ins>"))
            #expect(html.contains("<del>Logging</del>") && html.contains("<ins>Versleuteling</ins>"))
            #expect(try await Accounts.auditCount(app) == audits + 1)
            // A save made on version 1 again is refused: someone saved in between.
            let stale = try await gent.post("/verwerkingsregister/beheer/activiteiten/\(id)/bewerken", changed)
            #expect(stale.status == .conflict)
            #expect(try await Self.count(app, "register_activity_versions") == 2)
        }
    }

    @Test(arguments: TestDatabase.available)
    func badInputIsRefusedAtItsFieldAndNothingIsWritten(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let gent = try await Accounts.signedIn(app, "privacy@gent.be", organisation: "gent", role: .editor)
            try await gent.get("/verwerkingsregister/beheer/nieuw")
            let before = try await Self.count(app, "register_activities")
            let audits = try await Accounts.auditCount(app)
            // a special category without ground, a transfer without safeguard, consent for a public task, no retention
            var bad = Self.form("Camera").filter { !["dataCategories-2-ground", "retention", "purposes-1-basis"].contains($0.0) }
            bad += [("purposes-1-basis", "a"), ("transfers-1-country", "Verenigde Staten"), ("transfers-1-recipient", "Cloud")]
            let response = try await gent.post("/verwerkingsregister/beheer/nieuw", bad)
            #expect(response.status == .badRequest)
            let html = response.body.string
            for anchor in ["#dataCategories-2-ground", "#transfers-1-safeguard", "#purposes-1-basis", "#retention"] {
                #expect(html.contains("href=\"\(anchor)\""), "\(anchor)")
            }
            #expect(html.contains("aria-invalid=\"true\"") && html.contains("value=\"Verenigde Staten\""))
            // rubbish instead of a form, a forged token, a status that is no status: never a 500, nothing written
            #expect(try await gent.post("/verwerkingsregister/beheer/nieuw", [("status", "geen"), ("name", "")]).status == .badRequest)
            #expect(try await gent.post("/verwerkingsregister/beheer/nieuw", Self.form("X"), csrf: "vals").status == .forbidden)
            #expect(try await gent.post("/verwerkingsregister/beheer/activiteiten/abc/bewerken", Self.form("X")).status == .notFound)
            #expect(try await Self.count(app, "register_activities") == before)
            #expect(try await Accounts.auditCount(app) == audits)
            // a draft may stay incomplete
            let draft = try await gent.post("/verwerkingsregister/beheer/nieuw", [("name", "Nog te schrijven"), ("status", "draft")])
            #expect(draft.status == .seeOther)
        }
    }

    @Test(arguments: TestDatabase.available)
    func thePublicRegisterShowsOnlyWhatIsPublishedAsPageCSVAndJSON(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let gent = try await Accounts.signedIn(app, "privacy@gent.be", organisation: "gent", role: .editor)
            let shown = try await Self.create(gent, "Nieuwsbrief", note: "GEHEIME NOTITIE")
            _ = try await Self.create(gent, "Personeelsdossier")
            try await gent.get("/verwerkingsregister/beheer/activiteiten/\(shown)")
            #expect(try await gent.post("/verwerkingsregister/beheer/activiteiten/\(shown)/publicatie", [("published", "1")]).status == .seeOther)
            // check: the page, print, CSV and JSON hold the published one only, never the internal note
            let visitor = Browser(app)
            for path in ["/verwerkingsregister/gent", "/verwerkingsregister/gent/afdrukken", "/verwerkingsregister/gent/register.csv",
                         "/api/v1/processing-register/gent"] {
                let response = try await visitor.get(path)
                #expect(response.status == .ok, "\(path)")
                let body = response.body.string
                #expect(body.contains("Nieuwsbrief") && !body.contains("Personeelsdossier") && !body.contains("GEHEIME"), "\(path)")
            }
            let csv = try await visitor.get("/verwerkingsregister/gent/register.csv").body.string
            let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first == ProcessingFields.names.joined(separator: ","))
            #expect(csv.contains("\"Identiteit\nGezondheid [bijzonder (art. 9), art. 9.2 h — Wet van 8 juli 1976]\""))
            #expect(try await visitor.get("/verwerkingsregister").body.string.contains("/verwerkingsregister/gent"))
            // the internal export has both, with the note; only for members
            let internalCSV = try await gent.get("/verwerkingsregister/beheer/register.csv").body.string
            #expect(internalCSV.contains("Personeelsdossier") && internalCSV.contains("GEHEIME NOTITIE"))
            #expect(try await visitor.get("/verwerkingsregister/beheer/register.csv").status != .ok)
            #expect(try await visitor.get("/verwerkingsregister/bestaat-niet").status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.available)
    func templatesOfTheKenniscentrumAreCopiedAsDraftsIntoTheOwnRegister(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let kc = try await Accounts.signedIn(app, "avg@kenniscentrum.be", organisation: "kenniscentrum", role: .editor)
            let template = try await Self.create(kc, "Sjabloon: camerabewaking")
            try await kc.get("/verwerkingsregister/beheer/activiteiten/\(template)")
            #expect(try await kc.post("/verwerkingsregister/beheer/activiteiten/\(template)/sjabloon", [("template", "1")]).status == .seeOther)
            // a city's editor may not mark templates
            let gent = try await Accounts.signedIn(app, "privacy@gent.be", organisation: "gent", role: .editor)
            #expect(try await gent.post("/verwerkingsregister/beheer/activiteiten/\(template)/sjabloon", [("template", "1")]).status == .forbidden)
            // act: Gent copies it
            let list = try await gent.get("/verwerkingsregister/sjablonen")
            #expect(list.body.string.contains("Sjabloon: camerabewaking") && list.body.string.contains("/zoeken?q="))
            let copied = try await gent.post("/verwerkingsregister/sjablonen/\(template)/overnemen")
            #expect(copied.status == .seeOther)
            // check: a draft of Gent's with Gent as controller
            let page = try await gent.get(try #require(copied.headers.first(name: .location)))
            #expect(page.status == .ok && page.body.string.contains("Stad Gent") && page.body.string.contains("ontwerp"))
            let gentID = try await Accounts.organisation(app, "gent").id!
            let own = try await RegisterActivityStore(database: app.db).list(organisationID: gentID)
            #expect(own.map(\.status) == [.draft] && own.first?.copiedFrom == template)
        }
    }

    @Test(arguments: TestDatabase.available)
    func requestsKeepTheirDeadlineAndAreExtendedOnceWithinTheFirstMonth(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let gent = try await Accounts.signedIn(app, "privacy@gent.be", organisation: "gent", role: .editor)
            let today = RegisterWords.today()
            let received = today.previousDays(10)
            try await gent.get("/verwerkingsregister/beheer/verzoeken/nieuw")
            // bad input: a day that does not exist, in the future
            let bad = try await gent.post("/verwerkingsregister/beheer/verzoeken/nieuw", [("reference", "R1"), ("kind", "access"), ("received", "2026-02-30")])
            #expect(bad.status == .badRequest && bad.body.string.contains("href=\"#received\""))
            #expect(try await Self.count(app, "register_requests") == 0)
            let created = try await gent.post("/verwerkingsregister/beheer/verzoeken/nieuw",
                                              [("reference", "AVG-1"), ("kind", "erasure"), ("received", received.description)])
            #expect(created.status == .seeOther)
            let path = try #require(created.headers.first(name: .location))
            let page = try await gent.get(path)
            #expect(page.body.string.contains(RegisterWords(.nl).day(received.adding(months: 1))))
            // an extension without a reason is refused at its field; with one it moves the deadline by two months
            let noReason = try await gent.post(path + "/verlengen", [("toldOn", today.description), ("reason", " ")])
            #expect(noReason.status == .badRequest && noReason.body.string.contains("href=\"#reason\""))
            #expect(try await gent.post(path + "/verlengen", [("toldOn", today.description), ("reason", "Veel dossiers")]).status == .seeOther)
            let extended = try await gent.get(path)
            #expect(extended.body.string.contains(RegisterWords(.nl).day(received.adding(months: 3))))
            let again = try await gent.post(path + "/verlengen", [("toldOn", today.description), ("reason", "Nog eens")])
            #expect(again.status == .badRequest && again.body.string.contains("maar één keer"))
            // an overdue request says so in words in the list
            _ = try await RegisterRequestStore(database: app.db).create(
                reference: "AVG-OUD", kind: .access, received: today.adding(months: -2), activityID: nil, summary: "",
                organisationID: try await Accounts.organisation(app, "gent").id!, userID: nil, actor: .commandLine)
            let list = try await gent.get("/verwerkingsregister/beheer/verzoeken").body.string
            #expect(list.contains("TE LAAT"))
            #expect(list.range(of: "AVG-OUD")!.lowerBound < list.range(of: "AVG-1")!.lowerBound)
            // closing it
            #expect(try await gent.post(path + "/status", [("status", "completed"), ("note", "Gewist")]).status == .seeOther)
            #expect(try await gent.get(path).body.string.contains("beantwoord"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func breachesShowTheClockAndALateNotificationNeedsItsReason(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let gent = try await Accounts.signedIn(app, "privacy@gent.be", organisation: "gent", role: .editor)
            try await gent.get("/verwerkingsregister/beheer/datalekken/nieuw")
            let aware = Date().addingTimeInterval(-80 * 3_600)
            let fields: [(String, String)] = [("title", "Verloren laptop"), ("facts", "Een laptop met dossiers is verloren."),
                                              ("becameAwareAt", RegisterWords.localInput(aware)), ("risk", "unknown"), ("decision", "open")]
            let created = try await gent.post("/verwerkingsregister/beheer/datalekken/nieuw", fields)
            #expect(created.status == .seeOther)
            let path = try #require(created.headers.first(name: .location)).components(separatedBy: "?")[0]
            #expect(try await gent.get(path).body.string.contains("TE LAAT"))
            // notified now, after 72 hours, without a reason: refused at the field, nothing changed
            let late = fields.filter { $0.0 != "decision" && $0.0 != "risk" }
                + [("risk", "risk"), ("decision", "notified"), ("notifiedAt", RegisterWords.localInput(Date()))]
            let refused = try await gent.post(path, late)
            #expect(refused.status == .badRequest && refused.body.string.contains("href=\"#lateReason\""))
            // a moment that does not read is located too
            let unreadable = try await gent.post(path, fields.filter { $0.0 != "becameAwareAt" } + [("becameAwareAt", "gisteren")])
            #expect(unreadable.status == .badRequest && unreadable.body.string.contains("href=\"#becameAwareAt\""))
            #expect(try await gent.post(path, late + [("lateReason", "De omvang was pas later bekend.")]).status == .seeOther)
            #expect(try await gent.get(path).body.string.contains("na 72 uur"))
            // another city's member finds nothing
            let leuven = try await Accounts.signedIn(app, "privacy@leuven.be", organisation: "leuven", role: .editor)
            #expect(try await leuven.get(path).status == .notFound)
            #expect(try await leuven.post(path, late + [("lateReason", "x")]).status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theDPIACheckIsSavedWithItsVerdict(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let gent = try await Accounts.signedIn(app, "privacy@gent.be", organisation: "gent", role: .editor)
            let id = try await Self.create(gent, "Camerabewaking")
            try await gent.get("/verwerkingsregister/beheer/activiteiten/\(id)/dpia")
            let answers = DPIAQuestion.allCases.map { ($0.rawValue, [DPIAQuestion.systematicMonitoring, .largeScale].contains($0) ? "yes" : "no") }
            #expect(try await gent.post("/verwerkingsregister/beheer/activiteiten/\(id)/dpia", answers).status == .seeOther)
            let page = try await gent.get("/verwerkingsregister/beheer/activiteiten/\(id)/dpia").body.string
            #expect(page.contains("Een DPIA is nodig") && page.contains("2 van de 9 criteria"))
            #expect(try await gent.post("/verwerkingsregister/beheer/activiteiten/\(id)/dpia", [("largeScale", "misschien")]).status == .badRequest)
            #expect(try await gent.get("/verwerkingsregister/beheer").body.string.contains("Een DPIA is nodig"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func remindersReachTheDPOOnceThroughARealSMTPServer(database: TestDatabase) async throws {
        let server = try SMTPTestServer(port: try SMTPTestServer.freePort())
        defer { server.stop() }
        try await withTestApp(database) { app in
            // setup: Gent's DPO, an overdue request and a breach open for 50 hours; Leuven has no DPO
            let gent = try await Accounts.organisation(app, "gent").id!
            let leuven = try await Accounts.organisation(app, "leuven").id!
            try await RegisterSettingsStore(database: app.db).setDPO(name: "Dee Peeo", email: "dpo@gent.be", organisationID: gent, actor: .commandLine)
            let today = RegisterWords.today()
            let requests = RegisterRequestStore(database: app.db)
            _ = try await requests.create(reference: "AVG-9", kind: .access, received: today.adding(months: -1).previousDays(2), activityID: nil,
                                          summary: "", organisationID: gent, userID: nil, actor: .commandLine)
            _ = try await requests.create(reference: "AVG-10", kind: .access, received: today, activityID: nil, summary: "", organisationID: gent,
                                          userID: nil, actor: .commandLine)
            _ = try await requests.create(reference: "L-1", kind: .access, received: today.adding(months: -2), activityID: nil, summary: "",
                                          organisationID: leuven, userID: nil, actor: .commandLine)
            _ = try await RegisterBreachStore(database: app.db).create(
                BreachRecord(title: "Verkeerde mail", facts: "Mail naar de verkeerde ontvanger", becameAwareAt: Date().addingTimeInterval(-50 * 3_600)),
                organisationID: gent, actor: .commandLine)
            // act: the command's work, twice
            let first = try await RegisterReminders(database: app.db).run()
            let second = try await RegisterReminders(database: app.db).run()
            // check: two reminders (the overdue request, the breach at 48 h), none again, Leuven reported without a DPO
            #expect(first.queued == 2 && first.withoutDPO == [leuven])
            #expect(second.queued == 0 && second.alreadySent == 2)
            let worker = MailWorker(settings: MailTests.settings(port: server.port), database: app.db)
            let outcome = try await worker.deliverDue(now: Date().addingTimeInterval(1))
            #expect(outcome.sent == 2)
            let received = try server.received()
            #expect(received.count == 2 && received.allSatisfy { $0.to == ["dpo@gent.be"] })
            let messages = received.map(\.message).joined()
            #expect(messages.contains("AVG-9") && !messages.contains("AVG-10") && !messages.contains("L-1"))
        }
    }

    @Test func theDemoLoadsOnceWithPublishedActivitiesAndTemplates() async throws {
        try await withTestApp(.sqlite) { app in
            let first = try await RegisterDemo.load(into: app)
            #expect(first?.contains("7 verwerkingen") == true)
            #expect(try await RegisterDemo.load(into: app)?.contains("al geladen") == true)
            let page = try await Browser(app).get("/verwerkingsregister/voorbeeldstad")
            #expect(page.body.string.contains("Camerabewaking openbaar domein") && !page.body.string.contains("Personeelsadministratie"))
            #expect(try await RegisterActivityStore(database: app.db).templates().count == 3)
        }
    }
}
