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

/// DEMaD through the application: pseudonymous cases (the same number finds the same case, only a keyed hash is
/// stored), scoping to the own organisation for reading and writing, measurements by form and by CSV import (all or
/// nothing, located problems), the dashboard, the benchmark with suppression (page, API) and the retention purge.
@Suite("DEMaD")
struct DemadTests {
    static func count(_ app: Application, _ table: String) async throws -> Int {
        try await app.db.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? -1
    }

    static func caseID(fromLocation response: TestingHTTPResponse) -> Int? {
        guard let location = response.headers.first(name: .location) else { return nil }
        let path = location.split(separator: "?")[0]
        return Int(path.split(separator: "/").last ?? "")
    }

    static func upload(_ browser: Browser, _ csv: String, name: String = "metingen.csv") async throws -> TestingHTTPResponse {
        try await browser.get("/demad/import")
        return try await PlanManageTests.upload(browser, "/demad/import", [("csrf", browser.csrf ?? "")],
                                                files: [(field: "bestand", filename: name, data: Data(csv.utf8))])
    }

    @Test(arguments: TestDatabase.available)
    func theSameDossierNumberFindsTheSameCaseAndOnlyAKeyedHashIsStored(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            let gent = try await Accounts.signedIn(app, "werker@gent.be", organisation: "gent", role: .editor)
            try await gent.get("/demad/dossiers")
            // act: open with spaces and small letters, then again as written elsewhere
            let first = try await gent.post("/demad/dossiers", [("dossier", "ab 123/45"), ("taal", "ja")])
            let again = try await gent.post("/demad/dossiers", [("dossier", "AB123/45")])
            // check
            #expect(first.status == .seeOther)
            let id = try #require(Self.caseID(fromLocation: first))
            #expect(Self.caseID(fromLocation: again) == id)
            #expect(first.headers.first(name: .location)?.contains("gelukt=geopend") == true)
            #expect(again.headers.first(name: .location)?.contains("gelukt=gevonden") == true)
            #expect(try await Self.count(app, "demad_cases") == 1)
            let stored = try #require(try await app.db.sql.raw("SELECT pseudonym FROM demad_cases").first()?.decode(column: "pseudonym", as: String.self))
            #expect(stored.count == 64 && stored.allSatisfy(\.isHexDigit))
            #expect(!stored.contains("123"))
            // nothing in the audit trail holds the number
            let audit = try await AuditLog.events(.init(), limit: 1000, on: app.db)
            #expect(!audit.contains { "\($0.summary) \($0.changes)".contains("AB123") || "\($0.summary) \($0.changes)".contains("ab 123") })
            // the case page shows the sequence number, not the dossier number
            let page = try await gent.get("/demad/dossiers/\(id)")
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("AB123"))
            #expect(page.body.string.contains("Dossier \(id)"))
            // another organisation's key makes another pseudonym of the same number
            let leuven = try await Accounts.signedIn(app, "werker@leuven.be", organisation: "leuven", role: .editor)
            try await leuven.get("/demad/dossiers")
            let other = try await leuven.post("/demad/dossiers", [("dossier", "AB123/45")])
            #expect(Self.caseID(fromLocation: other) != id)
            let pseudonyms = try await app.db.sql.raw("SELECT pseudonym FROM demad_cases").all().map { try $0.decode(column: "pseudonym", as: String.self) }
            #expect(Set(pseudonyms).count == 2)
            // a bad number is refused at its field
            try await gent.get("/demad/dossiers")
            let bad = try await gent.post("/demad/dossiers", [("dossier", "<script>")])
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("geef een dossiernummer"))
            #expect(!bad.body.string.contains("<script>"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func aMemberOfAnotherCityCanNeitherReadNorWriteACase(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: a case of Gent with one measurement
            let gent = try await Accounts.signedIn(app, "werker@gent.be", organisation: "gent", role: .editor)
            try await gent.get("/demad/dossiers")
            let id = try #require(Self.caseID(fromLocation: try await gent.post("/demad/dossiers", [("dossier", "G-1")])))
            try await gent.get("/demad/dossiers/\(id)")
            let measured = try await gent.post("/demad/dossiers/\(id)/metingen", [("datum", "2026-01-10"), ("inkomen", "2"), ("schulden", "1")])
            #expect(measured.status == .seeOther)
            let leuven = try await Accounts.signedIn(app, "admin@leuven.be", organisation: "leuven", role: .organisationAdmin)
            // act + check: reading
            #expect(try await leuven.get("/demad/dossiers/\(id)").status == .notFound)
            let list = try await leuven.get("/demad/dossiers")
            #expect(!list.body.string.contains("/demad/dossiers/\(id)\""))
            // writing, with Leuven's own valid CSRF token
            let write = try await leuven.post("/demad/dossiers/\(id)/metingen", [("datum", "2026-02-10"), ("inkomen", "5")])
            #expect(write.status == .notFound)
            let settings = try await leuven.post("/demad/dossiers/\(id)/gegevens", [("afgesloten", "2026-02-01")])
            #expect(settings.status == .notFound)
            #expect(try await Self.count(app, "demad_measurements") == 1)
            #expect(try await app.db.sql.raw("SELECT closed_on FROM demad_cases").first()?.decode(column: "closed_on", as: String?.self) == .some(nil))
            // a viewer of Gent reads but does not write
            let viewer = try await Accounts.signedIn(app, "lezer@gent.be", organisation: "gent", role: .viewer)
            #expect(try await viewer.get("/demad/dossiers/\(id)").status == .ok)
            #expect(try await viewer.post("/demad/dossiers/\(id)/metingen", [("datum", "2026-02-10"), ("inkomen", "5")]).status == .forbidden)
            // visitors are sent to sign in
            let visitor = Browser(app)
            #expect(try await visitor.get("/demad/dossiers/\(id)").status != .ok)
            #expect(try await visitor.get("/demad").body.string.contains("Meld je aan"))
        }
    }

    @Test func measurementsByFormAreCheckedAndNeverReplaced() async throws {
        try await withTestApp(.sqlite) { app in
            let gent = try await Accounts.signedIn(app, "werker@gent.be", organisation: "gent", role: .editor)
            try await gent.get("/demad/dossiers")
            let id = try #require(Self.caseID(fromLocation: try await gent.post("/demad/dossiers", [("dossier", "G-2")])))
            try await gent.get("/demad/dossiers/\(id)")
            // bad: no date, a score out of the scale, more goals reached than set
            let bad = try await gent.post("/demad/dossiers/\(id)/metingen", [("datum", "2026-02-30"), ("inkomen", "7"), ("doelen_gesteld", "1"),
                                                                              ("doelen_bereikt", "2")])
            #expect(bad.status == .badRequest)
            let html = bad.body.string
            #expect(html.contains("&apos;2026-02-30&apos; is geen datum") || html.contains("'2026-02-30' is geen datum"))
            #expect(html.contains("inkomen: "))
            #expect(html.contains("meer doelen bereikt dan gesteld"))
            #expect(try await Self.count(app, "demad_measurements") == 0)
            // good, twice on one day: the second refused
            #expect(try await gent.post("/demad/dossiers/\(id)/metingen", [("datum", "2026-01-05"), ("inkomen", "1"), ("schulden", "2")]).status == .seeOther)
            try await gent.get("/demad/dossiers/\(id)")
            let twice = try await gent.post("/demad/dossiers/\(id)/metingen", [("datum", "2026-01-05"), ("inkomen", "4")])
            #expect(twice.status == .badRequest)
            #expect(twice.body.string.contains("niet overschreven"))
            // a later one, and the case page shows the change
            try await gent.post("/demad/dossiers/\(id)/metingen", [("datum", "2026-07-05"), ("inkomen", "3"), ("schulden", "2"), ("doelen_gesteld", "2"),
                                                                   ("doelen_bereikt", "1")])
            let page = try await gent.get("/demad/dossiers/\(id)?gelukt=gemeten")
            #expect(page.body.string.contains("+2,00"))
            #expect(page.body.string.contains("1 van 2"))
            #expect(try await Self.count(app, "demad_scores") == 4)
            #expect(!page.body.string.contains("⟦"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func anImportIsAllOrNothingWithEveryProblemLocated(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let gent = try await Accounts.signedIn(app, "werker@gent.be", organisation: "gent", role: .editor)
            // good: two cases, three measurements, one worker named
            let good = try await Self.upload(gent, """
                dossier;datum;inkomen;schulden;doelen_gesteld;doelen_bereikt;medewerker
                X-1;2025-01-10;2;1;2;0;werker@gent.be
                X-1;2025-08-10;3;2;2;1;
                X-2;10/02/2025;1;;;;
                """)
            #expect(good.status == .ok)
            #expect(good.body.string.contains("Ingelezen: 3 metingen in 2 dossiers, waarvan 2 nieuw"))
            #expect(try await Self.count(app, "demad_cases") == 2)
            #expect(try await Self.count(app, "demad_measurements") == 3)
            // bad: a new case, a replaced day, a bad score, a stranger as worker → nothing written
            let bad = try await Self.upload(gent, """
                dossier;datum;inkomen;schulden;medewerker
                X-3;2025-03-01;2;2;
                X-1;2025-08-10;4;4;
                X-2;2025-05-01;9;;
                X-2;2025-06-01;3;;iemand@leuven.be
                """, name: "fout.csv")
            #expect(bad.status == .unprocessableEntity)
            let html = bad.body.string
            #expect(html.contains("fout.csv, rij 4, kolom inkomen: &apos;9&apos; is geen score") || html.contains("fout.csv, rij 4, kolom inkomen: '9' is geen score"))
            #expect(try await Self.count(app, "demad_cases") == 2)
            #expect(try await Self.count(app, "demad_measurements") == 3)
            // the rows are fine, but one replaces a measurement and one names a stranger: refused in the transaction
            let replace = try await Self.upload(gent, """
                dossier;datum;inkomen;medewerker
                X-3;2025-03-01;2;
                X-1;2025-08-10;4;
                X-2;2025-06-01;3;iemand@leuven.be
                """, name: "vervang.csv")
            #expect(replace.status == .unprocessableEntity)
            #expect(replace.body.string.contains("vervang.csv, rij 3, kolom datum: dit dossier heeft al een meting op 2025-08-10"))
            #expect(replace.body.string.contains("vervang.csv, rij 4, kolom medewerker"))
            #expect(try await Self.count(app, "demad_cases") == 2)
            #expect(try await Self.count(app, "demad_measurements") == 3)
            // a header with an unknown column, and an empty upload
            let header = try await Self.upload(gent, "dossier;datum;inkomsten\nX-1;2025-01-01;2\n", name: "kop.csv")
            #expect(header.body.string.contains("kop.csv, rij 1, kolom inkomsten: onbekende kolom"))
            #expect(try await Self.upload(gent, "", name: "leeg.csv").status == .badRequest)
            // a viewer may not import
            let viewer = try await Accounts.signedIn(app, "lezer@gent.be", organisation: "gent", role: .viewer)
            #expect(try await viewer.get("/demad/import").status == .forbidden)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theBenchmarkSuppressesSmallCellsOnThePageAndInTheAPI(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: the demo's three cities, all taking part
            let summary = try await DemadDemo.load(into: app)
            #expect(summary?.contains("turnhout 60") == true)
            #expect(try await Self.count(app, "demad_cases") == 320)
            // a member of a participating city sees the page
            let aalst = try await Accounts.signedIn(app, "werker@aalst.be", organisation: "aalst", role: .viewer)
            let page = try await aalst.get("/demad/benchmark?domein=schulden")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Stad Turnhout"))
            #expect(page.body.string.contains("afgeschermd"))
            #expect(!page.body.string.contains("⟦"))
            #expect(try await aalst.get("/demad/benchmark?domein=onbestaand").status == .badRequest)
            // the API: Turnhout's cells are suppressed, nothing below K is shown anywhere
            let token = try await Accounts.token(app, email: "werker@aalst.be", scope: .read)
            let client = Browser(app)
            client.headers.add(name: .authorization, value: "Bearer \(token)")
            let api = try await client.get("/api/v1/demad/benchmark")
            #expect(api.status == .ok)
            struct Cell: Decodable { let city: String; let domain: String; let status: String; let suppression: String?; let cases: Int? }
            struct Answer: Decodable { let minimumCases: Int; let cities: [String]; let cells: [Cell]; let totals: [Cell] }
            let answer = try JSONDecoder().decode(Answer.self, from: Data(api.body.readableBytesView))
            #expect(answer.minimumCases == 10)
            #expect(answer.cities == ["aalst", "kortrijk", "turnhout"])
            #expect(answer.cells.contains { $0.city == "turnhout" && $0.suppression == "primary" })
            #expect((answer.cells + answer.totals).compactMap(\.cases).allSatisfy { $0 >= 10 })
            // every domain with a suppressed cell has at least two, holding K together (checked from the store's own figures)
            for domain in Set(answer.cells.map(\.domain)) {
                let hidden = answer.cells.filter { $0.domain == domain && $0.status == "suppressed" }
                #expect(hidden.isEmpty || hidden.count >= 2, "\(domain)")
            }
            // not for a city that does not take part, nor for visitors
            let gent = try await Accounts.signedIn(app, "werker@gent.be", organisation: "gent", role: .organisationAdmin)
            #expect(try await gent.get("/demad/benchmark").status == .forbidden)
            #expect(try await Browser(app).get("/api/v1/demad/benchmark").status == .unauthorized)
            // Gent's admin turns participation on: then it may look (its own empty figures are no data)
            try await gent.get("/demad")
            #expect(try await gent.post("/demad/deelname", [("deelname", "ja")]).status == .seeOther)
            #expect(try await gent.get("/demad/benchmark").status == .ok)
            // an editor may not change the participation
            let editor = try await Accounts.signedIn(app, "redacteur@aalst.be", organisation: "aalst", role: .editor)
            try await editor.get("/demad")
            #expect(try await editor.post("/demad/deelname", [("deelname", "nee")]).status == .forbidden)
        }
    }

    @Test func theDashboardNamesWorkersOnlyForAdminsInBothLanguages() async throws {
        try await withTestApp(.sqlite) { app in
            _ = try await DemadDemo.load(into: app)
            let admin = try await Accounts.signedIn(app, "admin@aalst.be", organisation: "aalst", role: .organisationAdmin)
            let named = try await admin.get("/demad")
            #expect(named.status == .ok)
            #expect(named.body.string.contains("Demo-medewerker"))
            #expect(named.body.string.contains("id=\"demad-outcome-table\""))
            #expect(named.body.string.contains("id=\"demad-workload-table\""))
            #expect(named.body.string.contains("id=\"demad-spread\""))
            #expect(!named.body.string.contains("⟦"))
            let viewer = try await Accounts.signedIn(app, "lezer@aalst.be", organisation: "aalst", role: .viewer)
            let numbered = try await viewer.get("/demad")
            #expect(!numbered.body.string.contains("Demo-medewerker"))
            #expect(numbered.body.string.contains("Medewerker 1"))
            let english = try await viewer.get("/demad?lang=en")
            #expect(english.body.string.contains("Worker 1"))
            #expect(!english.body.string.contains("⟦"))
            for path in ["/demad/dossiers", "/demad/schaal", "/demad/benchmark"] {
                let response = try await viewer.get(path)
                #expect(response.status == .ok, "\(path)")
                #expect(!response.body.string.contains("⟦"), "\(path)")
            }
            // the demo workers cannot sign in
            let demo = try #require(try await AccountService(database: app.db).user(email: "demad-medewerker-1@demo.aalst.example"))
            #expect(demo.isDisabled)
        }
    }

    @Test(arguments: TestDatabase.available)
    func casesClosedLongerThanTheRetentionPeriodArePurged(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let gent = try #require(try await Accounts.organisation(app, "gent").id)
            let store = DemadStore(database: app.db)
            let old = try await store.open(dossier: "OUD", organisationID: gent, workerID: nil, languageSupport: false,
                                           opened: DemadDay("2019-01-01")!, actor: .commandLine)
            let recent = try await store.open(dossier: "RECENT", organisationID: gent, workerID: nil, languageSupport: false,
                                              opened: DemadDay("2020-01-01")!, actor: .commandLine)
            let open = try await store.open(dossier: "OPEN", organisationID: gent, workerID: nil, languageSupport: false,
                                            opened: DemadDay("2015-01-01")!, actor: .commandLine)
            for id in [old.id, recent.id, open.id] {
                try await store.addMeasurement(DemadMeasurement(day: DemadDay("2020-02-01")!, scores: ["inkomen": 2]), caseID: id, organisationID: gent,
                                               userID: nil, actor: .commandLine)
            }
            try await store.update(caseID: old.id, organisationID: gent, workerID: nil, languageSupport: false, closed: DemadDay("2021-06-01")!, actor: .commandLine)
            try await store.update(caseID: recent.id, organisationID: gent, workerID: nil, languageSupport: false, closed: DemadDay("2021-06-03")!,
                                   actor: .commandLine)
            // act: on 2026-06-02 the limit is 2021-06-02
            let removed = try await store.purgeExpired(today: DemadDay("2026-06-02")!)
            // check
            #expect(removed == 1)
            let left = try await store.cases(organisationID: gent).map(\.id)
            #expect(left.sorted() == [recent.id, open.id].sorted())
            #expect(try await Self.count(app, "demad_measurements") == 2)
            #expect(try await Self.count(app, "demad_scores") == 2)
            #expect(try await store.purgeExpired(today: DemadDay("2026-06-02")!) == 0)
        }
    }
}
