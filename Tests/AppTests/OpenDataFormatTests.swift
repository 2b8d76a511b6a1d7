@testable import App
@testable import Cijfers
@testable import Platform
import CijfersDomain
import Foundation
import Tabular
import Testing
import Vapor
import VaporTesting

/// The open-data formats of the data API (XLSX, RDF Data Cube in Turtle and JSON-LD) and the DCAT-AP catalogue, on
/// both databases: the same cells and the same suppression as CSV. (rdflib checks the RDF against the Data Cube
/// integrity constraints in systemtests/test_open_data.py.)
@Suite("Open-data formats")
struct OpenDataFormatTests {
    /// Gent (44021) with 20 clients and Leuven (24062) with 5, below the threshold of 10 of vp2506_elek_res_n.
    func withData(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
        try await withTestApp(database) { app in
            let directory = try Fixtures.temporaryDirectory()
            let file = directory.appendingPathComponent("data.csv")
            try """
            period;geolevel;geoitem;v2506_elek_res_cons;v2506_elek_res_n
            2020;gemeente2024;44021;100,5;10
            2021;gemeente2024;44021;200;20
            2021;gemeente2024;24062;50;5
            """.write(to: file, atomically: true, encoding: .utf8)
            let thresholds = directory.appendingPathComponent("drempel.csv")
            try "Indicator code;Threshold value\nvp2506_elek_res_n;10\n".write(to: thresholds, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx"), thresholds.path, file.path], into: app)
            try await body(app)
        }
    }

    static let selection = "indicators=v2506_elek_res_cons,vp2506_elek_res_n&level=gemeente2024&areas=44021,24062&periods=2021"

    @Test(arguments: TestDatabase.available)
    func xlsxHasNumbersStatusesAndNotes(database: TestDatabase) async throws {
        try await withData(database) { app in
            // act
            try await app.testing().test(.GET, "/api/v1/data?\(Self.selection)&format=xlsx") { response async throws in
                // check
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType) == XLSXWriter.mediaType)
                #expect(response.headers.first(name: .contentDisposition)?.contains(#"_gemeente-gent+leuven_2021.xlsx"; filename*=UTF-8''"#) == true)
                let path = try Fixtures.temporaryDirectory().appendingPathComponent("download.xlsx")
                try Data(buffer: response.body).write(to: path)
                let data = try XLSXReader(path: path.path).readAll()
                #expect(data[0].cells.prefix(3) == [.text("gebiedscode"), .text("gebied"), .text("periode")])
                #expect(data[0][4] == .text("status v2506_elek_res_cons"))
                // Gent: both numbers as numbers; Leuven: the count of clients is suppressed, with its status beside.
                #expect(data[1].cells == [.text("44021"), .text("Gent"), .text("2021"), .number(200), .empty, .number(10)])
                #expect(data[2].cells == [.text("24062"), .text("Leuven"), .text("2021"), .number(50), .empty, .empty, .text("suppressed")])
                let notes = try XLSXReader(path: path.path, sheet: "Toelichting").readAll()
                let clients = try #require(notes.first { $0[1] == .text("vp2506_elek_res_n") })
                #expect(clients[0] == .text("F"))
                #expect(clients[7].text?.contains("kleiner is dan 10") == true)
                #expect(clients[7].text?.contains("1 cel(len) afgeschermd") == true)
                #expect(notes.contains { $0[0] == .text("suppressed") })
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func dataCubeKeepsSuppressedCellsWithoutANumber(database: TestDatabase) async throws {
        try await withData(database) { app in
            try await app.testing().test(.GET, "/api/v1/data?\(Self.selection)&format=turtle", headers: ["Host": "stadsbeeld.example"]) { response async throws in
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType)?.hasPrefix("text/turtle") == true)
                let turtle = response.body.string
                #expect(turtle.contains("a qb:DataSet"))
                #expect(turtle.contains("@prefix sb: <http://stadsbeeld.example/def/cijfers#>"))
                // Four observations: two indicators × two areas × one period.
                #expect(turtle.components(separatedBy: "a qb:Observation").count - 1 == 4)
                // Gent's 200 kWh / 20 clients; Leuven's value (also 10) is suppressed: NaN, never the number.
                #expect(turtle.components(separatedBy: #"ind:vp2506_elek_res_n "10"^^xsd:double"#).count - 1 == 1)
                #expect(turtle.components(separatedBy: #"ind:vp2506_elek_res_n "NaN"^^xsd:double"#).count - 1 == 1)
                #expect(turtle.contains("sb:status <http://stadsbeeld.example/id/status/suppressed>"))
            }
            try await app.testing().test(.GET, "/api/v1/data?\(Self.selection)&format=jsonld") { response async throws in
                #expect(response.headers.first(name: .contentType)?.hasPrefix("application/ld+json") == true)
                let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let graph = try #require(document["@graph"] as? [[String: Any]])
                let observations = graph.filter { ($0["@type"] as? [String])?.contains("qb:Observation") == true }
                #expect(observations.count == 4)
            }
        }
    }

