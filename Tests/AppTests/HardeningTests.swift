@testable import App
@testable import Cijfers
@testable import Kennis
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import Tabular
import Testing
import Vapor
import VaporTesting

/// Findings of the security review that belong to the data API, search, CSV exports and the sign-in return path
/// (docs/reliability.md, 'Security review'). Each test failed on the code before the fix.
@Suite("Hardening")
struct HardeningTests {
    /// Gemeenten with two indicators, for 2020 and 2021.
    func withData(_ database: TestDatabase, extraIndicator: String? = nil, _ body: (Application) async throws -> Void) async throws {
        try await withTestApp(database) { app in
            let folder = try Fixtures.temporaryDirectory()
            var files = TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx")]
            if let extraIndicator {
                let sheet = folder.appendingPathComponent("indicatoren.csv")
                try "Indicator code;Name;Unit\n\(CSVText.field(extraIndicator, separator: ";", spreadsheetSafe: false));Verdacht;aantal\n"
                    .write(to: sheet, atomically: true, encoding: .utf8)
                files.append(sheet.path)
            }
            let data = folder.appendingPathComponent("data.csv")
            var text = "period;geolevel;geoitem;v2506_elek_res_cons;v2506_elek_res_n\n"
            text += "2020;gemeente2024;44021;100;10\n2021;gemeente2024;44021;200;20\n2021;gemeente2024;24062;50;15\n"
            try text.write(to: data, atomically: true, encoding: .utf8)
            files.append(data.path)
            if let extraIndicator {
                let extra = folder.appendingPathComponent("extra.csv")
                try "period;geolevel;geoitem;\(CSVText.field(extraIndicator, separator: ";", spreadsheetSafe: false))\n2021;gemeente2024;44021;7\n"
                    .write(to: extra, atomically: true, encoding: .utf8)
                files.append(extra.path)
            }
            try await TestData.load(files, into: app)
            try await body(app)
        }
    }

    func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    // MARK: Resource exhaustion: the data API and the Swing table

    @Test(arguments: TestDatabase.available)
    func repeatedCodesAreAnsweredOnce(database: TestDatabase) async throws {
        try await withData(database) { app in
            let periods = Array(repeating: "2021", count: 500).joined(separator: ",")
            let areas = Array(repeating: "44021", count: 100).joined(separator: ",") + ",24062"
            try await app.testing().test(.GET, "/api/v1/data?indicators=v2506_elek_res_cons,v2506_elek_res_cons&level=gemeente2024&areas=\(areas)&periods=\(periods)") { response async throws in
                #expect(response.status == .ok)
                let body = try json(response)
                #expect(body["count"] as? Int == 2)
                #expect((body["data"] as? [Any])?.count == 2)
                #expect(body["periods"] as? [String] == ["2021"])
            }
            // The Swing selection table goes through the same query.
            try await app.testing().test(.GET, "/jive/selectiontableasjson.ashx?var=v2506_elek_res_cons&geolevel=gemeente2024&geoitem=\(areas)&period=\(periods)") { response async throws in
                #expect(response.status == .ok)
                let rows = try #require(try json(response)["rows"] as? [[Any]])
                #expect(rows.count == 2)
            }
        }
    }

    /// Areas that all fall outside the parent: never `IN ()` (a 500 on PostgreSQL), and since issue 18 not a silent
    /// empty answer either, but 400 saying which area lies outside the parent.
    @Test(arguments: TestDatabase.available)
    func aSelectionWithoutAreasAnswersEmpty(database: TestDatabase) async throws {
        try await withData(database) { app in
            // Leuven (24062) is not in Oost-Vlaanderen (40000).
            try await app.testing().test(.GET, "/api/v1/data?indicators=v2506_elek_res_cons&level=gemeente2024&parent=40000&areas=24062&periods=2021") { response async throws in
                #expect(response.status == .badRequest)
                #expect((try json(response)["message"] as? String)?.hasPrefix("gebied 24062 (Leuven) ligt niet binnen") == true)
            }
        }
    }

    @Test func aSelectionAboveTheCellLimitIsRefusedWithTheLimit() async throws {
        try await withData(.sqlite) { app in
            // 2 indicators × every gemeente × 1,500 distinct periods: well over 500,000 values, in a URL under 8 KB.
            let periods = (1000..<2500).map(String.init).joined(separator: ",")
            try await app.testing().test(.GET, "/api/v1/data?indicators=v2506_elek_res_cons,vp2506_elek_res_n&level=gemeente2024&periods=\(periods)") { response async throws in
                #expect(response.status == .badRequest)
                let message = try #require(try json(response)["message"] as? String)
                #expect(message.contains("hoogstens \(DataQuery.maximumCells)"))
            }
        }
    }

