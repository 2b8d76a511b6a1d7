import AccessDomain
@testable import App
import ConsoleKit
import Foundation
@testable import Platform
@testable import Plannen
import PlannenDomain
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Managing plans on SQLite and PostgreSQL: the import through the command line, the upload page and the API is all
/// or nothing with every problem located; import then export gives the same bytes; an amendment leaves the adopted
/// version alone; only a city's own admins import, adopt, publish and run its periods; a closed period takes no
/// update until an admin reopens it (and the trail says so); reminders are one mail per owner in the outbox.
@Suite("Plannen: import, export, manage page, periods, reminders, API")
struct PlanManageTests {
    // MARK: Support

    static let demoPlan = PlannenDemo.file("voorbeeldstad-plan.csv", as: "plan.csv").path
    static let demoBudget = PlannenDemo.file("voorbeeldstad-budget.csv", as: "budget.csv").path
    static let planPath = "/plannen/voorbeeldstad/mjp-2026-2031"
    static let tables = ["plans", "plan_versions", "plan_items", "plan_budget_lines", "plan_periods", "plan_item_updates",
                         "audit_events", "mail_outbox"]

    static func count(_ app: Application, _ table: String) async throws -> Int {
        try await app.db.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()!
            .decode(column: "n", as: Int.self)
    }

    /// The number of rows of every table an import, a period change or a reminder could touch.
    static func counts(_ app: Application) async throws -> [String: Int] {
        var result: [String: Int] = [:]
        for table in tables { result[table] = try await count(app, table) }
        return result
    }

