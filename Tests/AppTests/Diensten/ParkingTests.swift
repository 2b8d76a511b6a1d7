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

/// The parking register through the application: storage round trip, zone import (good, and bad with nothing
/// written), the check API's answers and errors, the register rebuilt after a write (here and on another server),
/// the buffered check log and its purge, and the staff's pages with the city's issuing rules.
@Suite("Parking register")
struct ParkingTests {
    /// Monday 2 March 2026, 10:30 in Brussels (winter time).
    static let monday = "2026-03-02T10:30:00+01:00"

    static func city(_ app: Application, _ code: String = "voorbeeldstad") async throws -> Int {
        try #require(try await OrganisationService(database: app.db).find(code: code)?.id)
    }

    static func count(_ app: Application, _ table: String) async throws -> Int {
        try await app.db.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? -1
    }

    /// A script with an API token of a viewer of the city.
    static func script(_ app: Application, city: String = "voorbeeldstad", email: String = "camera@voorbeeldstad.be") async throws -> Browser {
        try await Accounts.create(app, email, organisation: city, role: .viewer)
        let script = Browser(app)
        script.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: email, scope: .read))
        return script
    }

    static func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
    }

    static func check(_ script: Browser, _ query: String) async throws -> (HTTPStatus, [String: Any]) {
        let response = try await script.get("/api/v1/parking/check?" + query)
        return (response.status, try json(response))
    }

    static func q(_ text: String) -> String { Browser.encode(text) }

    @Test(arguments: TestDatabase.available)
    func theDemoCityIsStoredAndReadBack(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // act
            let summary = try await ParkingDemo.load(into: app)
            // check
            #expect(summary?.contains("6 zones") == true)
            let city = try await Self.city(app)
            let store = ParkingStore(database: app.db)
            let zones = try await store.zones(city)
            #expect(zones.map(\.code) == ["VS-AL", "VS-BL", "VS-BZ", "VS-C1", "VS-LEZ", "VS-N"])
            let blue = try #require(zones.first { $0.code == "VS-BL" }?.zone)
            #expect(blue.kind == .blueZone)
            #expect(blue.regulations.first?.maximumDuration == 7200)
            #expect(blue.regulations.first?.windows.first?.weekdays.count == 6)
            let lez = try #require(zones.first { $0.code == "VS-LEZ" }?.zone)
            #expect(lez.admissions.contains { $0.fuel == .diesel && $0.minimumEuroNorm == .euro6 })
            #expect(lez.area.contains(ZonePoint(longitude: 4.30, latitude: 50.95)))
            let rights = try await store.allRights(city)
            #expect(rights.count == 9)
            let restricted = try #require(rights.first { $0.plates.first?.display == "1-MKT-303" && $0.kind == .residentPermit })
            #expect(restricted.timeRestrictions.count == 2)
            #expect(restricted.zones == ["VS-C1", "VS-BZ"])
            #expect(rights.contains { $0.kind == .disabilityCard && $0.zones.isEmpty && $0.validUntil == nil })
            #expect(try await store.holders(city).count == 4)
            #expect(try await store.vehicles(city).contains { $0.category == .taxi })
            #expect(try await store.ruleSet(city)?.rules.ruleSet.rules.count == 5)
            #expect(try await store.generation(city) > 0)
            // a plate finds its rights; loading twice changes nothing
            #expect(try await store.rights(plateKeys: ["BE:1MKT303"], organisationID: city).count == 2)
            #expect(try await ParkingDemo.load(into: app)?.contains("al zones") == true)
            #expect(try await store.allRights(city).count == 9)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theCheckAPIAnswersWithRightsAndReasonsAndRefusesBadInput(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            _ = try await ParkingDemo.load(into: app)
            let script = try await Self.script(app)
            let at = Self.q(Self.monday)
            // allowed by a resident permit
            let (okStatus, ok) = try await Self.check(script, "plate=1-abc-123&zone=VS-C1&at=\(at)")
            #expect(okStatus == .ok)
            #expect(ok["allowed"] as? Bool == true)
            #expect(ok["plate"] as? String == "1-ABC-123")
            #expect((ok["reason"] as? [String: Any])?["code"] as? String == "admitted-by-right")
            let rights = try #require(ok["rights"] as? [[String: Any]])
            #expect(rights.count == 1)
            #expect(rights.first?["kind"] as? String == "bewonerskaart")
            #expect(rights.first?["validFrom"] as? String == "2026-01-01T00:00:00+01:00")
            #expect(rights.first?["validUntil"] as? String == "2027-01-01T00:00:00+01:00")
            #expect((rights.first?["legalBasis"] as? String)?.contains("art. 8") == true)
            // refused: a taxi without rights
            let (_, taxi) = try await Self.check(script, "plate=1TAX999&zone=VS-C1&at=\(at)")
            #expect(taxi["allowed"] as? Bool == false)
            #expect((taxi["reason"] as? [String: Any])?["code"] as? String == "no-valid-right")
            #expect((taxi["reason"] as? [String: Any])?["text"] as? String == "no valid right for this bewonerszone at that moment")
            #expect((taxi["rights"] as? [Any])?.isEmpty == true)
            // Sunday: no regulation in force
            let (_, sunday) = try await Self.check(script, "plate=1TAX999&zone=VS-C1&at=\(Self.q("2026-03-08T10:30:00+01:00"))")
            #expect(sunday["allowed"] as? Bool == true)
            #expect((sunday["reason"] as? [String: Any])?["code"] as? String == "no-regulation-in-force")
            // low-emission zone: an old diesel refused, the one with an exemption admitted
            let (_, diesel) = try await Self.check(script, "plate=1-DSL-222&zone=VS-LEZ&at=\(at)")
            #expect(diesel["allowed"] as? Bool == false)
            #expect((diesel["reason"] as? [String: Any])?["code"] as? String == "below-emission-rule")
            let (_, exempt) = try await Self.check(script, "plate=1-DIS-404&zone=VS-LEZ&at=\(at)")
            #expect(exempt["allowed"] as? Bool == true)
            // blue zone: the arrival decides
            let (_, within) = try await Self.check(script, "plate=1-TAX-999&zone=VS-BL&at=\(at)&since=\(Self.q("2026-03-02T09:45:00+01:00"))")
            #expect((within["reason"] as? [String: Any])?["code"] as? String == "within-maximum-duration")
            let (_, over) = try await Self.check(script, "plate=1-TAX-999&zone=VS-BL&at=\(at)&since=\(Self.q("2026-03-02T07:00:00+01:00"))")
            #expect(over["allowed"] as? Bool == false)
            // a foreign plate with its country
            let (_, visitor) = try await Self.check(script, "plate=AB-12-CD&country=NL&zone=VS-C1&at=\(at)")
            #expect(visitor["allowed"] as? Bool == true)
            // errors: not a plate → 400, unknown zone → 404, bad moment → 400, each with its field
            for (query, status, field) in [("plate=%3F%3F%3F&zone=VS-C1", HTTPStatus.badRequest, "plate"), ("plate=1-ABC-123&zone=XX", .notFound, "zone"),
                                           ("plate=1-ABC-123&zone=VS-C1&at=gisteren", .badRequest, "at"),
                                           ("plate=1-ABC-123&zone=VS-C1&at=2026-03-02T10:30:00", .badRequest, "at"),
                                           ("plate=1-ABC-123", .badRequest, "zone")] {
                let (code, body) = try await Self.check(script, query)
                #expect(code == status, "\(query)")
                #expect(body["field"] as? String == field, "\(query)")
                #expect((body["message"] as? String)?.isEmpty == false)
            }
            // without a token: 401; a token of another city reads its own (empty) register
            let anonymous = try await Browser(app).get("/api/v1/parking/check?plate=1-ABC-123&zone=VS-C1")
            #expect(anonymous.status == .unauthorized)
            let gent = try await Self.script(app, city: "gent", email: "camera@gent.be")
            let (other, _) = try await Self.check(gent, "plate=1-ABC-123&zone=VS-C1&at=\(at)")
            #expect(other == .notFound)
            let (forbidden, _) = try await Self.check(gent, "plate=1-ABC-123&zone=VS-C1&city=voorbeeldstad")
            #expect(forbidden == .forbidden)
            // a signed-in browser is no API client
            let member = try await Accounts.signedIn(app, "an@voorbeeldstad.be", organisation: "voorbeeldstad", role: .viewer)
            #expect(try await member.get("/api/v1/parking/check?plate=1-ABC-123&zone=VS-C1").status == .unauthorized)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theRegisterIsRebuiltAfterAWriteHereAndOnAnotherServer(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            _ = try await ParkingDemo.load(into: app)
            let city = try await Self.city(app)
            let script = try await Self.script(app)
            let at = Self.q(Self.monday)
            #expect(try await Self.check(script, "plate=1-NEW-001&zone=VS-C1&at=\(at)").1["allowed"] as? Bool == false)
            // act: an editor issues a right on the page
            let editor = try await Accounts.signedIn(app, "ed@voorbeeldstad.be", organisation: "voorbeeldstad", role: .editor)
            let holder = try #require(try await ParkingStore(database: app.db).holders(city).first { $0.reference == "VS-H-0004" })
            try await editor.get("/parkeren/voorbeeldstad/register/houders/\(holder.id)")
            let issued = try await editor.post("/parkeren/voorbeeldstad/register/houders/\(holder.id)", [
                ("kind", "bewonerskaart"), ("plates", "1-NEW-001"), ("country", "BE"), ("fuel", "electric"), ("euro", "6"), ("category", "car"),
                ("zones", "VS-N"), ("zones", "VS-C1"), ("from", "2026-01-01"), ("until", "2027-01-01"), ("basis", "Parkeerreglement, art. 8"),
            ])
            #expect(issued.status == .seeOther)
            // check: the next check sees it at once
            let (_, now) = try await Self.check(script, "plate=1-NEW-001&zone=VS-C1&at=\(at)")
            #expect(now["allowed"] as? Bool == true)
            // another server: its own registry, built before a write it does not hear about
            let other = ParkingRegistry()
            let before = try await other.entry(for: city, database: app.db)
            #expect(before.register.rightsByPlate["BE:1NEW002"] == nil)
            try await app.db.transaction { db in
                _ = try await ParkingStore(database: db).insertRight(
                    ParkingRight(id: "", kind: .residentPermit, plates: [try LicencePlate("1-NEW-002")], zones: ["VS-C1"],
                                 validFrom: Date(timeIntervalSince1970: 0), legalBasis: "art. 8"),
                    holderID: nil, organisationID: city, actor: nil, on: db)
                try await ParkingStore.bump(city, on: db)
            }
            // once its trust window has passed (here: forced, so the test does not depend on timing) it reads the generation
            other.invalidate(city)
            let after = try await other.entry(for: city, database: app.db)
            #expect(after.generation == before.generation + 1)
            #expect(after.register.rightsByPlate["BE:1NEW002"]?.count == 1)
        }
    }

    @Test(arguments: TestDatabase.available)
    func checksAreLoggedInBatchesAndPurgedAfterTheirRetention(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            _ = try await ParkingDemo.load(into: app)
            let city = try await Self.city(app)
            let script = try await Self.script(app)
            for plate in ["1-ABC-123", "1-TAX-999", "1-DSL-222"] {
                _ = try await Self.check(script, "plate=\(plate)&zone=VS-C1&at=\(Self.q(Self.monday))")
            }
            // a refused request (bad plate) is not a check and is not logged
            _ = try await Self.check(script, "plate=%3F&zone=VS-C1")
            try await app.parkingRegistry.log.flush(app.db)
            let store = ParkingStore(database: app.db)
            #expect(try await store.logCount(city) == 3)
            let row = try #require(try await app.db.sql.raw("SELECT plate_key, allowed, reason_code, channel, checked_at, delete_after FROM parking_check_log ORDER BY id").first())
            #expect(try row.decode(column: "plate_key", as: String.self) == "BE:1ABC123")
            #expect(try row.decode(column: "reason_code", as: String.self) == "admitted-by-right")
            #expect(try row.decode(column: "channel", as: String.self) == "api")
            let days = (try row.decode(column: "delete_after", as: Int.self) - (try row.decode(column: "checked_at", as: Int.self))) / 86_400
            #expect(days == 7)
            // nothing expires today; in eight days everything has
            #expect(try await store.purgeExpired() == 0)
            #expect(try await store.purgeExpired(now: Date().addingTimeInterval(8 * 86_400)) == 3)
            #expect(try await store.logCount(city) == 0)
            // a city that keeps no log: checks leave nothing behind
            let content = #"{"city": "voorbeeldstad", "checkLogDays": 0, "rules": []}"#
            _ = try await store.saveRuleSet(content, rules: try ParkingCityRules.parse(Data(content.utf8), file: "r"), organisationID: city, actor: .commandLine)
            app.parkingRegistry.invalidate(city)
            _ = try await Self.check(script, "plate=1-ABC-123&zone=VS-C1")
            try await app.parkingRegistry.log.flush(app.db)
            #expect(try await store.logCount(city) == 0)
        }
    }

    static func multipart(_ fields: [(String, String)], files: [(String, String, Data)]) -> (String, ByteBuffer) {
        let boundary = "parking-\(UUID().uuidString)"
        var body = Data()
        func line(_ text: String) { body.append(Data((text + "\r\n").utf8)) }
        for (name, value) in fields {
            line("--\(boundary)")
            line("Content-Disposition: form-data; name=\"\(name)\"")
            line("")
            line(value)
        }
        for (field, filename, data) in files {
            line("--\(boundary)")
            line("Content-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"")
            line("Content-Type: application/octet-stream")
            line("")
            body.append(data)
            line("")
        }
        line("--\(boundary)--")
        return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(data: body))
    }

    static func demoFile(_ name: String) throws -> Data {
        try Data(contentsOf: try #require(ParkingDemo.file(name)))
    }

    @Test(arguments: TestDatabase.available)
    func zoneImportIsAllOrNothingWithLocatedProblems(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: an editor of Gent on the upload page
            let editor = try await Accounts.signedIn(app, "ed@gent.be", organisation: "gent", role: .editor)
            let page = try await editor.get("/parkeren/gent/inlezen")
            #expect(page.status == .ok)
            let csrf = try #require(editor.csrf)
            // a file with one bad feature among good ones: nothing is written
            var bad = try #require(String(data: try Self.demoFile("voorbeeldstad-zones.geojson"), encoding: .utf8))
            bad = bad.replacingOccurrences(of: "\"kind\": \"autoluw\"", with: "\"kind\": \"parkeerhaven\"")
            let (type, body) = Self.multipart([("csrf", csrf)], files: [("geojson", "zones.geojson", Data(bad.utf8))])
            let refused = try await editor.send(.POST, "/parkeren/gent/inlezen", contentType: type, body: body)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("features[3]"))
            #expect(refused.body.string.contains("properties.kind"))
            #expect(refused.body.string.contains("parkeerhaven"))
            #expect(try await Self.count(app, "parking_zones") == 0)
            #expect(try await Self.count(app, "parking_regulations") == 0)
            // RDW tables with one row missing its table: nothing written either
            let (type2, body2) = Self.multipart([("csrf", csrf)], files: [("gebied", "GEBIED.csv", try Self.demoFile("rdw-gebied.csv"))])
            let missing = try await editor.send(.POST, "/parkeren/gent/inlezen", contentType: type2, body: body2)
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("TIJDVAK"))
            #expect(try await Self.count(app, "parking_zones") == 0)
            // the RDW sample with the GeoJSON shapes: three zones with their regulations
            let geojson = try Self.demoFile("voorbeeldstad-zones.geojson")
            let shapes = try #require(try JSONSerialization.jsonObject(with: geojson) as? [String: Any])
            let kept = (shapes["features"] as? [[String: Any]] ?? []).filter { ["VS-BZ", "VS-BL", "VS-C1"].contains(($0["properties"] as? [String: Any])?["code"] as? String) }
            let shapeData = try JSONSerialization.data(withJSONObject: ["type": "FeatureCollection", "features": kept])
            let (type3, body3) = Self.multipart([("csrf", csrf)], files: [
                ("geojson", "vormen.geojson", shapeData), ("gebied", "GEBIED.csv", try Self.demoFile("rdw-gebied.csv")),
                ("regeling", "GEBIED_REGELING.csv", try Self.demoFile("rdw-gebied-regeling.csv")), ("tijdvak", "TIJDVAK.csv", try Self.demoFile("rdw-tijdvak.csv")),
            ])
            let imported = try await editor.send(.POST, "/parkeren/gent/inlezen", contentType: type3, body: body3)
            #expect(imported.status == .ok)
            #expect(imported.body.string.contains("3 nieuwe zones"))
            let zones = try await ParkingStore(database: app.db).zones(try await Self.city(app, "gent"))
            #expect(zones.map(\.code) == ["VS-BL", "VS-BZ", "VS-C1"])
            #expect(zones.first { $0.code == "VS-BL" }?.zone.regulations.first?.maximumDuration == 7200)
            #expect(zones.allSatisfy { !$0.zone.area.polygons.isEmpty })
            // the GeoJSON import replaces the three and adds the others, and says so
            let (type4, body4) = Self.multipart([("csrf", csrf)], files: [("geojson", "zones.geojson", geojson)])
            let replaced = try await editor.send(.POST, "/parkeren/gent/inlezen", contentType: type4, body: body4)
            #expect(replaced.body.string.contains("3 nieuwe zones, 3 vervangen"))
            #expect(try await Self.count(app, "parking_zones") == 6)
            // the audit trail has both imports; a viewer may not upload, a forged token is refused
            let events = try await AuditLog.events(.init(module: "diensten"), limit: 10, on: app.db)
            #expect(events.filter { $0.summary.contains("Parkeerzones ingelezen") }.count == 2)
            let viewer = try await Accounts.signedIn(app, "kijk@gent.be", organisation: "gent", role: .viewer)
            #expect(try await viewer.get("/parkeren/gent/inlezen").status == .forbidden)
            let (type5, body5) = Self.multipart([("csrf", "vals")], files: [("geojson", "zones.geojson", geojson)])
            #expect(try await editor.send(.POST, "/parkeren/gent/inlezen", contentType: type5, body: body5).status == .forbidden)
        }
    }

    @Test func theCommandLineImportAndRulesAreAllOrNothing() async throws {
        try await withTestApp(.sqlite) { app in
            let city = try await Self.city(app, "gent")
            let store = ParkingStore(database: app.db)
            // a bad rule file is refused with its path; nothing stored
            let badRules = #"{"city": "gent", "rules": [{"id": "r1", "rule": "resident-permits-per-housing-unit", "limit": 0, "legalBasis": "x"}]}"#
            #expect(throws: ParkingRuleSetError.self) { try ParkingCityRules.parse(Data(badRules.utf8), file: "r.json") }
            #expect(try await store.ruleSet(city) == nil)
            // the reader used by the command: GeoJSON alone, or all three tables
            let outcome = ParkingZoneFiles.read(geojson: nil, areas: .init(name: "GEBIED.csv", data: try Self.demoFile("rdw-gebied.csv")), links: nil, timeframes: nil)
            guard case .failure(let error) = outcome else { Issue.record("incomplete RDW tables were accepted"); return }
            #expect(error.problems.map(\.file) == ["GEBIED REGELING", "TIJDVAK"])
        }
    }

    @Test(arguments: TestDatabase.available)
    func theStaffIssueWithTheCityRulesAndSuspendRevokeAndChangePlates(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            _ = try await ParkingDemo.load(into: app)
            let city = try await Self.city(app)
            let store = ParkingStore(database: app.db)
            let editor = try await Accounts.signedIn(app, "ed@voorbeeldstad.be", organisation: "voorbeeldstad", role: .editor)
            // the register page: holders, search by plate, the rules
            let register = try await editor.get("/parkeren/voorbeeldstad/register?kenteken=1%20mkt%20303")
            #expect(register.status == .ok)
            #expect(register.body.string.contains("Rechten voor 1 mkt 303"))
            #expect(register.body.string.contains("VS-H-0003"))
            #expect(register.body.string.contains("Versie 1"))
            // a new holder in the same housing unit as the Peeters household (which has two resident permits)
            let created = try await editor.post("/parkeren/voorbeeldstad/register/houders", [
                ("reference", "VS-H-0005"), ("name", "Cas Peeters"), ("street", "Kerkstraat"), ("number", "12"), ("unit", "VS-AU-1201"),
                ("longitude", "4.2965"), ("latitude", "50.9480"),
            ])
            #expect(created.status == .seeOther)
            let holder = try #require(try await store.holders(city).first { $0.reference == "VS-H-0005" })
            let path = "/parkeren/voorbeeldstad/register/houders/\(holder.id)"
            let page = try await editor.get(path)
            #expect(page.body.string.contains("Centrum (bewonerszone) (VS-C1)"))
            func issue(_ plate: String, category: String = "car", zones: [String] = ["VS-C1"], extra: [(String, String)] = []) async throws -> TestingHTTPResponse {
                try await editor.post(path, [("kind", "bewonerskaart"), ("plates", plate), ("country", "BE"), ("fuel", "petrol"), ("euro", "6"),
                                             ("category", category), ("from", "2026-03-01"), ("until", "2027-03-01"),
                                             ("basis", "Parkeerreglement, art. 8")] + zones.map { ("zones", $0) } + extra)
            }
            // a third resident permit for the unit is refused by VS-1, a taxi also by VS-2: each with its reason
            let refused = try await issue("1-TAX-999", category: "taxi")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Bewonerskaarten per wooneenheid"))
            #expect(refused.body.string.contains("heeft al 2 bewonerskaart(en); er mogen er hoogstens 2 zijn"))
            #expect(refused.body.string.contains("Uitgesloten van een bewonerskaart"))
            #expect(refused.body.string.contains("art. 9 §2"))
            #expect(try await store.rights(holderID: holder.id).isEmpty)
            // bad input: each problem at its field, the values kept
            let bad = try await issue("1-ABC-12?", zones: [], extra: [("days", "9"), ("timeFrom", "25:00")])
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("href=\"#plates\""))
            #expect(bad.body.string.contains("href=\"#zones\""))
            #expect(bad.body.string.contains("href=\"#timeFrom\""))
            #expect(bad.body.string.contains("value=\"1-ABC-12?\""))
            // suspend the first Peeters permit: the check refuses it at once; then a third permit is still refused
            let peeters = try #require(try await store.rights(plateKeys: ["BE:1ABC123"], organisationID: city).first)
            let anPath = "/parkeren/voorbeeldstad/register/houders/\(peeters.holderID ?? "")"
            try await editor.get(anPath)
            #expect(try await editor.post("/parkeren/voorbeeldstad/register/rechten/\(peeters.id)/status", [("status", "suspended")]).status == .seeOther)
            let script = try await Self.script(app)
            #expect(try await Self.check(script, "plate=1-ABC-123&zone=VS-C1&at=\(Self.q(Self.monday))").1["allowed"] as? Bool == false)
            // revoke it: now the unit has room for the new holder's permit
            try await editor.get(anPath)
            #expect(try await editor.post("/parkeren/voorbeeldstad/register/rechten/\(peeters.id)/status", [("status", "revoked")]).status == .seeOther)
            try await editor.get(path)
            let ok = try await issue("1-CAS-505")
            #expect(ok.status == .seeOther)
            #expect(try await store.rights(holderID: holder.id).count == 1)
            // a revoked right cannot come back
            try await editor.get(anPath)
            #expect(try await editor.post("/parkeren/voorbeeldstad/register/rechten/\(peeters.id)/status", [("status", "active")]).status == .conflict)
            // a plate change long after the new plate came into use is refused (48 h); within the window it is made
            let right = try #require(try await store.rights(holderID: holder.id).first)
            try await editor.get(path)
            let late = try await editor.post("/parkeren/voorbeeldstad/register/rechten/\(right.id)/kenteken", [
                ("old", "1-CAS-505"), ("newPlate", "1-CAS-506"), ("newCountry", "BE"), ("new-fuel", "petrol"), ("new-euro", "6"),
                ("new-category", "car"), ("since", "2026-01-01T08:00"),
            ])
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains("een wijziging kan binnen 48 uur"))
            let recent = ParkingCheckPage.inputValue(Date().addingTimeInterval(-3_600))
            try await editor.get(path)
            let changed = try await editor.post("/parkeren/voorbeeldstad/register/rechten/\(right.id)/kenteken", [
                ("old", "1-CAS-505"), ("newPlate", "1-CAS-506"), ("newCountry", "BE"), ("new-fuel", "petrol"), ("new-euro", "6"),
                ("new-category", "car"), ("since", recent),
            ])
            #expect(changed.status == .seeOther)
            #expect(try await store.rights(holderID: holder.id).first?.plates.map(\.display) == ["1-CAS-506"])
            #expect(try await store.rights(plateKeys: ["BE:1CAS505"], organisationID: city).isEmpty)
            // audited; a viewer may read but not write; another city sees nothing
            let events = try await AuditLog.events(.init(module: "diensten"), limit: 100, on: app.db)
            #expect(events.contains { $0.summary.contains("status suspended → revoked") })
            #expect(events.contains { $0.summary.contains("1-CAS-505 → 1-CAS-506") })
            let viewer = try await Accounts.signedIn(app, "kijk@voorbeeldstad.be", organisation: "voorbeeldstad", role: .viewer)
            #expect(try await viewer.get(path).status == .ok)
            #expect(try await viewer.post("/parkeren/voorbeeldstad/register/rechten/\(right.id)/status", [("status", "suspended")]).status == .forbidden)
            let gent = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .organisationAdmin)
            #expect(try await gent.get(path).status == .forbidden)
            #expect(try await Browser(app).send(.GET, "/parkeren/voorbeeldstad/register").status != .ok)
        }
    }

    @Test func thePublicPagesShowTheMapTheZonesAndTheCheckFormForMembers() async throws {
        try await withTestApp(.sqlite) { app in
            _ = try await ParkingDemo.load(into: app)
            let visitor = Browser(app)
            let home = try await visitor.get("/parkeren")
            #expect(home.status == .ok)
            #expect(home.body.string.contains("/parkeren/voorbeeldstad"))
            let city = try await visitor.get("/parkeren/voorbeeldstad")
            #expect(city.status == .ok)
            #expect(city.body.string.contains("<svg"))
            #expect(city.body.string.contains("Stationsbuurt (blauwe zone)"))
            #expect(!city.body.string.contains("/controle"))
            #expect(!city.body.string.contains("⟦"))
            let zone = try await visitor.get("/parkeren/voorbeeldstad/zones/VS-LEZ")
            #expect(zone.body.string.contains("diesel: vanaf 01-01-2025 minstens Euro 6"))
            #expect(try await visitor.get("/parkeren/voorbeeldstad/zones/XX").status == .notFound)
            #expect(try await visitor.get("/parkeren/nergens").status == .notFound)
            let english = try await visitor.get("/parkeren/voorbeeldstad/zones/VS-BL?lang=en")
            #expect(english.body.string.contains("at most 2 h"))
            #expect(!english.body.string.contains("⟦"))
            // the check form: only for members; an answer with its reason, a bad plate at its field
            #expect(try await visitor.get("/parkeren/voorbeeldstad/controle").status != .ok)
            let member = try await Accounts.signedIn(app, "an@voorbeeldstad.be", organisation: "voorbeeldstad", role: .viewer)
            let form = try await member.get("/parkeren/voorbeeldstad/controle")
            #expect(form.status == .ok)
            let answer = try await member.get("/parkeren/voorbeeldstad/controle?plate=1-MKT-303&country=BE&zone=VS-C1&moment=2026-03-02T19:30")
            #expect(answer.body.string.contains("Toegelaten"))
            #expect(answer.body.string.contains("admitted-by-right"))
            let shopHours = try await member.get("/parkeren/voorbeeldstad/controle?plate=1-MKT-303&country=BE&zone=VS-C1&moment=2026-03-02T10:30")
            #expect(shopHours.body.string.contains("Niet toegelaten"))
            let bad = try await member.get("/parkeren/voorbeeldstad/controle?plate=%3F%3F&country=BE&zone=VS-C1&moment=2026-03-02T10:30")
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("href=\"#plate\""))
            let noMoment = try await member.get("/parkeren/voorbeeldstad/controle?plate=1-ABC-123&country=BE&zone=VS-C1&moment=gisteren")
            #expect(noMoment.status == .badRequest)
            #expect(noMoment.body.string.contains("href=\"#moment\""))
        }
    }
}
