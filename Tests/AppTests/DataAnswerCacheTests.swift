@testable import App
@testable import Cijfers
@testable import Platform
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting

/// The data API's answers: JSON written by hand equals what the encoder wrote, and the answer cache with its ETags
/// never hands out an answer of older data.
@Suite("Data API answers and their cache")
struct DataAnswerCacheTests {
    static let data = """
        period;geolevel;geoitem;v2506_elek_res_cons;v2506_elek_res_n
        2020;gemeente2024;44021;100,5;10
        2021;gemeente2024;44021;200;20
        2021;gemeente2024;24062;50;5
        """

    func withData(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
        try await withTestApp(database) { app in
            let file = try Fixtures.temporaryDirectory().appendingPathComponent("data.csv")
            try Self.data.write(to: file, atomically: true, encoding: .utf8)
            let thresholds = file.deletingLastPathComponent().appendingPathComponent("drempel.csv")
            try "Indicator code;Threshold value\nvp2506_elek_res_n;10\n".write(to: thresholds, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx"), thresholds.path, file.path], into: app)
            try await body(app)
        }
    }

    @Test(arguments: TestDatabase.available)
    func jsonByHandReadsTheSameAsTheEncoder(database: TestDatabase) async throws {
        try await withData(database) { app in
            let catalog = await app.catalogStore.current
            // Values, suppressed cells, no data, a formula indicator with its threshold, names with accents.
            let selection = DataSelection(indicators: ["v2506_elek_res_cons", "vp2506_elek_res_n"], level: "gemeente2024",
                                          parent: "centrumsteden", areas: nil, periods: .all)
            let table = try await DataQuery(database: app.db, catalog: catalog).run(selection)
            #expect(table.cells.contains { $0.value.status == .suppressed })
            #expect(table.cells.contains { $0.value.value == nil && $0.value.status != .suppressed })
            let byHand = try JSONSerialization.jsonObject(with: Data(buffer: table.jsonBytes())) as? NSDictionary
            let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(DataTableDTO(table))) as? NSDictionary
            #expect(byHand != nil)
            #expect(byHand == encoded)
        }
    }

    @Test(arguments: TestDatabase.available)
    func etagsAnswer304AndAnImportMakesThemStale(database: TestDatabase) async throws {
        try await withData(database) { app in
            let path = "/api/v1/data?indicators=v2506_elek_res_cons&level=gemeente2024&areas=44021&periods=2021"
            var first = ""
            try await app.testing().test(.GET, path) { response async throws in
                #expect(response.status == .ok)
                first = try #require(response.headers.first(name: .eTag))
                #expect(response.headers.first(name: .cacheControl) == "public, max-age=\(DataAnswers.publicMaxAge)")
                #expect(response.body.string.contains("\"value\":200"))
            }
            #expect(app.dataAnswerCache.count == 1)
            // The same question again: the same answer and tag (from the cache), and 304 when the tag is sent.
            try await app.testing().test(.GET, path) { response async throws in
                #expect(response.headers.first(name: .eTag) == first)
                #expect(response.body.string.contains("\"value\":200"))
            }
            try await app.testing().test(.GET, path, headers: ["If-None-Match": first]) { response async throws in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers.first(name: .eTag) == first)
            }
            // Another question has another tag.
            try await app.testing().test(.GET, path + "&format=csv") { response async throws in
                #expect(response.headers.first(name: .eTag) != first)
            }
            // An import changes Gent's 2021 value: the old tag no longer matches, and the new value comes out.
            let file = try Fixtures.temporaryDirectory().appendingPathComponent("nieuw.csv")
            try "period;geolevel;geoitem;v2506_elek_res_cons\n2021;gemeente2024;44021;321\n".write(to: file, atomically: true, encoding: .utf8)
            try await TestData.load([file.path], into: app)
            try await app.testing().test(.GET, path, headers: ["If-None-Match": first]) { response async throws in
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .eTag) != first)
                #expect(response.body.string.contains("\"value\":321"))
            }
        }
    }

    /// Once a second the data versions fall due for comparison; a request arriving then takes the slow path, and must
    /// still be answered from the cache rather than computed anew (that stalled the server: docs/performance.md).
    @Test(arguments: TestDatabase.available)
    func aRequestWhileTheVersionsAreDueIsAnsweredFromTheCache(database: TestDatabase) async throws {
        try await withData(database) { app in
            let path = "/api/v1/data?indicators=v2506_elek_res_cons&level=gemeente2024&areas=44021&periods=2021"
            try await app.testing().test(.GET, path) { response async throws in
                #expect(response.status == .ok)
            }
            #expect(app.dataAnswerCache.count == 1)
            let computed = NIOLockedValueBox(0)
            let respond = { (headers: HTTPHeaders) async throws -> Response in
                let request = Request(application: app, method: .GET, url: URI(string: path), headers: headers,
                                      on: app.eventLoopGroup.next())
                return try await DataAnswers.respond(request) { _, _ in
                    computed.withLockedValue { $0 += 1 }
                    return Response(status: .ok, body: .init(string: "anew"))
                }.get()
            }
            app.catalogStore.watch.reset()
            #expect(!app.catalogStore.watch.isFresh())
            let cached = try await respond([:])
            #expect(cached.status == .ok)
            #expect((cached.body.string ?? "").contains("\"value\":200"))
            #expect(computed.withLockedValue { $0 } == 0)
            // A question not yet asked is computed, on the fast path as on the slow one.
            app.catalogStore.watch.reset()
            let other = Request(application: app, method: .GET, url: URI(string: path + "&lang=en"), on: app.eventLoopGroup.next())
            let fresh = try await DataAnswers.respond(other) { _, _ in
                computed.withLockedValue { $0 += 1 }
                return Response(status: .ok, body: .init(string: "anew"))
            }.get()
            #expect(fresh.body.string == "anew")
            #expect(computed.withLockedValue { $0 } == 1)
        }
    }

    @Test func tagsAndKeys() {
        let versions = DataAnswerCache.Versions(data: 3, access: 1)
        let tag = DataAnswerCache.etag(key: "- /api/v1/data?x=1", versions: versions)
        #expect(tag.hasPrefix("W/\"d3-a1-"))
        #expect(tag == DataAnswerCache.etag(key: "- /api/v1/data?x=1", versions: versions))
        #expect(tag != DataAnswerCache.etag(key: "- /api/v1/data?x=2", versions: versions))
        #expect(tag != DataAnswerCache.etag(key: "- /api/v1/data?x=1", versions: .init(data: 4, access: 1)))
        // The cache keeps answers of one set of versions; an older answer never replaces newer ones.
        let cache = DataAnswerCache()
        let answer = DataAnswerCache.Answer(headers: [:], body: ByteBuffer(string: "{}"))
        cache.store(answer, key: "a", versions: versions)
        #expect(cache.answer("a", versions: versions) != nil)
        #expect(cache.answer("a", versions: .init(data: 4, access: 1)) == nil)
        cache.store(answer, key: "b", versions: .init(data: 4, access: 1))
        #expect(cache.answer("a", versions: versions) == nil)
        cache.store(answer, key: "c", versions: versions)
        #expect(cache.answer("c", versions: versions) == nil)
        #expect(cache.count == 1)
    }
}