    /// The lines of a shipped file (CRLF, as spreadsheets write them; "\r\n" is one Character in Swift).
    static func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
    }

    /// The shipped demo files with four mistakes: an unknown status (row 4), a second row for code AC010102 with
    /// another title (row 7), a parent that does not exist (row 9) and an amount with two decimal commas (budget row 7).
    static func badFiles(in directory: URL) throws -> (plan: String, budget: String) {
        var plan = try lines(demoPlan)
        var row = plan[3].components(separatedBy: ";")
        row[11] = "bijna-klaar"
        plan[3] = row.joined(separator: ";")
        var duplicate = plan[4].components(separatedBy: ";")
        #expect(duplicate[1] == "AC010102")
        duplicate[3] = "Een andere titel"
        plan.insert(duplicate.joined(separator: ";"), at: 6)
        var orphan = plan[8].components(separatedBy: ";")
        orphan[2] = "AP9999"
        plan[8] = orphan.joined(separator: ";")
        var budget = try lines(demoBudget)
        var line = budget[6].components(separatedBy: ";")
        line[5] = "12,3,4"
        budget[6] = line.joined(separator: ";")
        let planURL = directory.appendingPathComponent("plan.csv")
        let budgetURL = directory.appendingPathComponent("budget.csv")
        try plan.joined(separator: "\r\n").write(to: planURL, atomically: true, encoding: .utf8)
        try budget.joined(separator: "\r\n").write(to: budgetURL, atomically: true, encoding: .utf8)
        return (planURL.path, budgetURL.path)
    }

    static let expectedProblems = [
        "plan.csv, rij 4, kolom status: onbekende status 'bijna-klaar'",
        "plan.csv, rij 7, kolom titel: code 'AC010102' staat al op rij 5",
        "plan.csv, rij 9, kolom oudercode: oudercode 'AP9999' bestaat niet",
        "budget.csv, rij 7, kolom bedrag: '12,3,4'",
    ]

    /// A one-sheet workbook with inline strings, zipped by Python's zipfile (the test target has no zip writer).
    static func workbook(_ rows: [[String]], at path: String) throws {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var sheet = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (r, row) in rows.enumerated() {
            sheet += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() where !cell.isEmpty {
                let column = String(UnicodeScalar(UInt8(65 + c)))
                sheet += "<c r=\"\(column)\(r + 1)\" t=\"inlineStr\"><is><t>\(escape(cell))</t></is></c>"
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let sheetPath = path + ".sheet.xml"
        try sheet.write(toFile: sheetPath, atomically: true, encoding: .utf8)
        let script = """
            import sys, zipfile
            path, sheet = sys.argv[1], sys.argv[2]
            parts = {
              '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
              '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
              'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="plan" sheetId="1" r:id="rId1"/></sheets></workbook>',
              'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
              'xl/worksheets/sheet1.xml': open(sheet, encoding='utf-8').read(),
            }
            with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
                for name, text in parts.items(): z.writestr(name, text)
            """
        try SMTPTestServer.run(["python3", "-c", script, path, sheetPath])
    }

    /// Runs `stadsbeeld plannen …` in the test's application; what it printed, or the error it stopped with.
    @discardableResult
    static func command(_ app: Application, _ arguments: [String]) async throws -> CaptureConsole {
        let console = CaptureConsole()
        var context = CommandContext(console: console, input: CommandInput(arguments: ["stadsbeeld plannen"] + arguments))
        context.application = app
        do {
            try await PlannenCommand().run(using: &context)
        } catch {
            console.failure = "\(error)"
        }
        return console
    }

    /// A multipart body as a browser or script sends it: text fields and files (name, file name, bytes).
    static func multipart(_ fields: [(String, String)], files: [(field: String, filename: String, data: Data)])
        -> (contentType: String, body: ByteBuffer) {
        let boundary = "----stadsbeeld-test-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        for file in files {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\nContent-Type: text/csv\r\n\r\n".utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(data: body))
    }

    static func upload(_ browser: Browser, _ path: String, _ fields: [(String, String)],
                       files: [(field: String, filename: String, data: Data)]) async throws -> TestingHTTPResponse {
        let (type, body) = multipart(fields, files: files)
        return try await browser.send(.POST, path, contentType: type, body: body)
    }

    /// A signed-in browser that has opened `page`, so it holds that page's CSRF token.
    static func admin(_ app: Application, _ email: String, organisation: String = "voorbeeldstad", role: Role = .organisationAdmin,
                      opening page: String) async throws -> Browser {
        let browser = try await Accounts.signedIn(app, email, organisation: organisation, role: role)
        let response = try await browser.get(page)
        #expect(response.status == .ok, "\(email) could not open \(page): \(response.status)")
        return browser
    }

    // MARK: Command line

    @Test(arguments: TestDatabase.available)
    func badFilesAreRefusedWholeWithEveryProblemLocated(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            _ = try await PlannenDemo.load(into: app.db)
            let directory = try Fixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let bad = try Self.badFiles(in: directory)
            let before = try await Self.counts(app)
            // act
            let console = try await Self.command(app, ["import", "--organisatie", "voorbeeldstad", "--plan", "mjp-2026-2031", bad.plan, bad.budget])
            // check: every problem on stderr, with file, row and column; the command failed; nothing changed
            #expect(console.failure?.contains("niets ingelezen: 4 problemen") == true)
            #expect(console.errors.count == 4)
            for (line, expected) in zip(console.errors, Self.expectedProblems) { #expect(line.hasPrefix(expected), "\(line)") }
            #expect(console.output.isEmpty)
            #expect(try await Self.counts(app) == before)

            // The same rows as a workbook: the problem names the .xlsx and the spreadsheet's row.
            var rows = try Self.lines(Self.demoPlan).prefix(4).map { $0.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: ";") }
            rows[2][11] = "half af"
            let workbook = directory.appendingPathComponent("plan.xlsx").path
            try Self.workbook(Array(rows), at: workbook)
            let xlsx = try await Self.command(app, ["import", "--organisatie", "voorbeeldstad", "--plan", "mjp-2026-2031", workbook])
            #expect(xlsx.errors == ["plan.xlsx, rij 3, kolom status: onbekende status 'half af'; kies niet-gestart, gestart, op-schema, vertraagd, uitgesteld, stopgezet, gerealiseerd"])
            #expect(try await Self.counts(app) == before)
            // Fixed, the workbook imports: three items in a new version (the demo's version 0 is adopted).
            rows[2][11] = "gestart"
            try Self.workbook(Array(rows), at: workbook)
            let fixed = try await Self.command(app, ["import", "--organisatie", "voorbeeldstad", "--plan", "mjp-2026-2031", workbook])
            #expect(fixed.failure == nil, "\(fixed.errors)")
            #expect(fixed.output.contains("Ingelezen: nieuwe versie 1 (meerjarenplanaanpassing, ontwerp) van plan mjp-2026-2031 van voorbeeldstad."))
            #expect(fixed.output.contains("3 items, 0 budgetlijnen."))

            // An unknown organisation or a bad plan code is said, and nothing happens.
            let after = try await Self.counts(app)
            let unknown = try await Self.command(app, ["import", "--organisatie", "nergens", "--plan", "mjp-2026-2031", Self.demoPlan])
            #expect(unknown.failure?.contains("er is geen organisatie met de code nergens") == true)
            let badCode = try await Self.command(app, ["import", "--organisatie", "gent", "--plan", "Mijn Plan", Self.demoPlan])
            #expect(badCode.failure?.contains("kleine letters, cijfers en streepjes") == true)
            #expect(try await Self.counts(app) == after)
        }
    }

    @Test(arguments: TestDatabase.available)
    func importThenExportGivesTheSameBytesAndAnAmendmentLeavesTheAdoptedVersion(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: the shipped files, under the names a city would give them
            let directory = try Fixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let shippedPlan = try Data(contentsOf: URL(fileURLWithPath: Self.demoPlan))
            let shippedBudget = try Data(contentsOf: URL(fileURLWithPath: Self.demoBudget))
            // act
            let imported = try await Self.command(app, ["import", "--organisatie", "gent", "--plan", "mjp-2026-2031", "--naam",
                                                        "Meerjarenplan Gent 2026-2031", Self.demoPlan, Self.demoBudget])
            let exported = try await Self.command(app, ["export", "--organisatie", "gent", "--plan", "mjp-2026-2031",
                                                        directory.appendingPathComponent("v0").path])
            // check
            #expect(imported.failure == nil, "\(imported.errors)")
            #expect(imported.output.contains("Ingelezen: nieuw plan mjp-2026-2031 van gent, versie 0 (ontwerp)."))
            #expect(imported.output.contains("200 items, 2625 budgetlijnen."))
            #expect(imported.output.contains("Items toegevoegd: 200 ("))
            #expect(exported.failure == nil)
            #expect(try Data(contentsOf: directory.appendingPathComponent("v0/plan.csv")) == shippedPlan)
            #expect(try Data(contentsOf: directory.appendingPathComponent("v0/budget.csv")) == shippedBudget)
            let listed = try await Self.command(app, ["list"])
            #expect(listed.output.contains("gent\tmjp-2026-2031\tMeerjarenplan Gent 2026-2031\tversies: 0 ontwerp\tniet gepubliceerd"))

            // An amendment after adoption: a new version; version 0 keeps its content byte for byte.
            let store = PlanStore(database: app.db)
            let plan = try #require(try await store.plan(organisation: "gent", code: "mjp-2026-2031"))
            try await PlanService(database: app.db).adoptDraft(of: plan, on: PlanDate(year: 2025, month: 12, day: 18)!, by: .commandLine)
            var lines = try Self.lines(Self.demoPlan)
            var row = lines[3].components(separatedBy: ";")
            let code = row[1]
            row[3] = "Fietssnelweg afwerken, herzien"
            lines[3] = row.joined(separator: ";")
            let amended = directory.appendingPathComponent("aangepast.csv")
            try lines.joined(separator: "\r\n").write(to: amended, atomically: true, encoding: .utf8)
            let amendment = try await Self.command(app, ["import", "--organisatie", "gent", "--plan", "mjp-2026-2031", amended.path, Self.demoBudget])
            #expect(amendment.output.contains("Ingelezen: nieuwe versie 1 (meerjarenplanaanpassing, ontwerp) van plan mjp-2026-2031 van gent."))
            #expect(amendment.output.contains("Items gewijzigd: 1 (\(code))."))
            #expect(amendment.output.contains("Items toegevoegd: 0."))
            try await Self.command(app, ["export", "--organisatie", "gent", "--plan", "mjp-2026-2031", "--versie", "0",
                                         directory.appendingPathComponent("again-v0").path])
            try await Self.command(app, ["export", "--organisatie", "gent", "--plan", "mjp-2026-2031",
                                         directory.appendingPathComponent("v1").path])
            #expect(try Data(contentsOf: directory.appendingPathComponent("again-v0/plan.csv")) == shippedPlan)
            let v1 = try String(contentsOf: directory.appendingPathComponent("v1/plan.csv"), encoding: .utf8)
            #expect(v1.contains(";Fietssnelweg afwerken, herzien;") && !String(decoding: shippedPlan, as: UTF8.self).contains("afwerken, herzien"))
            let versions = try #require(try await store.plan(organisation: "gent", code: "mjp-2026-2031")).versions
            #expect(versions.map(\.number) == [0, 1] && versions[0].adoptedOn?.iso == "2025-12-18" && versions[1].adoptedOn == nil)
            // A version that does not exist is said.
            let missing = try await Self.command(app, ["export", "--organisatie", "gent", "--plan", "mjp-2026-2031", "--versie", "7",
                                                       directory.appendingPathComponent("x").path])
            #expect(missing.failure?.contains("heeft geen versie '7'; versies: 0, 1") == true)
        }
    }

    // MARK: Upload page

    @Test(arguments: TestDatabase.available)
    func theUploadPageIsForTheCitysOwnAdmins(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            _ = try await PlannenDemo.load(into: app.db)
            let page = "/plannen/voorbeeldstad/inlezen"
            let good = try Data(contentsOf: URL(fileURLWithPath: Self.demoPlan))
            let goodBudget = try Data(contentsOf: URL(fileURLWithPath: Self.demoBudget))
            // A visitor is sent to sign in; an editor of the city and another city's admin are refused, page and post.
            let visitor = try await Browser(app).get(page)
            #expect(visitor.status == .seeOther && visitor.headers.first(name: .location)?.hasPrefix("/aanmelden") == true)
            let editor = try await Accounts.signedIn(app, "redacteur@voorbeeldstad.be", organisation: "voorbeeldstad", role: .editor)
            #expect(try await editor.get(page).status == .forbidden)
            let other = try await Accounts.signedIn(app, "beheer@gent.be", organisation: "gent", role: .organisationAdmin)
            #expect(try await other.get(page).status == .forbidden)
            var before = try await Self.counts(app)
            for browser in [editor, other] {
                let refused = try await Self.upload(browser, page, [("csrf", browser.csrf ?? ""), ("plan", "mjp-2026-2031")],
                                                    files: [("planbestand", "plan.csv", good)])
                #expect(refused.status == .forbidden)
            }
            let afterRefusals = try await Self.counts(app)
            #expect(afterRefusals == before, "\(afterRefusals) \(before)")

            // The city's admin: bad files answer 400 with every problem located, under the names uploaded.
            let admin = try await Self.admin(app, "beheer@voorbeeldstad.be", opening: page)
            let directory = try Fixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let bad = try Self.badFiles(in: directory)
            let csrf = try #require(admin.csrf)
            before = try await Self.counts(app)
            let refused = try await Self.upload(admin, page, [("csrf", csrf), ("plan", "mjp-2026-2031"), ("naam", "")], files: [
                ("planbestand", "meerjarenplan.csv", try Data(contentsOf: URL(fileURLWithPath: bad.plan))),
                ("budgetbestand", "budget 2026.csv", try Data(contentsOf: URL(fileURLWithPath: bad.budget))),
            ])
            #expect(refused.status == .badRequest)
            let html = refused.body.string
            #expect(html.contains("Niets ingelezen: er zijn 4 problemen in de bestanden."))
            #expect(html.contains("<td>meerjarenplan.csv</td><td class=\"num\">4</td><td>status</td><td>onbekende status &#39;bijna-klaar&#39;")
                    || html.contains("<td>meerjarenplan.csv</td><td class=\"num\">4</td><td>status</td><td>onbekende status 'bijna-klaar'"))
            #expect(html.contains("<td>budget 2026.csv</td><td class=\"num\">7</td><td>bedrag</td>"))
            #expect(try await Self.counts(app) == before)
            // Without a plan file, or with a bad code: the form again, 400.
            let empty = try await Self.upload(admin, page, [("csrf", csrf), ("plan", "Mijn Plan")], files: [("planbestand", "", Data())])
            #expect(empty.status == .badRequest)
            #expect(empty.body.string.contains("Kies het bestand met het plan")
                    && (empty.body.string.contains("niet &#39;Mijn Plan&#39;") || empty.body.string.contains("niet 'Mijn Plan'")))
            // Without the CSRF token nothing is read.
            let forged = try await Self.upload(admin, page, [("plan", "mjp-2026-2031")], files: [("planbestand", "plan.csv", good)])
            #expect(forged.status == .forbidden)
            #expect(try await Self.counts(app) == before)

            // Good files: a new version (the demo's is adopted), 303 to the manage page, which says what happened.
            let accepted = try await Self.upload(admin, page, [("csrf", csrf), ("plan", "mjp-2026-2031")], files: [
                ("planbestand", "plan.csv", good), ("budgetbestand", "budget.csv", goodBudget),
            ])
            #expect(accepted.status == .seeOther)
            let location = try #require(accepted.headers.first(name: .location))
            #expect(location.hasPrefix("/plannen/voorbeeldstad/mjp-2026-2031/beheer?gelukt=ingelezen&soort=aanpassing&nr=1&items=200&budget=2625"))
            let manage = try await admin.get(location)
            #expect(manage.body.string.contains("De bestanden zijn ingelezen als nieuwe versie 1 (meerjarenplanaanpassing, ontwerp)"))
            #expect(manage.body.string.contains("200 items en 2625 budgetlijnen; items toegevoegd: 0, geschrapt: 0"))
            let plan = try #require(try await PlanStore(database: app.db).plan(organisation: "voorbeeldstad", code: "mjp-2026-2031"))
            #expect(plan.versions.map(\.number) == [0, 1])
            // The download is the import file of what the pages show, named after the plan.
            let download = try await admin.get(Self.planPath + "/download/budget.csv")
            #expect(download.status == .ok)
            #expect(download.headers.first(name: .contentType) == "text/csv; charset=utf-8")
            #expect(download.headers.first(name: .contentDisposition) == "attachment; filename=\"voorbeeldstad-mjp-2026-2031-budget.csv\"")
            #expect(Data(buffer: download.body) == goodBudget)
        }
    }

    // MARK: API

    @Test(arguments: TestDatabase.available)
    func theAPIImportsOnlyWithTheCitysOwnWriteToken(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            _ = try await PlannenDemo.load(into: app.db)
            try await Accounts.create(app, "beheer@voorbeeldstad.be", organisation: "voorbeeldstad", role: .organisationAdmin)
            try await Accounts.create(app, "beheer@gent.be", organisation: "gent", role: .organisationAdmin)
            let read = try await Accounts.token(app, email: "beheer@voorbeeldstad.be", scope: .read)
            let write = try await Accounts.token(app, email: "beheer@voorbeeldstad.be", scope: .write)
            let otherCity = try await Accounts.token(app, email: "beheer@gent.be", scope: .write)
            let path = "/api/v1/plannen/voorbeeldstad/mjp-2026-2031/import"
            let plan = try Data(contentsOf: URL(fileURLWithPath: Self.demoPlan))
            let budget = try Data(contentsOf: URL(fileURLWithPath: Self.demoBudget))
            func post(_ token: String?, _ files: [(field: String, filename: String, data: Data)]) async throws -> TestingHTTPResponse {
                let browser = Browser(app)
                if let token { browser.headers.replaceOrAdd(name: .authorization, value: "Bearer \(token)") }
                return try await Self.upload(browser, path, [], files: files)
            }
            let before = try await Self.counts(app)
            // act + check: no token, a read token, another city's write token
            #expect(try await post(nil, [("plan", "plan.csv", plan)]).status == .unauthorized)
            #expect(try await post(read, [("plan", "plan.csv", plan)]).status == .forbidden)
            #expect(try await post(otherCity, [("plan", "plan.csv", plan)]).status == .forbidden)
            #expect(try await Self.counts(app) == before)
            // Bad files: 422 with every problem located; nothing changed.
            let directory = try Fixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let bad = try Self.badFiles(in: directory)
            let refused = try await post(write, [("plan", "plan.csv", try Data(contentsOf: URL(fileURLWithPath: bad.plan))),
                                                 ("budget", "budget.csv", try Data(contentsOf: URL(fileURLWithPath: bad.budget)))])
            #expect(refused.status == .unprocessableEntity)
            let problems = try #require(try JSONSerialization.jsonObject(with: Data(buffer: refused.body)) as? [String: Any])["problems"] as? [[String: Any]]
            #expect(problems?.count == 4)
            #expect(problems?.first?["file"] as? String == "plan.csv" && problems?.first?["row"] as? Int == 4
                    && problems?.first?["column"] as? String == "status")
            #expect(problems?.last?["file"] as? String == "budget.csv" && problems?.last?["column"] as? String == "bedrag")
            #expect(try await Self.counts(app) == before)
            // The city's own write token: 200 with the outcome.
            let accepted = try await post(write, [("plan", "plan.csv", plan), ("budget", "budget.csv", budget)])
            #expect(accepted.status == .ok)
            let outcome = try #require(try JSONSerialization.jsonObject(with: Data(buffer: accepted.body)) as? [String: Any])
            #expect(outcome["version"] as? Int == 1 && outcome["startedVersion"] as? Bool == true && outcome["createdPlan"] as? Bool == false)
            #expect(outcome["items"] as? Int == 200 && outcome["budgetLines"] as? Int == 2625)
            #expect(try await Self.count(app, "plan_versions") == before["plan_versions"]! + 1)
            let audit = try await AuditLog.events(AuditLog.Filter(module: PlanService.module), limit: 1, on: app.db)
            #expect(audit.first?.summary == "plan mjp-2026-2031 van voorbeeldstad ingelezen in versie 1: 200 items, 2625 budgetlijnen")
            #expect(audit.first?.actor.userLabel == "Beheer")
        }
    }

    @Test(arguments: TestDatabase.available)
    func theReadAPIShowsWhatTheCallerMaySee(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: the published demo, and an unpublished plan of Gent
            _ = try await PlannenDemo.load(into: app.db)
            let gentModel = try await Accounts.organisation(app, "gent")
            let gent = try PlanOrganisation(gentModel)
            try await PlanService(database: app.db).importPlan(
                try Plan(code: "mjp-test", items: [PlanItem(level: .beleidsdoelstelling, code: "BD1", title: "Bereikbare stad")]),
                organisation: gent, by: .commandLine)
            try await Accounts.create(app, "lezer@gent.be", organisation: "gent", role: .viewer)
            let token = try await Accounts.token(app, email: "lezer@gent.be", scope: .read)
            let visitor = Browser(app)
            let script = Browser(app)
            script.headers.replaceOrAdd(name: .authorization, value: "Bearer \(token)")
            // act + check: the list
            func codes(_ browser: Browser) async throws -> [String] {
                let body = try await browser.get("/api/v1/plannen").body
                let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])
                return ((json["items"] as? [[String: Any]]) ?? []).compactMap { item in
                    (item["organisation"] as? [String: Any])?["code"].map { "\($0)/\(item["code"] ?? "")" }
                }
            }
            #expect(try await codes(visitor) == ["voorbeeldstad/mjp-2026-2031"])
            #expect(try await codes(script) == ["gent/mjp-test", "voorbeeldstad/mjp-2026-2031"])
            #expect(try await visitor.get("/api/v1/plannen/gent/mjp-test").status == .notFound)
            #expect(try await script.get("/api/v1/plannen/gent/mjp-test").status == .ok)
            // One plan: items with their rolled-up progress, the budget, periods with their updates, indicators with verdicts.
            let response = try await visitor.get(Self.planPath.replacingOccurrences(of: "/plannen/", with: "/api/v1/plannen/"))
            #expect(response.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let store = PlanStore(database: app.db)
            let demo = try #require(try await store.plan(organisation: "voorbeeldstad", code: "mjp-2026-2031"))
            let followUp = try #require(try await store.followUp(demo))
            let items = try #require(json["items"] as? [[String: Any]])
            #expect(items.count == 200 && (json["budget"] as? [Any])?.count == 2625)
            let first = try #require(items.first)
            #expect(first["code"] as? String == "BD01" && first["progressSource"] as? String == "children")
            #expect((first["progress"] as? Double) == followUp.rollup["BD01"]?.value)
            let periods = try #require(json["periods"] as? [[String: Any]])
            #expect(periods.map { $0["code"] as? String } == ["2026-S1", "2026-S2"])
            #expect(periods[0]["state"] as? String == "vastgesteld" && periods[0]["closedOn"] as? String == "2026-07-14")
            #expect(periods[0]["updates"] as? Int == followUp.updates.filter { $0.update.periodCode == "2026-S1" }.count)
            let indicators = try #require(json["indicators"] as? [[String: Any]])
            #expect(indicators.count == 8)
            let fiets = try #require(indicators.first { $0["code"] as? String == "IND-FIETS" })
            // (24 − 21) ÷ 2 = 1,5 a year against (30 − 21) ÷ 7 = 1,29 needed: on track.
            #expect(fiets["verdict"] as? String == "onTrack")
            #expect(try await visitor.get("/api/v1/plannen/voorbeeldstad/mjp-2026-2031?versie=9").status == .notFound)
        }
    }

    // MARK: Manage page, periods

    @Test(arguments: TestDatabase.available)
    func aClosedPeriodTakesNoUpdateUntilAnAdminReopensIt(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            _ = try await PlannenDemo.load(into: app.db)
            let manage = Self.planPath + "/beheer"
            // Who may open the manage page: visitors sign in first, others who see the plan are refused.
            #expect(try await Browser(app).get(manage).status == .seeOther)
            let editor = try await Accounts.signedIn(app, "redacteur@voorbeeldstad.be", organisation: "voorbeeldstad", role: .editor)
            #expect(try await editor.get(manage).status == .forbidden)
            let other = try await Accounts.signedIn(app, "beheer@gent.be", organisation: "gent", role: .organisationAdmin)
            #expect(try await other.get(manage).status == .forbidden)
            #expect(try await other.post(Self.planPath + "/perioden/2026-S2/vaststellen", [("datum", "2026-12-20")]).status == .forbidden)
            let admin = try await Self.admin(app, "beheer@voorbeeldstad.be", opening: manage)
            let page = try await admin.get(manage).body.string
            #expect(page.contains("<th scope=\"row\">2026-S1</th><td>2026-01-01</td><td>2026-06-30</td><td>vastgesteld op 2026-07-14</td>"))
            #expect(page.contains("value=\"2027-S1\""), "the next half-year is suggested")
            // act: close 2026-S2
            let closed = try await admin.post(Self.planPath + "/perioden/2026-S2/vaststellen", [("datum", "2026-12-20")])
            #expect(closed.status == .seeOther)
            #expect(try await admin.get(try #require(closed.headers.first(name: .location))).body.string.contains("Periode 2026-S2 is vastgesteld."))
            // check: an update in the closed period is refused
            let store = PlanStore(database: app.db)
            var plan = try #require(try await store.plan(organisation: "voorbeeldstad", code: "mjp-2026-2031"))
            var followUp = try #require(try await store.followUp(plan))
            let service = PlanService(database: app.db)
            let update = ItemUpdate(itemCode: "AC010101", periodCode: "2026-S2", progress: 70, explanation: "Bijna af")
            do {
                try await service.saveUpdate(update, in: followUp, authorID: nil, by: .commandLine)
                Issue.record("an update in a closed period was accepted")
            } catch let refusal as RefusedAction {
                #expect(refusal.description.contains("periode 2026-S2 is vastgesteld op 2026-12-20"))
            }
            // Closing again, or on a bad day, is refused with the reason on the page (400).
            let again = try await admin.post(Self.planPath + "/perioden/2026-S2/vaststellen", [("datum", "2026-12-21")])
            #expect(again.status == .badRequest && again.body.string.contains("Periode 2026-S2 is al vastgesteld op 2026-12-20"))
            let badDay = try await admin.post(Self.planPath + "/vaststellen", [("datum", "31/02/2026")])
            #expect(badDay.status == .badRequest)
            // Reopened by the admin: allowed, and the trail says who did it.
            let reopened = try await admin.post(Self.planPath + "/perioden/2026-S2/heropenen")
            #expect(reopened.status == .seeOther)
            let trail = try await AuditLog.events(AuditLog.Filter(module: PlanService.module), limit: 1, on: app.db)
            #expect(trail.first?.summary == "periode 2026-S2 van plan mjp-2026-2031 heropend")
            #expect(trail.first?.actor.userLabel == "Beheer")
            plan = try #require(try await store.plan(organisation: "voorbeeldstad", code: "mjp-2026-2031"))
            followUp = try #require(try await store.followUp(plan))
            try await service.saveUpdate(update, in: followUp, authorID: nil, by: .commandLine)
            #expect(try await store.followUp(plan)?.current.tree.item("AC010101")?.progress == 70)
            // A period that does not exist is a 404; a new one opens with its own days.
            #expect(try await admin.post(Self.planPath + "/perioden/2099-S1/heropenen").status == .notFound)
            let opened = try await admin.post(Self.planPath + "/perioden", [("periode", "Extra 2027"), ("begin", "01/01/2027"), ("einde", "2027-03-31")])
            #expect(opened.status == .seeOther)
            #expect(try await store.periods(planID: plan.id).last?.period == ReportingPeriod(
                code: "Extra 2027", start: PlanDate(year: 2027, month: 1, day: 1)!, end: PlanDate(year: 2027, month: 3, day: 31)!))
            let backwards = try await admin.post(Self.planPath + "/perioden", [("periode", "Terug"), ("begin", "2027-05-01"), ("einde", "2027-04-01")])
            #expect(backwards.status == .badRequest && backwards.body.string.contains("value=\"Terug\""))
            // Unpublish and adopt through the page.
            #expect(try await admin.post(Self.planPath + "/publicatie", [("publiceren", "nee")]).status == .seeOther)
            #expect(try await store.plan(organisation: "voorbeeldstad", code: "mjp-2026-2031")?.published == false)
            #expect(try await admin.post(Self.planPath + "/publicatie", [("publiceren", "misschien")]).status == .badRequest)
            let noDraft = try await admin.post(Self.planPath + "/vaststellen", [("datum", "2026-03-01")])
            #expect(noDraft.status == .badRequest && noDraft.body.string.contains("geen ontwerpversie om vast te stellen"))
        }
    }

    // MARK: Reminders

    @Test(arguments: TestDatabase.available)
    func remindersAreOneMailPerOwnerWithTheirItems(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: three owners — two active, one disabled — on actions without an update in 2026-S2
            _ = try await PlannenDemo.load(into: app.db)
            let store = PlanStore(database: app.db)
            let service = PlanService(database: app.db)
            let plan = try #require(try await store.plan(organisation: "voorbeeldstad", code: "mjp-2026-2031"))
            let followUp = try #require(try await store.followUp(plan))
            let updatedInS2 = Set(followUp.updates.filter { $0.update.periodCode == "2026-S2" }.map(\.update.itemCode))
            let open = followUp.current.tree.items(at: .actie).filter {
                !updatedInS2.contains($0.code) && !["gerealiseerd", "stopgezet"].contains($0.status ?? "")
            }
            let done = try #require(followUp.current.tree.items(at: .actie).first { updatedInS2.contains($0.code) })
            let an = try await Accounts.create(app, "an@voorbeeldstad.be", organisation: "voorbeeldstad", role: .editor)
            let bert = try await Accounts.create(app, "bert@voorbeeldstad.be", organisation: "voorbeeldstad", role: .editor)
            let carla = try await Accounts.create(app, "carla@voorbeeldstad.be", organisation: "voorbeeldstad", role: .editor)
            try await service.setLinks(.eigenaar, of: open[0].code, in: plan, to: [String(an.id!)], by: .commandLine)
            try await service.setLinks(.eigenaar, of: open[1].code, in: plan, to: [String(an.id!), String(bert.id!)], by: .commandLine)
            try await service.setLinks(.eigenaar, of: done.code, in: plan, to: [String(an.id!)], by: .commandLine)
            try await service.setLinks(.eigenaar, of: open[2].code, in: plan, to: [String(carla.id!)], by: .commandLine)
            _ = try await AccountService(database: app.db).update(userID: carla.id!, disabled: true, by: .commandLine)
            let admin = try await Self.admin(app, "beheer@voorbeeldstad.be", opening: Self.planPath + "/beheer")
            let page = try await admin.get(Self.planPath + "/beheer").body.string
            #expect(page.contains("account uitgeschakeld: krijgt geen e-mail"))
            #expect(page.contains("Herinneringen klaarzetten (2)"))
            let before = try await Self.count(app, "mail_outbox")
            // act
            let sent = try await admin.post(Self.planPath + "/perioden/2026-S2/herinneringen")
            // check: one mail per active owner, with exactly their open items and absolute links to them
            #expect(sent.status == .seeOther)
            let notice = try await admin.get(try #require(sent.headers.first(name: .location))).body.string
            #expect(notice.contains("2 herinneringen klaargezet voor periode 2026-S2. 1 eigenaar overgeslagen: het account is uitgeschakeld."))
            #expect(try await Self.count(app, "mail_outbox") == before + 2)
            let mails = try await MailOutbox.messages(limit: 10, on: app.db).filter { $0.module == PlanService.module }
            #expect(Set(mails.map(\.to)) == [["an@voorbeeldstad.be"], ["bert@voorbeeldstad.be"]])
            let toAn = try #require(mails.first { $0.to == ["an@voorbeeldstad.be"] })
            #expect(toAn.subject == "Herinnering: opvolging Meerjarenplan 2026-2031, periode 2026-S2 (2 items)")
            #expect(toAn.text.hasPrefix("Dag An,"))
            #expect(toAn.text.contains("- \(open[0].code) \(open[0].title)") && toAn.text.contains("- \(open[1].code) \(open[1].title)"))
            #expect(!toAn.text.contains("- \(done.code) "), "an item updated in the period is not asked again")
            #expect(toAn.text.contains("http://localhost\(Self.planPath)/items/\(open[0].code)"))
            let toBert = try #require(mails.first { $0.to == ["bert@voorbeeldstad.be"] })
            #expect(toBert.subject.hasSuffix("(1 item)") && toBert.text.contains("- \(open[1].code) ") && !toBert.text.contains(open[0].code))
            #expect(!mails.contains { $0.text.contains(open[2].code) })
            let trail = try await AuditLog.events(AuditLog.Filter(module: PlanService.module), limit: 1, on: app.db)
            #expect(trail.first?.summary == "2 herinnering(en) voor periode 2026-S2 van plan mjp-2026-2031 klaargezet")
            // The same day again: nothing new in the outbox, and the page says so.
            let again = try await admin.post(Self.planPath + "/perioden/2026-S2/herinneringen")
            #expect(try await admin.get(try #require(again.headers.first(name: .location))).body.string
                .contains("0 herinneringen klaargezet voor periode 2026-S2. 2 eigenaars kregen vandaag al een herinnering"))
            #expect(try await Self.count(app, "mail_outbox") == before + 2)
            // A closed period sends nothing.
            #expect(try await admin.post(Self.planPath + "/perioden/2026-S1/herinneringen").status == .badRequest)
        }
    }
}

/// A console that keeps what a command prints, for the command-line tests.
final class CaptureConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var outputLines: [String] = []
    private var errorLines: [String] = []
    /// The error the command stopped with (what `stadsbeeld` prints before exiting with 1).
    var failure: String?
    var userInfo: [AnySendableHashable: any Sendable] = [:]

    var output: String { lock.withLock { outputLines.joined(separator: "\n") } }
    var errors: [String] { lock.withLock { errorLines } }

    var size: (width: Int, height: Int) { (120, 40) }
    func input(isSecure: Bool) -> String { "" }
    func output(_ text: ConsoleText, newLine: Bool) { lock.withLock { outputLines.append(text.description) } }
    func clear(_ type: ConsoleClear) {}
    func report(error: String, newLine: Bool) { lock.withLock { errorLines.append(error) } }
}
