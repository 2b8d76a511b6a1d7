@testable import App
@testable import Diensten
import DienstenDomain
import Foundation
@testable import Platform
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The LPDC import: from the fixture folder and over real HTTP, atomic with located problems, incremental and
/// idempotent; the store's lookups and the rights API. SQLite, and PostgreSQL when TEST_DATABASE_URL is set.
@Suite("Rights: LPDC import, store and API")
struct RightsImportTests {
    static let fixtures = Fixtures.repositoryRoot.appendingPathComponent("Tests/AppTests/Fixtures/lpdc")
    static let akte = "705d401c-1a41-4802-a863-b22499f71b84"          // concept, federal, page 0
    static let woonzorg = "9adcd3db-3acc-4707-867f-e82a8b6429f8"      // concept, Flemish, page 1
    static let minimal = "c0d6bf9a-fcc4-4d46-beb6-3f4d80f03bf3"       // instance of Gent, two snapshots
    static let essential = "c17b67ac-c518-4f98-b73c-53b3c068ad21"     // instance of Gent

    /// A copy of the fixture pages in a scratch folder the test may change.
    static func copyOfFixtures() throws -> URL {
        let folder = try Fixtures.temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) where name.hasSuffix(".json") {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func write(_ object: [String: Any], to url: URL) throws {
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]).write(to: url)
    }

    /// Page 1 of the concept stream given a relation forward to a page 2 with `members`.
    static func addConceptPage2(in folder: URL, members: [[String: Any]]) throws {
        let page1URL = folder.appendingPathComponent("conceptsnapshot-page-1.json")
        var page1 = try json(page1URL)
        var view = try #require(page1["view"] as? [String: Any])
        var relations = try #require(view["relation"] as? [[String: Any]])
        relations.append(["node": "http://ipdc-stub/doc/conceptsnapshot?pageNumber=2", "path": "generatedAtTime", "@type": "GreaterThanOrEqualToRelation"])
        view["relation"] = relations
        page1["view"] = view
        try write(page1, to: page1URL)
        try write(["@id": "http://ipdc-stub/doc/conceptsnapshot?pageNumber=2",
                   "view": ["@id": "http://ipdc-stub/doc/conceptsnapshot?pageNumber=2", "@type": "Node",
                            "relation": [["node": "http://ipdc-stub/doc/conceptsnapshot?pageNumber=1", "@type": "LessThanOrEqualToRelation"]]],
                   "member": members], to: folder.appendingPathComponent("conceptsnapshot-page-2.json"))
    }

    static func concept(_ key: String, at time: String, name: String, archived: Bool = false, extra: [String: Any] = [:]) -> [String: Any] {
        var member: [String: Any] = [
            "@id": "https://ipdc.tni-vlaanderen.be/id/conceptsnapshot/\(UUID().uuidString.lowercased())", "@type": ["ConceptSnapshot"],
            "isVersionOf": "https://ipdc.tni-vlaanderen.be/id/concept/\(key)", "generatedAtTime": time,
            "naam": ["nl": name, "en": name + " (en)"], "gearchiveerd": archived,
        ]
        for (field, value) in extra { member[field] = value }
        return member
    }

    static func auditEvents(_ app: Application) async throws -> [AuditEvent] {
        try await AuditLog.events(.init(module: DienstenAudit.module), limit: 100, on: app.db)
    }

    // MARK: Folder

    @Test(arguments: TestDatabase.available)
    func theFixtureFolderIsImportedAndARerunChangesNothing(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // act
            let first = try await RightsImporter(app: app).run(source: Self.fixtures.path)
            // check: three pages, five members, four services (the instance with two snapshots once)
            #expect(first.pagesRead == 3 && first.members == 5)
            #expect(first.added == 4 && first.replaced == 0 && first.removed == 0 && first.unchanged == 0)
            #expect(!first.incremental)
            #expect(first.notices.contains { $0.contains("instancesnapshot?pageNumber=1") && $0.contains("niet gevonden") })
            #expect(Set(first.lastPages) == ["http://ipdc-stub/doc/conceptsnapshot?pageNumber=1", "http://hostname/doc/instancesnapshot?pageNumber=0"])
            let store = RightsStore(database: app.db)
            #expect(try await store.count() == 4)
            let akte = try #require(try await store.right(key: Self.akte))
            #expect(akte.service.name.text("en") == "Certificate of Belgian nationality")
            #expect(akte.service.requirements.first?.evidence?.name.variants["nl"] == "Bewijs - nl")
            #expect(akte.scope == .federaal && akte.municipalities == nil)
            #expect(try await store.right(id: "https://ipdc.tni-vlaanderen.be/id/concept/\(Self.akte)")?.key == Self.akte)
            #expect(try await store.right(id: akte.service.snapshot)?.key == Self.akte)
            let minimal = try #require(try await store.right(key: Self.minimal))
            #expect(minimal.service.name.text("nl") == "Minimalistische instantie updatet")
            #expect(minimal.municipalities == ["44021"] && minimal.scope == .lokaal)
            #expect(try await store.rights(productNumbers: ["10092", "1502", "0"]).map(\.key).sorted() == [Self.akte, Self.woonzorg].sorted())
            let state = try #require(try await store.importState(source: Self.fixtures.path))
            #expect(state.added == 4 && state.newestGeneratedAt == "2024-02-27T06:32:10.377000000Z")

            // act: again
            let second = try await RightsImporter(app: app).run(source: Self.fixtures.path)
            // check: from where it stopped, nothing changed
            #expect(second.incremental)
            #expect(Set(second.resumedFrom) == Set(first.lastPages))
            #expect(second.pagesRead == 2) // the last concept page and the instance page, not concept page 0
            #expect(second.changes == 0 && second.added == 0 && second.unchanged == 3)
            #expect(try await store.count() == 4)
            #expect(try await store.right(key: Self.minimal)?.importedAt == minimal.importedAt)
            // both runs are in the audit trail with their counts
            let events = try await Self.auditEvents(app)
            #expect(events.count == 2)
            #expect(events.allSatisfy { $0.action == .importData && $0.entityID == Self.fixtures.path })
            #expect(events.contains { $0.summary.contains("4 nieuw") } && events.contains { $0.summary.contains("0 nieuw") })
        }
    }

    @Test(arguments: TestDatabase.available)
    func whatAppliesInAMunicipality(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let folder = try Self.copyOfFixtures()
            defer { try? FileManager.default.removeItem(at: folder) }
            // an instance of Antwerpen derived from the Akte concept, and a concept for the arrondissement of Gent
            try Self.addConceptPage2(in: folder, members: [
                Self.concept("antwerpen-akte", at: "2024-05-01T10:00:00Z", name: "Akte in Antwerpen",
                             extra: ["@type": "InstantieSnapshot", "geografischToepassingsgebieden": ["BE21111002"],
                                     "linkedConcept": "https://ipdc.tni-vlaanderen.be/id/concept/\(Self.akte)"]),
                Self.concept("gent-arrondissement", at: "2024-05-01T10:00:00Z", name: "Iets voor het arrondissement Gent",
                             extra: ["geografischToepassingsgebieden": ["BE234"], "productnummer": "777"]),
            ])
            try await RightsImporter(app: app).run(source: folder.path)
            let store = RightsStore(database: app.db)
            // act
            let gent = Set(try await store.rights(municipality: "44021").map(\.key))
            let antwerpen = Set(try await store.rights(municipality: "11002").map(\.key))
            let everywhere = Set([Self.akte, Self.woonzorg])
            // check: instances of Gent (BE23444021) for 44021 and not for 11002; concepts without area everywhere
            #expect(gent == everywhere.union([Self.minimal, Self.essential, "gent-arrondissement"]))
            #expect(antwerpen == everywhere.union(["antwerpen-akte"]))
            #expect(try await store.rights(municipality: "44084").map(\.key).contains("gent-arrondissement")) // Aalter, also BE234
            #expect(try await store.rights(municipality: nil).count == 6)
            #expect(try await store.instances(ofConcept: "https://ipdc.tni-vlaanderen.be/id/concept/\(Self.akte)").map(\.key) == ["antwerpen-akte"])
            #expect(try await store.right(key: "gent-arrondissement")?.municipalities?.count == 17)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aNewerSnapshotReplacesAnArchivedOneDisappearsAnOlderOneChangesNothing(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let folder = try Self.copyOfFixtures()
            defer { try? FileManager.default.removeItem(at: folder) }
            try await RightsImporter(app: app).run(source: folder.path)
            // setup: the stream grows by a page: a newer Akte, an archived woonzorg, an older Akte (3 fractional
            // digits vs 6 in the held one: compared as instants)
            try Self.addConceptPage2(in: folder, members: [
                Self.concept(Self.akte, at: "2023-07-12T11:40:20.441Z", name: "Oudere akte"),
                Self.concept(Self.akte, at: "2024-01-01T00:00:00.5+01:00", name: "Akte van Belgische nationaliteit, nieuw"),
                Self.concept(Self.woonzorg, at: "2023-03-07T15:14:53.7541731Z", name: "weg", archived: true),
            ])
            // act
            let report = try await RightsImporter(app: app).run(source: folder.path)
            // check
            #expect(report.incremental && report.pagesRead == 3) // concept pages 1 and 2, instance page 0
            #expect(report.replaced == 1 && report.removed == 1 && report.added == 0)
            let store = RightsStore(database: app.db)
            #expect(try await store.right(key: Self.akte)?.service.name.text("nl") == "Akte van Belgische nationaliteit, nieuw")
            #expect(try await store.right(key: Self.woonzorg) == nil)
            #expect(try await store.count() == 3)
            #expect(try await store.rights(productNumbers: ["10092"]).isEmpty)
            // a full rerun reads page 1 again (the older, non-archived woonzorg snapshot): it stays gone
            let full = try await RightsImporter(app: app).run(source: folder.path, full: true)
            #expect(full.changes == 0 && full.pagesRead == 4)
            #expect(try await store.right(key: Self.woonzorg) == nil)
            #expect(try await store.count() == 3)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aBrokenPageIsLocatedAndNothingIsWritten(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let store = RightsStore(database: app.db)
            let cases: [(String, (inout [String: Any]) -> Void, String)] = [
                ("isVersionOf", { $0.removeValue(forKey: "isVersionOf") }, "ontbreekt"),
                ("generatedAtTime", { $0["generatedAtTime"] = "2024-13-01T00:00:00Z" }, "geen datum-tijd"),
                ("voorwaarden[0].bewijs", { $0["voorwaarden"] = [["naam": ["nl": "x"], "bewijs": "ja"]] }, "verwacht een object"),
            ]
            for (field, breakIt, reason) in cases {
                let folder = try Self.copyOfFixtures()
                defer { try? FileManager.default.removeItem(at: folder) }
                let file = folder.appendingPathComponent("instancesnapshot-page-0.json")
                var page = try Self.json(file)
                var members = try #require(page["member"] as? [[String: Any]])
                breakIt(&members[1])
                page["member"] = members
                try Self.write(page, to: file)
                // act / check
                let problem = try await #require(throws: LDESProblem.self) { try await RightsImporter(app: app).run(source: folder.path) }
                #expect(problem.page.contains("instancesnapshot-page-0.json"))
                #expect(problem.memberIndex == 1)
                #expect(problem.memberID == "http://data.lblod.info/id/public-service-snapshot/84d1e739-d20c-4986-84d8-331bd58feb09")
                #expect(problem.field == field)
                #expect(problem.reason.contains(reason), "\(problem)")
                #expect(try await store.count() == 0)
                #expect(try await store.importState(source: folder.path) == nil)
            }
            // bad JSON, with a catalogue already there: it stays as it was
            try await RightsImporter(app: app).run(source: Self.fixtures.path)
            let folder = try Self.copyOfFixtures()
            defer { try? FileManager.default.removeItem(at: folder) }
            try Data("{\"member\": [".utf8).write(to: folder.appendingPathComponent("conceptsnapshot-page-1.json"))
            let problem = try await #require(throws: LDESProblem.self) { try await RightsImporter(app: app).run(source: folder.path) }
            #expect(problem.page.hasSuffix("conceptsnapshot-page-1.json") && problem.reason.contains("geen geldige JSON"))
            #expect(try await store.count() == 4)
            #expect(try await Self.auditEvents(app).count == 1)
            // a folder that does not exist
            let missing = try await #require(throws: LDESProblem.self) { try await RightsImporter(app: app).run(source: folder.path + "-niet") }
            #expect(missing.reason.contains("bestaat niet"))
        }
    }

    // MARK: HTTP

    @Test(arguments: TestDatabase.available)
    func theStreamsAreReadOverHTTPAndTheNextRunContinuesWhereItStopped(database: TestDatabase) async throws {
        let server = try await PageServer.start(folder: Self.fixtures)
        do {
            try await withTestApp(database) { app in
                let concepts = "\(server.base)/doc/conceptsnapshot?pageNumber=0"
                let instances = "\(server.base)/doc/instancesnapshot?pageNumber=0"
                // act
                let first = try await RightsImporter(app: app).run(source: concepts)
                let local = try await RightsImporter(app: app).run(source: instances)
                // check: both concept pages followed over HTTP; the instance stream's page 1 answers 404 and is reported
                #expect(first.pagesRead == 2 && first.added == 2)
                #expect(first.lastPages == ["\(server.base)/doc/conceptsnapshot?pageNumber=1"])
                #expect(local.pagesRead == 1 && local.added == 2 && local.members == 3)
                #expect(local.notices.contains { $0.contains("instancesnapshot?pageNumber=1") })
                let store = RightsStore(database: app.db)
                #expect(try await store.count() == 4)
                #expect(try await store.rights(municipality: "44021").count == 4)
                // act: again — from the last page, nothing changes
                let again = try await RightsImporter(app: app).run(source: concepts)
                #expect(again.incremental && again.resumedFrom == first.lastPages)
                #expect(again.pagesRead == 1 && again.changes == 0 && again.unchanged == 1)
                #expect(try await store.importStates().count == 2)
                // a server that answers HTML, or a page that does not exist, is a located problem
                let html = try await #require(throws: LDESProblem.self) {
                    try await RightsImporter(app: app).run(source: "\(server.base)/html/page")
                }
                #expect(html.page == "\(server.base)/html/page" && html.reason.contains("inhoudstype 'text/html'"))
                let gone = try await #require(throws: LDESProblem.self) {
                    try await RightsImporter(app: app).run(source: "\(server.base)/doc/nothing?pageNumber=0")
                }
                #expect(gone.reason.contains("bestaat niet"))
                // a page above the size limit is refused (over HTTP and from a folder)
                let big = try await #require(throws: LDESProblem.self) {
                    try await RightsImporter(app: app, maxPageBytes: 4096).run(source: concepts, full: true)
                }
                #expect(big.page == concepts && big.reason.contains("groter dan 4 kB"), "\(big)")
                let bigFile = try await #require(throws: LDESProblem.self) {
                    try await RightsImporter(app: app, maxPageBytes: 4096).run(source: Self.fixtures.path)
                }
                #expect(bigFile.page.hasSuffix("conceptsnapshot-page-0.json") && bigFile.reason.contains("groter dan 4 kB"))
                #expect(try await store.count() == 4)
            }
        } catch {
            try await server.stop()
            throw error
        }
        try await server.stop()
    }

    // MARK: API

    @Test(arguments: TestDatabase.available)
    func theAPIListsRightsPerMunicipalityAndGivesOneWhole(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await RightsImporter(app: app).run(source: Self.fixtures.path)
            let client = try app.testing()
            // all
            try await client.test(.GET, "/api/v1/rights") { response async throws in
                #expect(response.status == .ok)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                let items = try #require(body["items"] as? [[String: Any]])
                #expect(items.count == 4)
                let akte = try #require(items.first { $0["key"] as? String == Self.akte })
                #expect(akte["id"] as? String == "https://ipdc.tni-vlaanderen.be/id/concept/\(Self.akte)")
                #expect(akte["snapshot"] as? String == "https://ipdc.tni-vlaanderen.be/id/conceptsnapshot/50fd7f03-276f-403e-ad39-152dba4e39be")
                #expect(akte["name"] as? String == "Akte van Belgische nationaliteit - nl")
                #expect((akte["names"] as? [String: String])?["en"] == "Certificate of Belgian nationality")
                #expect(akte["kind"] as? String == "concept" && akte["scope"] as? String == "federaal")
                #expect(akte["productNumber"] as? String == "1502")
                #expect(akte["themes"] as? [String] == ["BurgerOverheid", "CultuurSportVrijeTijd"])
                #expect(akte["targetAudiences"] as? [String] == ["Burger", "Onderneming"])
                #expect(akte["municipalities"] is NSNull)
                #expect(akte["generatedAt"] as? String == "2023-07-12T11:40:20.441775Z")
                #expect((akte["url"] as? String)?.hasSuffix("/rechten/recht/\(Self.akte)") == true)
                let minimal = try #require(items.first { $0["key"] as? String == Self.minimal })
                #expect(minimal["municipalities"] as? [String] == ["44021"] && minimal["kind"] as? String == "instance")
            }
            // per municipality
            for (nis, count) in [("44021", 4), ("11002", 2)] {
                try await client.test(.GET, "/api/v1/rights?municipality=\(nis)") { response async throws in
                    #expect(response.status == .ok)
                    let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                    #expect((body["items"] as? [[String: Any]])?.count == count, "\(nis)")
                }
            }
            // bad codes: 400 with a clear message, not an empty list
            for bad in ["gent", "4402", "99999"] {
                try await client.test(.GET, "/api/v1/rights?municipality=\(bad)") { response async throws in
                    #expect(response.status == .badRequest)
                    #expect(response.body.string.contains("municipality"), "\(response.body.string)")
                }
            }
            // one right, whole
            try await client.test(.GET, "/api/v1/rights/\(Self.woonzorg)") { response async throws in
                #expect(response.status == .ok)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                #expect(body["key"] as? String == Self.woonzorg && body["scope"] as? String == "vlaams")
                #expect(body["productNumber"] as? String == "10092")
                #expect((body["requirements"] as? [Any])?.count == 3)
                #expect((body["costs"] as? [Any])?.count == 3)
                #expect(body["municipalities"] is NSNull)
            }
            try await client.test(.GET, "/api/v1/rights/bestaat-niet") { response async throws in
                #expect(response.status == .notFound)
            }
        }
    }
}