    @Test func dataCubeIsBoundedAndStreamed() async throws {
        try await withData(.sqlite) { app in
            // Every indicator × every gemeente × two periods: more than `streamingFrom` observations, written in pieces.
            let catalog = await app.catalogStore.current
            let codes = catalog.indicators.keys.sorted()
            let cells = codes.count * catalog.areas(inLevel: "gemeente2024").count * 2
            #expect(cells >= DataResponse.streamingFrom)
            try await app.testing().test(.GET, "/api/v1/data?indicators=\(codes.joined(separator: ","))&level=gemeente2024&periods=2020,2021&format=turtle") { response async throws in
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentLength) == nil)
                let turtle = response.body.string
                #expect(turtle.components(separatedBy: "a qb:Observation").count - 1 == cells)
                #expect(turtle.hasSuffix(" .\n"))
            }
            // A filled cube larger than one answer may hold is refused like any other selection.
            try await app.testing().test(.GET, "/api/v1/data?indicators=\(codes.joined(separator: ","))&level=gemeente2024&periods=\((1800...1999).map(String.init).joined(separator: ","))&format=jsonld") { response async throws in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func catalogListsThePublishedIndicators(database: TestDatabase) async throws {
        try await withData(database) { app in
            try await app.testing().test(.GET, "/api/v1/catalog") { response async throws in
                #expect(response.status == .ok)
                let turtle = response.body.string
                #expect(turtle.contains("a dcat:Catalog"))
                #expect(turtle.contains("/api/v1/indicators/vp2506_elek_res_n#dataset> a dcat:Dataset"))
                #expect(turtle.contains("dcat:downloadURL"))
                #expect(turtle.contains("format=xlsx"))
                #expect(turtle.contains(#"dcat:startDate "2020"^^xsd:gYear"#))
            }
            try await app.testing().test(.GET, "/api/v1/catalog?format=jsonld") { response async throws in
                let document = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                #expect((document["@graph"] as? [[String: Any]])?.isEmpty == false)
            }
            try await app.testing().test(.GET, "/api/v1/catalog?format=rdfxml") { response async throws in
                #expect(response.status == .badRequest)
            }
            // setup: an access group reserves the consumption for Gent
            let service = AccessGroupService(database: app.db)
            let group = try await service.create(code: "verbruik", name: "Verbruik", description: "", by: .commandLine)
            let gent = try await Accounts.organisation(app, "gent")
            try await service.update(id: group.id, members: [gent.id!], restrictions: [("v2506_elek_res_cons", nil)], by: .commandLine)
            try await app.catalogStore.reload(from: app.db)
            // check: the catalogue no longer lists it, nor the formula built on it
            try await app.testing().test(.GET, "/api/v1/catalog") { response async throws in
                let turtle = response.body.string
                #expect(!turtle.contains(#""v2506_elek_res_cons""#))
                #expect(!turtle.contains("/indicators/vp2506_elek_res_n#dataset"))
                #expect(turtle.contains("/indicators/v2506_elek_res_n#dataset"))
            }
        }
    }
}

@Suite("RDF writer")
struct RDFWriterTests {
    static let node: RDFNode = {
        var node = RDFNode("http://example.org/id/gebied/a%20b", types: [RDFNamespace.qb + "Observation"])
        node.add(RDFNamespace.rdfs + "label", text: "Sint-\"Niklaas\"\nen \\ co", language: "nl")
        node.add(RDFNamespace.rdfs + "seeAlso", iri: "http://example.org/a>b")
        node.add(RDFNamespace.qb + "order", .typed("1", RDFNamespace.xsd + "integer"))
        node.add(RDFNamespace.rdfs + "comment", [])
        return node
    }()

    @Test func turtleEscapesTextAndIRIs() {
        let writer = RDFWriter(prefixes: [("qb", RDFNamespace.qb), ("rdfs", RDFNamespace.rdfs), ("xsd", RDFNamespace.xsd)],
                               syntax: .turtle)
        let text = writer.nodes([Self.node], first: true)
        #expect(text == """
            <http://example.org/id/gebied/a%20b> a qb:Observation ;
                rdfs:label "Sint-\\"Niklaas\\"\\nen \\\\ co"@nl ;
                rdfs:seeAlso <http://example.org/a\\u003Eb> ;
                qb:order "1"^^xsd:integer .

            """)
    }

    @Test func jsonLDIsJSONWithCompactNames() throws {
        let writer = RDFWriter(prefixes: [("qb", RDFNamespace.qb), ("rdfs", RDFNamespace.rdfs)], syntax: .jsonLD)
        let text = writer.prologue + writer.nodes([Self.node, Self.node], first: true) + writer.epilogue
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let graph = try #require(document["@graph"] as? [[String: Any]])
        #expect(graph.count == 2)
        #expect(graph[0]["@type"] as? [String] == ["qb:Observation"])
        let label = try #require((graph[0]["rdfs:label"] as? [[String: String]])?.first)
        #expect(label == ["@value": "Sint-\"Niklaas\"\nen \\ co", "@language": "nl"])
        #expect(graph[0]["rdfs:comment"] == nil)
    }

    @Test func downloadNamesSayWhatTheyHold() {
        let name = DownloadFileName(subjects: ["Consumptie elektriciteit"], level: "Gemeente", within: ["Centrumsteden"], periods: ["2023"])
        #expect(name.ascii(extension: "xlsx") == "consumptie-elektriciteit_gemeente-centrumsteden_2023.xlsx")
        let many = DownloadFileName(subjects: ["4 indicatoren"], level: "Wijk", within: ["x/../y"], periods: ["2019", "2020", "2021"])
        #expect(many.ascii(extension: "ttl") == "4-indicatoren_wijk-x-y_2019-2021.ttl")
    }
}
