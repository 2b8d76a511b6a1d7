@testable import App
@testable import Cijfers
@testable import Platform
import CijfersDomain
import Foundation
import Tabular
import Testing
import Vapor
import VaporTesting
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Downloads of exactly what is shown (issue 18): CSV in the Belgian and the plain form, names that say what a file
/// holds, the workbook's notes, a chart as a standalone SVG, and the embedded chart — the one page other sites may frame.
@Suite("Downloads and embedding")
struct DownloadTests {
    /// Gent (44021) with 20 clients, Leuven (24062) with 5: below the threshold of 10 of vp2506_elek_res_n.
    func withData(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
        try await withTestApp(database) { app in
            let directory = try Fixtures.temporaryDirectory()
            let file = directory.appendingPathComponent("waarden.csv")
            try """
            period;geolevel;geoitem;v2506_elek_res_cons;v2506_elek_res_n
            2020;gemeente2024;44021;100,5;10
            2021;gemeente2024;44021;1234,75;20
            2021;gemeente2024;24062;50;5
            """.write(to: file, atomically: true, encoding: .utf8)
            let thresholds = directory.appendingPathComponent("drempel.csv")
            try "Indicator code;Threshold value\nvp2506_elek_res_n;10\n".write(to: thresholds, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx"), thresholds.path, file.path], into: app)
            try await app.catalogStore.reload(from: app.db)
            try await body(app)
        }
    }

    static let selection = "indicators=v2506_elek_res_cons,vp2506_elek_res_n&level=gemeente2024&areas=44021,24062&periods=2021"

    /// A downloaded CSV read back with the Tabular reader: its rows by header name.
    static func records(_ body: ByteBuffer, delimiter: UInt8) throws -> [[String: Cell]] {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("download.csv")
        try Data(buffer: body).write(to: path)
        let rows = try CSVReader(path: path.path, delimiter: delimiter).readAll()
        let header = rows[0].cells.map { $0.text ?? "" }
        return rows.dropFirst().map { row in
            Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0 < row.cells.count ? row.cells[$0] : .empty) })
        }
    }

    @Test(arguments: TestDatabase.available)
    func csvComesInTheBelgianAndThePlainForm(database: TestDatabase) async throws {
        try await withData(database) { app in
            // act: the Belgian form
            try await app.testing().test(.GET, "/api/v1/data?\(Self.selection)&format=csv-be") { response async throws in
                // check: byte-order mark, semicolons, decimal comma, name and unit in every row, suppression per cell
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType) == "text/csv; charset=utf-8")
                let bytes = Array(response.body.readableBytesView)
                #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
                let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
                #expect(text.hasPrefix("indicator;level;area;area_name;period;value;status;indicator_name;unit\r\n"))
                let records = try Self.records(response.body, delimiter: UInt8(ascii: ";"))
                let gent = try #require(records.first { $0["indicator"] == .text("v2506_elek_res_cons") && $0["area"] == .text("44021") })
                // (published with the indicator's decimals: none for this one)
                #expect(gent["value"] == .text("1235"))
                #expect(gent["value"]?.number(decimalComma: true) == 1235)
                #expect(gent["indicator_name"]?.text?.isEmpty == false)
                let leuven = try #require(records.first { $0["indicator"] == .text("vp2506_elek_res_n") && $0["area"] == .text("24062") })
                #expect(leuven["value"] == .empty)
                #expect(leuven["status"] == .text("suppressed"))
                let disposition = try #require(response.headers.first(name: .contentDisposition))
                #expect(disposition.hasPrefix("attachment; filename=\""))
                #expect(disposition.contains("_gemeente-gent+leuven_2021.csv\""))
                #expect(disposition.contains("filename*=UTF-8''"))
            }
            // act: the plain form
            try await app.testing().test(.GET, "/api/v1/data?\(Self.selection)&format=csv") { response async throws in
                let bytes = Array(response.body.readableBytesView)
                #expect(bytes.first == UInt8(ascii: "i"))
                let records = try Self.records(response.body, delimiter: UInt8(ascii: ","))
                let gent = try #require(records.first { $0["indicator"] == .text("v2506_elek_res_cons") && $0["area"] == .text("44021") })
                #expect(gent["value"] == .text("1235"))
                #expect(records.count == 4)
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func workbookNotesSayWhatTheFileHolds(database: TestDatabase) async throws {
        try await withData(database) { app in
            try await app.testing().test(.GET, "/api/v1/data?\(Self.selection)&format=xlsx") { response async throws in
                #expect(response.status == .ok)
                let disposition = try #require(response.headers.first(name: .contentDisposition))
                #expect(disposition.contains("_gemeente-gent+leuven_2021.xlsx\""))
                let path = try Fixtures.temporaryDirectory().appendingPathComponent("download.xlsx")
                try Data(buffer: response.body).write(to: path)
                let data = try XLSXReader(path: path.path).readAll()
                #expect(data[1][3] == .number(1235))
                let notes = try XLSXReader(path: path.path, sheet: "Toelichting").readAll()
                func row(_ label: String) -> Row? { notes.first { $0[0] == .text(label) } }
                #expect(row("gebieden")?[1] == .text("Gent (44021), Leuven (24062)"))
                #expect(row("perioden")?[1] == .text("2021"))
                // the date of download is a date (a number in the sheet), the suppression explained in words
                if case .number = row("gedownload op")?[1] {} else { Issue.record("no date of download") }
                #expect(row("afgeschermde waarden")?[1].text?.contains("'x'") == true)
                let clients = try #require(notes.first { $0[1] == .text("vp2506_elek_res_n") })
                #expect(clients[7].text?.contains("kleiner is dan 10") == true)
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func chartDownloadsAreStandaloneSVGAndEmbedsMayBeFramed(database: TestDatabase) async throws {
        try await withData(database) { app in
            // setup: the indicator page offers the Belgian CSV first, the SVG of its bar chart and an embed code
            var svgLink = ""
            var embedLink = ""
            try await app.testing().test(.GET, "/indicator/v2506_elek_res_cons?level=gemeente2024&parent=centrumsteden:centrumsteden&period=2021") { response async throws in
                #expect(response.status == .ok)
                #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
                #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
                let html = response.body.string
                let belgian = try #require(html.range(of: "format=csv-be"))
                let plain = try #require(html.range(of: "format=csv\""))
                #expect(belgian.lowerBound < plain.lowerBound)
                svgLink = try #require(Self.attribute(after: "class=\"chart-svg\"", name: "href", in: html, backwards: true))
                #expect(svgLink.hasPrefix("/indicator/v2506_elek_res_cons/svg/staaf?"))
                // the embed code is text in a read-only field: escaped, never markup
                let code = try #require(html.range(of: "&lt;iframe src=\""))
                let rest = html[code.upperBound...]
                embedLink = String(rest[..<rest.firstIndex(of: "\"")!]).replacingOccurrences(of: "&amp;", with: "&")
                #expect(embedLink.contains("/insluiten/indicator/v2506_elek_res_cons/staaf?"))
            }
            // act: the SVG
            try await app.testing().test(.GET, svgLink.replacingOccurrences(of: "&amp;", with: "&")) { response async throws in
                // check: a standalone, well-formed SVG document with a title, a white background and the source
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType) == "image/svg+xml; charset=utf-8")
                #expect(response.headers.first(name: .contentDisposition)?.contains("_2021_staaf.svg\"") == true)
                let text = response.body.string
                #expect(text.hasPrefix("<?xml"))
                #expect(text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
                #expect(text.contains("fill=\"#ffffff\""))
                #expect(text.contains("Gent"))
                #expect(!text.contains("-smal"))
                let parser = XMLParser(data: Data(text.utf8))
                #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
            }
            // act: the embed page
            let path = embedLink.replacingOccurrences(of: "http://localhost", with: "")
            try await app.testing().test(.GET, path) { response async throws in
                // check: framing allowed here, only here; no menu, no form; the figures behind a details element
                #expect(response.status == .ok)
                #expect(response.headers.first(name: "X-Frame-Options") == nil)
                let policy = try #require(response.headers.first(name: "Content-Security-Policy"))
                #expect(policy.contains("frame-ancestors *"))
                #expect(policy.contains("script-src 'self'"))
                let html = response.body.string
                #expect(!html.contains("<nav") && !html.contains("<form"))
                #expect(html.contains("<details><summary>De cijfers in een tabel</summary><table"))
                #expect(html.contains("target=\"_top\""))
                #expect(html.contains("class=\"chart-sizes\""))
            }
            // an unknown chart is a 404 that names the charts there are, and refuses framing like any other page
            try await app.testing().test(.GET, "/insluiten/indicator/v2506_elek_res_cons/taart?level=gemeente2024") { response async throws in
                #expect(response.status == .notFound)
                #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
            }
        }
    }

    /// The value of `name="…"` in the tag around `marker`.
    static func attribute(after marker: String, name: String, in html: String, backwards: Bool) -> String? {
        guard let at = html.range(of: marker) else { return nil }
        let start = html[..<at.lowerBound].range(of: "<a ", options: .backwards)?.lowerBound ?? at.lowerBound
        let end = html[at.upperBound...].firstIndex(of: ">") ?? html.endIndex
        let tag = html[start..<end]
        guard let value = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[value.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}

extension ByteBuffer {
    fileprivate var string: String { String(buffer: self) }
}
