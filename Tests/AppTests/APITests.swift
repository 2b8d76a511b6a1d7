@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import Testing
import Vapor
import VaporTesting

/// The JSON API on the real geography with a few values: shapes, filters, formats and errors.
@Suite("Data API")
struct APITests {
    /// Gemeenten with values for Gent (44021) and Leuven (24062), loaded from a small CSV.
    func withData(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
        try await withTestApp(database) { app in
            let file = try Fixtures.temporaryDirectory().appendingPathComponent("data.csv")
            try """
            period;geolevel;geoitem;v2506_elek_res_cons;v2506_elek_res_n
            2020;gemeente2024;44021;100,5;10
            2021;gemeente2024;44021;200;20
            2021;gemeente2024;24062;50;5
            """.write(to: file, atomically: true, encoding: .utf8)
            let thresholds = file.deletingLastPathComponent().appendingPathComponent("drempel.csv")
            try "Indicator code;Threshold value\nvp2506_elek_res_n;10\n".write(to: thresholds, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx"), thresholds.path, file.path], into: app)
            try await body(app)
        }
    }

    func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test(arguments: TestDatabase.available)
    func dataWithParentAndSuppression(database: TestDatabase) async throws {
        try await withData(database) { app in
            try await app.testing().test(.GET, "/api/v1/data?indicators=v2506_elek_res_cons,vp2506_elek_res_n&level=gemeente2024&parent=centrumsteden&periods=2021") { response async throws in
                #expect(response.status == .ok)
                let body = try json(response)
                let records = try #require(body["data"] as? [[String: Any]])
                #expect(records.count == 2 * 13)
                func record(_ indicator: String, _ area: String) -> [String: Any]? {
                    records.first { $0["indicator"] as? String == indicator && $0["area"] as? String == area }
                }
                #expect(record("v2506_elek_res_cons", "44021")?["value"] as? Double == 200)
                #expect(record("vp2506_elek_res_n", "44021")?["value"] as? Double == 10)
                // Leuven has 5 clients, below the threshold of 10: no value, status 'suppressed'
                #expect(record("vp2506_elek_res_n", "24062")?["value"] is NSNull)
                #expect(record("vp2506_elek_res_n", "24062")?["status"] as? String == "suppressed")
                #expect(record("v2506_elek_res_cons", "41002")?["status"] as? String == "no_data")
            }
            try await app.testing().test(.GET, "/api/v1/data?indicators=vp2506_elek_res_n&level=gemeente2024&areas=24062,44021&periods=2021&format=csv") { response async throws in
                let csv = response.body.string
                #expect(csv.contains("vp2506_elek_res_n,gemeente2024,24062,Leuven,2021,,suppressed"))
                #expect(csv.contains("vp2506_elek_res_n,gemeente2024,44021,Gent,2021,10,ok"))
            }
        }
    }

    @Test func jsonStatAndAggregation() async throws {
        try await withData(.sqlite) { app in
            try await app.testing().test(.GET, "/api/v1/data?indicators=v2506_elek_res_cons&level=provincie2024&areas=40000,20001&format=jsonstat") { response async throws in
                let body = try json(response)
                #expect(body["version"] as? String == "2.0")
                #expect(body["id"] as? [String] == ["indicator", "area", "period"])
                #expect(body["size"] as? [Int] == [1, 2, 2])
                // Oost-Vlaanderen (40000) holds Gent: 100.5 → 101 (RoundOff 1) in 2020, 200 in 2021; Vlaams-Brabant (20001) has Leuven in 2021 only
                let values = try #require(body["value"] as? [Any])
                #expect(values[0] as? Double == 101)
                #expect(values[1] as? Double == 200)
                #expect(values[2] is NSNull)
                #expect(values[3] as? Double == 50)
                #expect((body["status"] as? [String: String])?["2"] == "no_data")
            }
        }
    }

    @Test func listsAndErrors() async throws {
        try await withData(.sqlite) { app in
            try await app.testing().test(.GET, "/api/v1/levels/gemeente2024/areas?parent=40000") { response async throws in
                let items = try #require(try json(response)["items"] as? [[String: Any]])
                #expect(items.contains { $0["code"] as? String == "44021" })
                #expect(!items.contains { $0["code"] as? String == "24062" })
            }
            try await app.testing().test(.GET, "/api/v1/indicators/vp2506_elek_res_n") { response async throws in
                #expect(try json(response)["formula"] as? String == "v2506_elek_res_cons/v2506_elek_res_n")
            }
            let bad: [(String, HTTPStatus)] = [
                ("/api/v1/data", .badRequest),
                ("/api/v1/data?indicators=v2506_elek_res_cons", .badRequest),
                ("/api/v1/data?indicators=v2506_elek_res_cons&level=gemeente2024&format=xml", .badRequest),
                ("/api/v1/data?indicators=nope&level=gemeente2024", .notFound),
                ("/api/v1/data?indicators=v2506_elek_res_cons&level=nope", .notFound),
                ("/api/v1/data?indicators=v2506_elek_res_cons&level=gemeente2024&parent=nope", .notFound),
                ("/api/v1/data?indicators=v2506_elek_res_cons&level=gemeente2024&areas=%00%27;DROP", .notFound),
                ("/api/v1/levels/nope/areas", .notFound),
                ("/api/v1/indicators/%27%22%3C", .notFound),
                ("/jiveservices/odata/Variables('nope')/GeoLevels", .notFound),
                ("/jive/selectiontableasjson.ashx", .badRequest),
            ]
            for (path, status) in bad {
                try await app.testing().test(.GET, path) { response async throws in
                    #expect(response.status == status, "\(path)")
                    #expect(try json(response)["message"] is String, "\(path)")
                }
            }
        }
    }
}

@Suite("GeoJSON download")
struct GeoJSONTests {
    @Test func featuresCarryGeometryAndValues() async throws {
        try await withTestApp(.sqlite) { app in
            // setup: gemeenten with their geometry and one value for Gent
            let file = try Fixtures.temporaryDirectory().appendingPathComponent("data.csv")
            try "period;geolevel;geoitem;v2506_elek_res_cons\n2021;gemeente2024;44021;12,5\n".write(to: file, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [Fixtures.geography("gemeente2024.geojson"),
                                                              Fixtures.fluvius("Indicators.xlsx"), file.path], into: app)
            // act
            try await app.testing().test(.GET, "/api/v1/data?indicators=v2506_elek_res_cons&level=gemeente2024&parent=centrumsteden&periods=2021&format=geojson") { response async throws in
                // check
                #expect(response.headers.contentType?.description.hasPrefix("application/geo+json") == true)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let features = try #require(body["features"] as? [[String: Any]])
                #expect(features.count == 13)
                let gent = try #require(features.first { ($0["properties"] as? [String: Any])?["code"] as? String == "44021" })
                #expect((gent["properties"] as? [String: Any])?["value"] as? Double == 13)
                #expect((gent["geometry"] as? [String: Any])?["type"] as? String != nil)
                let leuven = try #require(features.first { ($0["properties"] as? [String: Any])?["code"] as? String == "24062" })
                #expect((leuven["properties"] as? [String: Any])?["status"] as? String == "no_data")
            }
        }
    }
}
