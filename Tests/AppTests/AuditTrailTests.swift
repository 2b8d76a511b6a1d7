import AccessDomain
@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The audit trail records imports (file, checksum, counts) and edits (before → after), and admins can read and export it.
@Suite("Audit trail")
struct AuditTrailTests {
    @Test(arguments: TestDatabase.available)
    func anImportIsRecordedWithFileChecksumAndCounts(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx")], into: app)
            let file = try Fixtures.temporaryDirectory().appendingPathComponent("verbruik.csv")
            try "period;geolevel;geoitem;v2506_elek_res_cons\n2021;gemeente2024;44021;5\n2021;gemeente2024;24062;7\n"
                .write(to: file, atomically: true, encoding: .utf8)
            let actor = AuditActor(userID: 7, userLabel: "An", organisationID: 3, organisationLabel: "gent")
            let summary = try await ImportService(database: app.db, catalogStore: app.catalogStore)
                .run([ImportFile(path: file.path)], actor: actor)
            let event = try #require(try await AuditLog.events(.init(action: .importData), limit: 1, on: app.db).first)
            #expect(event.actor == actor)
            #expect(event.module == "cijfers")
            func after(_ field: String) -> String? { event.changes.first { $0.field == field }?.after }
            #expect(after("bestanden") == "verbruik.csv")
            let expected = SHA256.hash(data: try Data(contentsOf: file)).map { String(format: "%02x", $0) }.joined()
            #expect(after("controlesom (SHA-256)") == expected)
            #expect(after("waarden geladen") == "2")
            #expect(after("waarden berekend") == String(summary.aggregated))
            #expect(after("indicatoren met nieuwe data") == "v2506_elek_res_cons")
        }
    }

    @Test func aRefusedImportLeavesNoTrace() async throws {
        try await withTestApp(.sqlite) { app in
            let file = try Fixtures.temporaryDirectory().appendingPathComponent("fout.csv")
            try "period;geolevel;geoitem;bestaat_niet\n2021;gemeente2024;44021;5\n".write(to: file, atomically: true, encoding: .utf8)
            await #expect(throws: ImportFailure.self) {
                try await ImportService(database: app.db, catalogStore: app.catalogStore).run([ImportFile(path: file.path)])
            }
            #expect(try await Accounts.auditCount(app) == 0)
        }
    }

    @Test(arguments: TestDatabase.available)
    func anEditIsRecordedWithBeforeAndAfter(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let member = try await Accounts.create(app, "lid@gent.be", organisation: "gent", role: .viewer)
            let admin = try await Accounts.signedIn(app, "beheer@gent.be", organisation: "gent", role: .organisationAdmin)
            try await admin.get("/organisatie/gent/leden")
            let response = try await admin.post("/organisatie/gent/leden/\(member.id!)", [("rol", "editor"), ("status", "actief")])
            #expect(response.status == .seeOther)
            let event = try #require(try await AuditLog.events(.init(action: .update), limit: 1, on: app.db).first)
            #expect(event.actor.userLabel == "Beheer")
            #expect(event.actor.organisationLabel == "gent")
            #expect(event.entityType == "gebruiker")
            #expect(event.entityID == String(member.id!))
            #expect(event.changes == [AuditChange(field: "rol", before: "viewer", after: "editor")])
            let gent = try await Accounts.organisation(app, "gent")
            #expect(try await AuditLog.events(.init(organisationID: gent.id), limit: 10, on: app.db).contains(event))
        }
    }

    @Test func platformAdminsBrowseAndExportTheTrailOthersCannot() async throws {
        try await withTestApp(.sqlite) { app in
            // A Gent admin adds a member through the members page: the event belongs to Gent.
            let gentAdmin = try await Accounts.signedIn(app, "beheer@gent.be", organisation: "gent", role: .organisationAdmin)
            try await gentAdmin.get("/organisatie/gent/leden")
            #expect(try await gentAdmin.post("/organisatie/gent/leden", [("email", "lid@gent.be"), ("naam", "Lid"), ("rol", "viewer")]).status == .created)
            let admin = try await Accounts.signedIn(app, "beheer@kenniscentrum.be", organisation: "kenniscentrum", role: .platformAdmin)
            let page = try await admin.get("/beheer/audit?organisatie=gent")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("account lid@gent.be aangemaakt bij gent"))
            #expect(!page.body.string.contains("beheer@kenniscentrum.be aangemaakt"))
            let csv = try await admin.get("/beheer/audit.csv?actie=create")
            #expect(csv.headers.contentType?.subType == "csv")
            let lines = csv.body.string.components(separatedBy: "\r\n")
            #expect(lines[0] == "\u{FEFF}tijdstip;gebruiker;organisatie;module;actie;soort;id;samenvatting;veld;voor;na")
            #expect(lines.contains { $0.contains(";create;gebruiker;") && $0.hasSuffix(";rol;;lezer") })
            #expect(try await admin.get("/beheer/audit?van=gisteren").status == .badRequest)

            #expect(try await gentAdmin.get("/beheer/audit").status == .forbidden)
            #expect(try await gentAdmin.get("/beheer/audit.csv").status == .forbidden)
            #expect(try await Browser(app).get("/beheer/audit.csv").status == .seeOther)
        }
    }

    @Test func csvCellsCannotBecomeSpreadsheetFormulas() {
        #expect(AuditCSV.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(AuditCSV.field("a;b") == "\"a;b\"")
        #expect(AuditCSV.field("gewoon") == "gewoon")
    }
}
