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

/// What a restriction covers: the levels its values can be rebuilt from, indicators whose threshold base it hides,
/// metadata naming it; and that a restricted level gets, on every route, the answer of a level without data.
@Suite("Restriction coverage")
struct RestrictionCoverageTests {
    /// Reserved entirely.
    static let hidden = "v2506_elek_res_cons"
    /// Reserved at the provincie level, so at the gemeente level too (the gemeenten add up to their provincie).
    static let hiddenAtProvincie = "v2506_elek_res_n"
    /// An editor's own indicator, suppressed where `hiddenAtProvincie` is below 50000.
    static let thresholded = "eigen_telling"
    /// Names `hidden` as its sample indicator, without a threshold: public, but must not name it.
    static let naming = "eigen_steekproef"
    static let open = "v2506_gas_res_n"

    /// Gent (44021) and Aalst (41002) in the provincie Oost-Vlaanderen (40000); a period (2017) only the fully
    /// reserved indicator has. An access group with Gent as member.
    func withRestrictions(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
        try await withTestApp(database) { app in
            let directory = try Fixtures.temporaryDirectory()
            let sheet = directory.appendingPathComponent("indicatoren.csv")
            try """
            Indicator code;Name;Unit;Threshold value;Threshold indicator;Sample indicator
            \(Self.thresholded);Eigen telling;aantal;50000;\(Self.hiddenAtProvincie);
            \(Self.naming);Eigen steekproef;aantal;;;\(Self.hidden)
            """.write(to: sheet, atomically: true, encoding: .utf8)
            let data = directory.appendingPathComponent("data.csv")
            try """
            period;geolevel;geoitem;\(Self.hidden);\(Self.hiddenAtProvincie);\(Self.open);\(Self.thresholded);\(Self.naming)
            2021;gemeente2024;44021;73519;86427;31415;7;5
            2021;gemeente2024;41002;10;100;27182;7;6
            """.write(to: data, atomically: true, encoding: .utf8)
            let early = directory.appendingPathComponent("vroeg.csv")
            try "period;geolevel;geoitem;\(Self.hidden)\n2017;gemeente2024;44021;12345\n".write(to: early, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx"), sheet.path, data.path, early.path], into: app)
            let service = AccessGroupService(database: app.db)
            let group = try await service.create(code: "energie-detail", name: "Energie in detail", description: "", by: .commandLine)
            let gent = try await Accounts.organisation(app, "gent")
            try await service.update(id: group.id, members: [gent.id!],
                                     restrictions: [(Self.hidden, nil), (Self.hiddenAtProvincie, "provincie2024")], by: .commandLine)
            try await app.catalogStore.reload(from: app.db)
            try await body(app)
        }
    }

    func member(_ app: Application) async throws -> Browser {
        try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .viewer)
        let browser = Browser(app)
        browser.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "an@gent.be", scope: .read))
        return browser
    }

    func records(_ response: TestingHTTPResponse) throws -> [[String: Any]] {
        let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
        return try #require(body["data"] as? [[String: Any]])
    }

    /// JSON with its keys sorted (the encoder's order varies between runs); anything else as it is.
    static func normalised(_ body: String) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed])
        else { return body }
        return String(decoding: data, as: UTF8.self)
    }

    @Test(arguments: TestDatabase.available)
    func theLevelsBelowARestrictedLevelAreRestrictedToo(database: TestDatabase) async throws {
        try await withRestrictions(database) { app in
            let visitor = Browser(app)
            for url in ["/api/v1/data?indicators=\(Self.hiddenAtProvincie)&level=gemeente2024",
                        "/api/v1/data?indicators=\(Self.hiddenAtProvincie)&level=gemeente2024&periods=2021&format=csv",
                        "/api/v1/data?indicators=\(Self.hiddenAtProvincie)&level=provincie2024",
                        "/jive/selectiontableasjson.ashx?var=\(Self.hiddenAtProvincie)&geolevel=gemeente2024&period=all",
                        "/indicator/\(Self.hiddenAtProvincie)?level=gemeente2024&period=2021"] {
                let response = try await visitor.get(url)
                #expect(response.status == .ok, "\(url)")
                for secret in ["86427", "86.427", "86527", "86.527"] where !url.hasPrefix("/indicator/") {
                    #expect(!response.body.string.contains(secret), "\(url) shows \(secret)")
                }
                #expect(!response.body.string.contains("86427") && !response.body.string.contains("86.427"), "\(url) shows Gent's value")
            }
            // The level above stays public.
            let gewest = try await visitor.get("/api/v1/data?indicators=\(Self.hiddenAtProvincie)&level=gewest&areas=2000")
            #expect(try records(gewest).first?["value"] as? Double == 86527)
            // Members see every level.
            let gent = try await member(app)
            let own = try await gent.get("/api/v1/data?indicators=\(Self.hiddenAtProvincie)&level=gemeente2024&areas=44021&periods=2021")
            #expect(try records(own).first?["value"] as? Double == 86427)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aThresholdOnRestrictedDataIsRestrictedToo(database: TestDatabase) async throws {
        try await withRestrictions(database) { app in
            let url = "/api/v1/data?indicators=\(Self.thresholded)&level=gemeente2024&areas=44021,41002&periods=2021"
            // 'ok' for Gent and 'suppressed' for Aalst would tell that Gent has at least 50000 clients and Aalst fewer.
            let visitor = try await Browser(app).get(url)
            #expect(visitor.status == .ok)
            let statuses = try records(visitor).map { $0["status"] as? String }
            #expect(statuses == ["no_data", "no_data"])
            let table = try await Browser(app).get("/jive/selectiontableasjson.ashx?var=\(Self.thresholded)&geolevel=gemeente2024&period=2021")
            #expect(!table.body.string.contains("\"x\"") && !table.body.string.contains("7"))
            // Members read the base, so they get the suppressed answer: Aalst by the threshold, and Gent too, since
            // Oost-Vlaanderen's total minus Gent would give Aalst back (secondary suppression).
            let gent = try await member(app)
            #expect(try records(try await gent.get(url)).map { $0["status"] as? String } == ["suppressed", "suppressed"])
            // The level above uses the public total of the base.
            let gewest = try await Browser(app).get("/api/v1/data?indicators=\(Self.thresholded)&level=gewest&areas=2000")
            #expect(try records(gewest).first?["status"] as? String == "ok")
        }
    }

    @Test(arguments: TestDatabase.available)
    func publicMetadataNamesNoHiddenIndicator(database: TestDatabase) async throws {
        try await withRestrictions(database) { app in
            let visitor = Browser(app)
            for url in ["/api/v1/indicators/\(Self.naming)", "/api/v1/indicators", "/indicator/\(Self.naming)",
                        "/jiveservices/odata/Variables('\(Self.naming)')",
                        "/api/v1/data?indicators=\(Self.naming)&level=gemeente2024&format=jsonstat",
                        "/api/v1/data?indicators=\(Self.naming)&level=gemeente2024"] {
                let response = try await visitor.get(url)
                #expect(response.status == .ok, "\(url)")
                #expect(!response.body.string.contains(Self.hidden), "\(url) names the hidden indicator")
            }
            // Members see the reference.
            let gent = try await member(app)
            #expect(try await gent.get("/api/v1/indicators/\(Self.naming)").body.string.contains(Self.hidden))
        }
    }

    @Test(arguments: TestDatabase.available)
    func areaPagesStayAndLeaveOutWhatIsRestricted(database: TestDatabase) async throws {
        try await withRestrictions(database) { app in
            let visitor = Browser(app)
            for url in ["/gebied/gemeente2024/44021", "/gebied/provincie2024/40000"] {
                let page = try await visitor.get(url)
                #expect(page.status == .ok, "\(url)")
                for secret in ["73.519", "86.427", "86.527"] { #expect(!page.body.string.contains(secret), "\(url) shows \(secret)") }
            }
            // The public indicator is on the page.
            #expect(try await visitor.get("/gebied/gemeente2024/44021").body.string.contains("31.415"))
            let signedIn = try await Accounts.signedIn(app, "bert@gent.be", organisation: "gent", role: .viewer)
            #expect(try await signedIn.get("/gebied/gemeente2024/44021").body.string.contains("86.427"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func swingPeriodsLeaveOutRestrictedData(database: TestDatabase) async throws {
        try await withRestrictions(database) { app in
            let url = "/jiveservices/odata/PeriodLevels('year')/Periods"
            let visitor = try await Browser(app).get(url)
            #expect(visitor.body.string.contains("2021"))
            #expect(!visitor.body.string.contains("2017"), "a period only restricted data has")
            let gent = try await member(app)
            #expect(try await gent.get(url).body.string.contains("2017"))
            let level = try await Browser(app).get("/jiveservices/odata/Variables('\(Self.hiddenAtProvincie)')/GeoLevels('gemeente2024')/PeriodLevels")
            #expect(!level.body.string.contains("year"))
        }
    }

    /// Every route that tells something about the data at a level gives, for a restricted level, the answer it gives
    /// when the indicator has no data there: the same status and the same bytes.
    @Test(arguments: TestDatabase.available)
    func aRestrictedLevelAnswersAsALevelWithoutData(database: TestDatabase) async throws {
        try await withRestrictions(database) { app in
            var urls: [String] = []
            for indicator in [Self.hiddenAtProvincie, Self.thresholded] {
                for level in ["gemeente2024", "provincie2024"] {
                    for query in ["", "&periods=2021", "&periods=latest", "&areas=44021", "&parent=centrumsteden"] {
                        for format in ["", "&format=csv", "&format=jsonstat"] {
                            urls.append("/api/v1/data?indicators=\(indicator)&level=\(level)\(query)\(format)")
                        }
                    }
                    urls.append("/api/v1/data?indicators=\(indicator),\(Self.open)&level=\(level)")
                    for period in ["all", "mrp", "2021"] {
                        urls.append("/jive/selectiontableasjson.ashx?var=\(indicator)&geolevel=\(level)&period=\(period)")
                    }
                    for prefix in ["jiveservices", "viewerservices"] {
                        let odata = "/\(prefix)/odata/Variables('\(indicator)')"
                        urls += ["\(odata)/GeoLevels", "\(odata)/GeoLevels('\(level)')/GeoItems",
                                 "\(odata)/GeoLevels('\(level)')/PeriodLevels",
                                 "\(odata)/GeoLevels('\(level)')/PeriodLevels('year')/Periods"]
                    }
                    urls.append("/indicator/\(indicator)?level=\(level)")
                    urls.append("/indicator/\(indicator)?level=\(level)&parent=gewest:2000&period=2021")
                }
            }
            urls += ["/jiveservices/odata/PeriodLevels", "/jiveservices/odata/PeriodLevels('year')/Periods",
                     "/gebied/gemeente2024/44021", "/gebied/gemeente2024/41002", "/gebied/provincie2024/40000", "/gebied/gewest/2000"]

            func answers() async throws -> [String: (HTTPStatus, String)] {
                var result: [String: (HTTPStatus, String)] = [:]
                for url in urls {
                    let response = try await Browser(app).get(url)
                    result[url] = (response.status, Self.normalised(response.body.string))
                }
                return result
            }
            let restricted = try await answers()

            // The same data without the restricted values, and without the level restriction.
            let sql = app.db.sql
            let catalog = await app.catalogStore.current
            let levels = ["gemeente2024", "provincie2024"].compactMap { catalog.levelKeys[$0] }
            for indicator in [Self.hiddenAtProvincie, Self.thresholded] {
                try await sql.delete(from: "value_vectors")
                    .where("indicator_id", .equal, catalog.indicatorKeys[indicator]!)
                    .where("level_id", .in, levels).run()
            }
            let service = AccessGroupService(database: app.db)
            let group = try #require(try await service.groups().first)
            let gent = try await Accounts.organisation(app, "gent")
            try await service.update(id: group.id, members: [gent.id!], restrictions: [(Self.hidden, nil)], by: .commandLine)
            try await app.catalogStore.reload(from: app.db)
            let withoutData = try await answers()

            for url in urls {
                let (status, body) = try #require(restricted[url])
                let (expectedStatus, expectedBody) = try #require(withoutData[url])
                #expect(status == expectedStatus, "\(url): \(status) instead of \(expectedStatus)")
                #expect(body == expectedBody, "\(url) differs from a level without data")
            }
        }
    }
}