    @Test func overlongAddressesAndQueriesAreRefusedBeforeAnyRoute() async throws {
        try await withTestApp(.sqlite) { app in
            let long = String(repeating: "a", count: RequestLimitsMiddleware.maximumURLLength)
            try await app.testing().test(.GET, "/api/v1/data?indicators=\(long)&level=gemeente2024") { response async throws in
                #expect(response.status == .uriTooLong)
                #expect(response.body.string.contains("hoogstens \(RequestLimitsMiddleware.maximumURLLength)"))
            }
            let many = (0...RequestLimitsMiddleware.maximumQueryItems).map { "p\($0)=1" }.joined(separator: "&")
            try await app.testing().test(.GET, "/api/v1/levels?\(many)") { response async throws in
                #expect(response.status == .badRequest)
            }
            // a few known parameters pass (an unknown one is refused by the route since issue 18, see HonestSelectionTests)
            try await app.testing().test(.GET, "/api/v1/levels?lang=nl") { response async throws in
                #expect(response.status == .ok)
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func aLargeAnswerIsStreamedAndReadsTheSame(database: TestDatabase) async throws {
        try await withData(database) { app in
            // 2 indicators × every gemeente × 10 periods: more than one piece.
            let periods = (2016...2025).map(String.init).joined(separator: ",")
            let path = "/api/v1/data?indicators=v2506_elek_res_cons,vp2506_elek_res_n&level=gemeente2024&periods=\(periods)"
            try await app.testing().test(.GET, path) { response async throws in
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentLength) == nil)
                let body = try json(response)
                let records = try #require(body["data"] as? [[String: Any]])
                #expect(records.count >= DataResponse.streamingFrom)
                #expect(body["count"] as? Int == records.count)
                #expect(Set(records.compactMap { $0["period"] as? String }).count == 10)
                let gent2021 = records.first { $0["indicator"] as? String == "v2506_elek_res_cons" && $0["area"] as? String == "44021" && $0["period"] as? String == "2021" }
                #expect(gent2021?["value"] as? Double == 200)
            }
            try await app.testing().test(.GET, path + "&format=csv") { response async throws in
                let lines = response.body.string.split(separator: "\r\n")
                #expect(lines.first == "indicator,level,area,area_name,period,value,status,indicator_name,unit")
                #expect(lines.count - 1 >= DataResponse.streamingFrom)
                #expect(lines.contains { $0.hasPrefix("v2506_elek_res_cons,gemeente2024,44021,Gent,2021,200,ok,") })
            }
        }
    }

    // MARK: Search

    @Test func searchUsesABoundedNumberOfWordsAndSaysSo() async throws {
        try await withData(.sqlite) { app in
            // Nine different words: the ninth is not searched for, and the page says which.
            let words = ["gent", "gemeente", "antwerpen", "leuven", "brugge", "kortrijk", "mechelen", "aalst", "zzzzonbekend"]
            try await app.testing().test(.GET, "/zoeken?q=\(words.joined(separator: "+"))") { response async throws in
                #expect(response.status == .ok)
                #expect(response.body.string.contains(
                    "Alleen de eerste \(SiteSearchRequest.maximumWords) woorden zijn gebruikt; niet gezocht op: zzzzonbekend."))
            }
            try await app.testing().test(.GET, "/zoeken?q=gent") { response async throws in
                #expect(response.body.string.contains("/gebied/gemeente2024/44021"))
            }
            // However long the query, only its first 200 characters are read.
            let huge = (0..<20_000).map { "w\($0)" }.joined(separator: " ")
            let search = SiteSearchRequest.read([("q", huge)], knownTheme: { _ in true }, knownCity: { _ in true })
            #expect(search.query.count == SiteSearchRequest.maximumQueryLength)
            #expect(search.terms.words.count == SiteSearchRequest.maximumWords)
            #expect(search.notices.count == 2)
        }
    }

    // MARK: CSV

    @Test func everyCSVWeWriteNeutralisesFormulas() {
        for dangerous in ["=HYPERLINK(1)", "+1+1", "-2-3", "@SUM(A1)", "\tx", "=1", "-"] {
            #expect(CSVText.field(dangerous) == "'" + dangerous)
            #expect(CSVText.restore("'" + dangerous) == dangerous)
        }
        #expect(CSVText.field("=HYPERLINK(\"http://evil.example\")") == "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
        #expect(CSVText.field("\rx") == "\"'\rx\"")
        #expect(CSVText.field("-0,5", separator: ";") == "-0,5")
        for number in ["-3.5", "+2", "1e-5", "12", "x=1", "Gent"] {
            #expect(CSVText.field(number) == number)
        }
        #expect(CSVText.restore("'Gent") == "'Gent")
    }

    @Test func theDataCSVNeutralisesAnIndicatorCode() async throws {
        let code = "=HYPERLINK(1)"
        try await withData(.sqlite, extraIndicator: code) { app in
            let escaped = code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? code
            try await app.testing().test(.GET, "/api/v1/data?indicators=\(escaped)&level=gemeente2024&areas=44021&periods=2021&format=csv") { response async throws in
                #expect(response.status == .ok)
                let line = try #require(response.body.string.split(separator: "\r\n").dropFirst().first)
                #expect(line.hasPrefix("'=HYPERLINK(1),gemeente2024,44021,Gent,2021,7,ok"))
            }
        }
    }

    // MARK: The sign-in return path

    @Test func onlyALocalPathIsAReturnPath() {
        for good in ["/", "/account", "/indicator/x?periode=2021&a=b", "/gebied/gemeente2024/44021#kaart"] {
            #expect(ReturnPath.isLocal(good), "\(good)")
        }
        for bad in ["//evil.example", "/\\evil.example", "/\t/evil.example", "\t//evil.example", "https://evil.example",
                    "/x\r\nSet-Cookie: stadsbeeld_sessie=planted", "/x\nLocation: //evil", "/ /x", "evil.example", "",
                    "/a\\b", "/x\u{0}", "/\u{200B}/evil.example", "/x\u{85}y"] {
            #expect(!ReturnPath.isLocal(bad), "\(bad.debugDescription)")
        }
    }

    @Test func aReturnPathWithALineBreakNeverReachesAHeader() async throws {
        try await withTestApp(.sqlite) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            for planted in ["/account\r\nSet-Cookie: stadsbeeld_sessie=planted", "/\t/evil.example"] {
                let browser = Browser(app)
                try await browser.get("/aanmelden")
                let response = try await browser.post("/aanmelden", [("email", "an@gent.be"), ("wachtwoord", Accounts.password),
                                                                    ("terug", planted)])
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/account")
                #expect(!response.headers[.setCookie].contains { $0.contains("planted") })
            }
        }
    }
}
