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

/// The energy-sharing calculator through the application: the allocation API and its located 400s, exploring a
/// made-up building, and a city's building with its setup, an all-or-nothing upload of Fluvius files, the year
/// result (the same numbers as the domain gives) and the CSV exports; seen only by the own organisation.
@Suite("Energy sharing")
struct EnergyTests {
    static func ean(_ tail: Int) -> String { EnergyDemo.ean(tail) }

    static let header = "Van datum;Van tijdstip;Tot datum;Tot tijdstip;EAN;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus"

    static func row(_ ean: String, _ register: String, _ volume: String, from: String = "12:00", to: String = "12:15") -> String {
        "15-06-2024;\(from);15-06-2024;\(to);=\"\(ean)\";1SAG1100000001;Digitale Meter;\(register);\(volume);kWh;Gemeten"
    }

    /// One quarter hour on 15 June 2024: 1A takes 4 kWh, 1B 2 kWh, the installation injects 5 kWh.
    static var goodFile: String {
        [header, row(ean(1), "Afname Dag", "4,000"), row(ean(2), "Afname Dag", "2,000"), row(ean(9), "Injectie Dag", "5,000"),
         row(ean(1), "Afname Dag", "0,000", from: "12:15", to: "12:30")].joined(separator: "\r\n") + "\r\n"
    }

    static var setupForm: [(String, String)] {
        [("name", "Residentie Test"), ("installationEAN", ean(9)), ("kWp", "5"), ("installationCost", "9000"), ("key", "fixed"),
         ("energyPrice", "0,30"), ("injectionPrice", "0,05"), ("networkCosts", "0,12"),
         ("apartments", "1A; \(ean(1)); 50\n1B; \(ean(2)); 50")]
    }

    static func upload(_ browser: Browser, _ path: String, files: [(String, String)]) async throws -> TestingHTTPResponse {
        let boundary = "grens\(UUID().uuidString)"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(browser.csrf ?? "")\r\n"
        for (name, content) in files {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n\(content)\r\n"
        }
        body += "--\(boundary)--\r\n"
        return try await browser.send(.POST, path, contentType: "multipart/form-data; boundary=\(boundary)", body: ByteBuffer(string: body))
    }

    static func count(_ app: Application, _ table: String) async throws -> Int {
        try await app.db.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? -1
    }

    // MARK: - API

    static func post(_ app: Application, _ json: String) async throws -> (HTTPStatus, [String: Any]) {
        let response = try await Browser(app).send(.POST, "/api/v1/energy-sharing/allocate", contentType: "application/json", body: ByteBuffer(string: json))
        let body = (try? JSONSerialization.jsonObject(with: Data(response.body.string.utf8))) as? [String: Any] ?? [:]
        return (response.status, body)
    }