/// A second web server on 127.0.0.1 (a free port) serving the LDES pages of a folder at the paths of their `@id`,
/// with the page IRIs (`http://ipdc-stub`, `http://hostname`) rewritten to its own address; `/html/…` answers HTML.
struct PageServer: Sendable {
    let app: Application
    let port: Int
    var base: String { "http://127.0.0.1:\(port)" }

    static func start(folder: URL) async throws -> PageServer {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        var pages: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            guard let id = object?["@id"] as? String, let url = URLComponents(string: id) else { continue }
            pages[url.path + "?" + (url.query ?? "")] = text
        }
        let served = pages
        app.get("**") { req -> Response in
            if req.url.path.hasPrefix("/html/") {
                let response = Response(status: .ok, body: .init(string: "<html></html>"))
                response.headers.contentType = .html
                return response
            }
            guard let text = served[req.url.path + "?" + (req.url.query ?? "")] else { throw Abort(.notFound) }
            let own = "http://" + (req.headers.first(name: .host) ?? "127.0.0.1")
            let body = text.replacingOccurrences(of: "http://ipdc-stub", with: own).replacingOccurrences(of: "http://hostname", with: own)
            let response = Response(status: .ok, body: .init(string: body))
            response.headers.replaceOrAdd(name: .contentType, value: "application/ld+json; charset=utf-8")
            return response
        }
        do {
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            return PageServer(app: app, port: port)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    func stop() async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
    }
}