    @Test func theAllocationAPIGivesEachParticipantsKWhAndWhatReturns() async throws {
        try await withTestApp(.sqlite) { app in
            // fixed: offered 1.5 and 1.5 of 3 kWh; the second takes only its 1 kWh, 0.5 returns
            let (status, body) = try await Self.post(app, #"{"key": "fixed", "shares": [0.5, 0.5], "offtake": [2, 1], "injection": 3}"#)
            #expect(status == .ok)
            #expect(body["allocated"] as? [Double] == [1.5, 1])
            #expect(body["returned"] as? Double == 0.5)
            // optimal offers that 0.5 again to the first
            let (_, optimal) = try await Self.post(app, #"{"key": "optimal", "shares": [0.5, 0.5], "offtake": [2, 1], "injection": 3}"#)
            #expect(optimal["allocated"] as? [Double] == [2, 1])
            #expect(optimal["returned"] as? Double == 0)
            // relative needs no shares
            let (_, relative) = try await Self.post(app, #"{"key": "relative", "shares": [], "offtake": [3, 1], "injection": 2}"#)
            #expect(relative["allocated"] as? [Double] == [1.5, 0.5])
        }
    }

    @Test func everyRefusalOfTheAPIIsA400WithItsFieldAndIndex() async throws {
        try await withTestApp(.sqlite) { app in
            let cases: [(String, String, Int?)] = [
                (#"{"key": "fixed", "shares": [0.5, 0.4], "offtake": [1, 1], "injection": 1}"#, "shares", nil),
                (#"{"key": "fixed", "shares": [0.5, 0.5], "offtake": [1, -1], "injection": 1}"#, "offtake", 1),
                (#"{"key": "fixed", "shares": [0.5, 0.5, "x"], "offtake": [1, 1, 1], "injection": 1}"#, "shares", 2),
                (#"{"key": "eerlijk", "shares": [1], "offtake": [1], "injection": 1}"#, "key", nil),
                (#"{"key": "fixed", "shares": [1], "offtake": [1]}"#, "injection", nil),
                (#"{"key": "fixed", "shares": [1], "offtake": [1], "injection": -2}"#, "injection", nil),
                (#"{"key": "fixed", "shares": [1], "offtake": [], "injection": 1}"#, "offtake", nil),
                (#"{"key": "fixed", "shares": [1], "offtake": [1], "injection": 1, "injectorIndex": 4}"#, "injectorIndex", nil),
                (#"{"key": "fixed", "shares": [1], "offtake": [1], "#, "$", nil),
                ("", "$", nil),
            ]
            for (json, field, index) in cases {
                let (status, body) = try await Self.post(app, json)
                #expect(status == .badRequest, "\(json)")
                #expect(body["field"] as? String == field, "\(json)")
                #expect(body["index"] as? Int == index, "\(json)")
                #expect((body["reason"] as? String)?.isEmpty == false, "\(json)")
                #expect((body["error"] as? String)?.isEmpty == false, "\(json)")
                #expect(body.keys.contains("index"), "\(json)")
            }
            // a body past the limit is refused before it is read
            let big = "{\"offtake\": [" + String(repeating: "1,", count: 600_000) + "1]}"
            let response = try await Browser(app).send(.POST, "/api/v1/energy-sharing/allocate", contentType: "application/json", body: ByteBuffer(string: big))
            #expect(response.status == .payloadTooLarge)
        }
    }

    // MARK: - Exploring

    @Test func exploringShowsTheDomainsYearAndLocatesBadInput() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let visitor = Browser(app)
            let form = try await visitor.get("/energiedelen/verkennen")
            #expect(form.status == .ok)
            #expect(form.body.string.contains("name=\"csrf\""))
            let fields = [("apartments", "6"), ("consumption", "2500"), ("kWp", "10"), ("installationCost", "12000"), ("key", "relative"),
                          ("energyPrice", "0,30"), ("injectionPrice", "0,04"), ("networkCosts", "0,12"), ("year", "2024"), ("seed", "7")]
            // act
            let page = try await visitor.post("/energiedelen/verkennen", fields)
            // check: the numbers the domain gives for the same input
            #expect(page.status == .ok)
            var input = EnergyExploration.Input()
            (input.apartments, input.consumption, input.kWp, input.installationCost, input.key) = ("6", "2500", "10", "12000", "relative")
            (input.energyPrice, input.injectionPrice, input.networkCosts, input.year, input.seed) = ("0,30", "0,04", "0,12", "2024", "7")
            let expected = try EnergyExploration.read(input).get().run()
            let w = EnergyWords(.nl)
            let html = page.body.string
            #expect(html.contains("id=\"energy-shared\">\(w.kWh(expected.shared))<"))
            #expect(html.contains("id=\"energy-self-sufficiency\">\(w.percent(expected.selfSufficiency))<"))
            #expect(html.contains("id=\"energy-savings\">\(w.euro(expected.savings))<"))
            #expect(html.contains("Appartement 6"))
            #expect(html.contains("<svg"))
            #expect(!html.contains("⟦"))
            #expect(try await Self.count(app, "energy_buildings") == 0)
            // bad input: each problem linked to its field, the typed values kept
            let bad = try await visitor.post("/energiedelen/verkennen", [("apartments", "0"), ("kWp", "veel"), ("key", "fixed")])
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("href=\"#apartments\""))
            #expect(bad.body.string.contains("href=\"#kWp\""))
            #expect(bad.body.string.contains("value=\"veel\""))
            #expect(!bad.body.string.contains("⟦"))
            // English
            try await visitor.get("/energiedelen/verkennen?lang=en")
            let english = try await visitor.post("/energiedelen/verkennen", fields)
            #expect(english.body.string.contains(EnergyWords(.en).kWh(expected.shared)))
            #expect(!english.body.string.contains("⟦"))
            // a forged token is refused
            #expect(try await visitor.post("/energiedelen/verkennen", fields, csrf: "vals").status == .forbidden)
        }
    }

    // MARK: - Buildings

    @Test(arguments: TestDatabase.available)
    func aBuildingIsSetUpItsMetersUploadedAndItsYearShownAndExported(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: an editor of Gent records a building
            let gent = try await Accounts.signedIn(app, "energie@gent.be", organisation: "gent", role: .editor)
            try await gent.get("/energiedelen/gebouwen/nieuw")
            let created = try await gent.post("/energiedelen/gebouwen", Self.setupForm)
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let meters = String(location.split(separator: "?")[0])
            let buildingPath = String(meters.dropLast("/meterdata".count))
            #expect(try await gent.get(location).body.string.contains("Het gebouw is vastgelegd."))
            // act: a file with a bad row and one with an EAN not in the building: nothing is written
            let badRow = Self.goodFile.replacingOccurrences(of: "2,000", with: "twee")
            let stranger = [Self.header, Self.row(Self.ean(5), "Afname Dag", "1,0")].joined(separator: "\n")
            let refused = try await Self.upload(gent, meters, files: [("a.csv", badRow), ("b.csv", stranger)])
            // check
            #expect(refused.status == .badRequest)
            let problems = refused.body.string
            #expect(problems.contains("a.csv"))
            #expect(problems.contains("<td class=\"num\">3</td>"))
            #expect(problems.contains("'twee' is not a number"))
            #expect(problems.contains("b.csv"))
            #expect(problems.contains("EAN \(Self.ean(5)) is geen appartement of installatie van dit gebouw"))
            #expect(try await Self.count(app, "energy_meter_years") == 0)
            // act: the good file
            let uploaded = try await Self.upload(gent, meters, files: [("juni.csv", Self.goodFile)])
            #expect(uploaded.status == .seeOther)
            let uploadedPage = try await gent.get(try #require(uploaded.headers.first(name: .location)))
            #expect(uploadedPage.body.string.contains("3 EAN-jaren toegevoegd, 0 vervangen"))
            #expect(uploadedPage.body.string.contains("juni.csv"))
            #expect(try await Self.count(app, "energy_meter_years") == 3)
            // check: the year, by hand: 1A is offered 2,5 and takes it, 1B takes its 2; 0,5 returns
            let page = try await gent.get(buildingPath)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("id=\"energy-shared\">4,5\u{00A0}kWh<"))
            #expect(html.contains("id=\"energy-returned\">0,5\u{00A0}kWh<"))
            #expect(html.contains("id=\"energy-self-sufficiency\">75,0\u{00A0}%<"))
            #expect(html.contains("id=\"energy-savings\">€\u{00A0}0,81<"))
            #expect(html.contains("id=\"energy-revenue\">€\u{00A0}0,03<"))
            #expect(!html.contains("⟦"))
            // and the same as the domain gives on the stored data
            let id = try #require(Int(buildingPath.split(separator: "/").last!))
            let organisation = try await Accounts.organisation(app, "gent")
            let stored = try #require(try await EnergyStore(database: app.db).find(id: id, organisationID: organisation.id!))
            let yearData = try await EnergyStore(database: app.db).meters(buildingID: id, year: 2024)
            let domain = try SharingSimulation.run(try EnergyBuildingYear.building(stored.setup, meters: yearData, year: 2024).get(),
                                                   tariffs: stored.setup.tariffs)
            #expect(abs(domain.shared - 4.5) < 1e-9)
            #expect(html.contains(">\(EnergyWords(.nl).percent(domain.participants[0].selfSufficiency))<"))
            // the exports: semicolons, decimal comma, a byte-order mark, text/csv
            let apartments = try await gent.get(buildingPath + "/appartementen.csv")
            #expect(apartments.status == .ok)
            #expect(apartments.headers.contentType?.description.hasPrefix("text/csv") == true)
            let lines = apartments.body.string.components(separatedBy: "\r\n")
            #expect(lines[0].hasPrefix("\u{FEFF}Appartement;EAN;"))
            #expect(lines[1] == "1A;\(Self.ean(1));50,0000;4,000;2,500;62,50;50,00;0,45")
            #expect(lines[2] == "1B;\(Self.ean(2));50,0000;2,000;2,000;100,00;40,00;0,36")
            let months = try await gent.get(buildingPath + "/maanden.csv")
            #expect(months.body.string.contains("\r\n2024;6;6,000;4,500;1,500;75,00\r\n"))
            #expect(months.body.string.contains("\r\n2024;1;0,000;0,000;0,000;0,00\r\n"))
            // a second upload of the same year replaces it and says so
            let again = try await Self.upload(gent, meters, files: [("juni.csv", Self.goodFile)])
            #expect(try await gent.get(try #require(again.headers.first(name: .location))).body.string.contains("0 EAN-jaren toegevoegd, 3 vervangen"))
            #expect(try await Self.count(app, "energy_meter_years") == 3)
            // the pages in English hold no raw key
            let english = try await gent.get(buildingPath + "?lang=en")
            #expect(english.body.string.contains("Result for 2024"))
            #expect(english.body.string.contains("id=\"energy-shared\">4.5\u{00A0}kWh<"))
            for path in [buildingPath, meters, buildingPath + "/instellingen", "/energiedelen/gebouwen", "/energiedelen"] {
                let page = try await gent.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.body.string.contains("⟦"), "\(path)")
            }
            #expect(try await gent.get(buildingPath + "/maanden.csv").body.string.hasPrefix("\u{FEFF}Year;Month;Offtake (kWh)"))
            // the audit trail has the building and both uploads
            let events = try await AuditLog.events(.init(module: "diensten"), limit: 10, on: app.db)
            #expect(events.filter { $0.entityType == "energy_building" }.count == 3)
            // another organisation and a visitor see nothing
            let leuven = try await Accounts.signedIn(app, "energie@leuven.be", organisation: "leuven", role: .organisationAdmin)
            #expect(try await leuven.get(buildingPath).status == .notFound)
            #expect(try await leuven.get(buildingPath + "/appartementen.csv").status == .notFound)
            #expect(try await leuven.post(buildingPath + "/instellingen", Self.setupForm).status == .notFound)
            let anonymous = try await Browser(app).get(buildingPath)
            #expect(anonymous.status != .ok)
            #expect(!anonymous.body.string.contains("Residentie Test"))
        }
    }

    @Test func theSetupIsRefusedWithLocatedProblemsAndSavedWhenRight() async throws {
        try await withTestApp(.sqlite) { app in
            let gent = try await Accounts.signedIn(app, "energie@gent.be", organisation: "gent", role: .editor)
            try await gent.get("/energiedelen/gebouwen/nieuw")
            var form = Self.setupForm
            form[8] = ("apartments", "1A; \(Self.ean(1)); 50\n1B; 541448820000000000; 40")
            let refused = try await gent.post("/energiedelen/gebouwen", form)
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("Appartementen, regel 2: '541448820000000000' is geen EAN"))
            #expect(try await Self.count(app, "energy_buildings") == 0)
            let created = try await gent.post("/energiedelen/gebouwen", Self.setupForm)
            let meters = String(try #require(created.headers.first(name: .location)).split(separator: "?")[0])
            let settings = meters.replacingOccurrences(of: "/meterdata", with: "/instellingen")
            try await gent.get(settings)
            var changed = Self.setupForm
            changed[4] = ("key", "optimal")
            changed[0] = ("name", "Residentie Nieuw")
            let saved = try await gent.post(settings, changed)
            #expect(saved.status == .seeOther)
            let page = try await gent.get(try #require(saved.headers.first(name: .location)))
            #expect(page.body.string.contains("De instellingen zijn bewaard."))
            #expect(page.body.string.contains("Residentie Nieuw"))
            #expect(page.body.string.contains("Er is nog geen meterdata voor dit gebouw."))
            // a viewer may look but not record
            let viewer = try await Accounts.signedIn(app, "kijker@gent.be", organisation: "gent", role: .viewer)
            #expect(try await viewer.get("/energiedelen/gebouwen").body.string.contains("Residentie Nieuw"))
            #expect(try await viewer.post("/energiedelen/gebouwen", Self.setupForm).status == .forbidden)
        }
    }

    @Test func theDemoBuildingHasAYearForEveryApartment() async throws {
        try await withTestApp(.sqlite) { app in
            let message = try await EnergyDemo.load(into: app.db)
            #expect(message.contains("12 appartementen"))
            #expect(try await EnergyDemo.load(into: app.db).contains("al geladen"))
            #expect(try await Self.count(app, "energy_meter_years") == 13)
            let organisation = try await Accounts.organisation(app, "voorbeeldstad")
            let store = EnergyStore(database: app.db)
            let summary = try #require(try await store.list(organisationID: organisation.id!).first)
            #expect(summary.years == [2025])
            let building = try #require(try await store.find(id: summary.id, organisationID: organisation.id!))
            let result = try SharingSimulation.run(
                try EnergyBuildingYear.building(building.setup, meters: try await store.meters(buildingID: summary.id, year: 2025), year: 2025).get(),
                tariffs: building.setup.tariffs)
            #expect(abs(result.injection - 20 * 900) < 0.5)  // Float32 storage keeps it within half a kWh over a year
            #expect(result.shared > 0 && result.shared < result.injection)
            #expect(result.paybackYears != nil)
        }
    }
}
