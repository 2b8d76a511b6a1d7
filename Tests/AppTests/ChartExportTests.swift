@testable import App
@testable import Cijfers
@testable import Platform
import Foundation
import Testing
import Vapor
import VaporTesting
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Issue 18: every chart of the explorer — benchmark, evolution (also as an index), the table's own group, a dashboard
/// tile — offers its SVG (the chart shown, for the same selection) and an embed code whose page draws the same chart.
@Suite("Chart files and embeds on every page")
struct ChartExportTests {
    /// The href of the first SVG link on the page whose address starts with `prefix` (unescaped).
    static func svgLink(_ html: String, startingWith prefix: String) -> String? {
        html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            .map { $0.replacingOccurrences(of: "&amp;", with: "&") }.first { $0.hasPrefix(prefix) }
    }

    /// The embed address in the page's embed code for `path` (without the site's address).
    static func embedLink(_ html: String, containing path: String) -> String? {
        html.components(separatedBy: "&lt;iframe src=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            .map { $0.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "http://localhost", with: "") }
            .first { $0.contains(path) }
    }

    /// Fetches an SVG file and checks it is a standalone, well-formed document; its text and its file name.
    static func svg(_ app: Application, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> (String, String) {
        var text = ""
        var disposition = ""
        try await app.testing().test(.GET, path) { response async throws in
            #expect(response.status == .ok, "\(path)", sourceLocation: sourceLocation)
            #expect(response.headers.first(name: .contentType) == "image/svg+xml; charset=utf-8", sourceLocation: sourceLocation)
            disposition = response.headers.first(name: .contentDisposition) ?? ""
            text = String(buffer: response.body)
        }
        #expect(text.hasPrefix("<?xml"), sourceLocation: sourceLocation)
        #expect(text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), sourceLocation: sourceLocation)
        let parser = XMLParser(data: Data(text.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")", sourceLocation: sourceLocation)
        return (text, disposition)
    }

    /// An embed page: framing allowed, no menu or form, the figures behind a details element.
    static func embed(_ app: Application, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        var html = ""
        try await app.testing().test(.GET, path) { response async throws in
            #expect(response.status == .ok, "\(path)", sourceLocation: sourceLocation)
            #expect(response.headers.first(name: "X-Frame-Options") == nil, sourceLocation: sourceLocation)
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors *") == true, sourceLocation: sourceLocation)
            html = String(buffer: response.body)
        }
        #expect(!html.contains("<nav") && !html.contains("<form"), sourceLocation: sourceLocation)
        #expect(html.contains("target=\"_top\""), sourceLocation: sourceLocation)
        return html
    }

    @Test(arguments: TestDatabase.available)
    func everyChartHasItsFileAndEmbed(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: the 13 centrumsteden in 2020 and 2021, the wijken of Gent in 2021
            try await ExplorerPathTests.load(app)

            // the benchmark: one bar chart per indicator; the second one's file is that chart, not the first
            let benchmark = try await ExplorerPathTests.page(app, "/benchmark?indicators=v2506_elek_res_cons,v2506_elek_res_n")
            let benchSVG = try #require(Self.svgLink(benchmark, startingWith: "/benchmark/svg/v2506_elek_res_n?"))
            #expect(benchSVG == "/benchmark/svg/v2506_elek_res_n?indicators=v2506_elek_res_cons,v2506_elek_res_n")
            let (bench, benchName) = try await Self.svg(app, benchSVG)
            #expect(bench.contains("<title>Benchmark: "))
            #expect(bench.contains("id=\"bench1\"") && !bench.contains("id=\"bench0\""))
            #expect(bench.contains("Gent") && bench.contains("Leuven"))
            #expect(benchName.contains("_gemeente-centrumsteden_2021_benchmark.svg\""))
            let benchEmbed = try #require(Self.embedLink(benchmark, containing: "/insluiten/benchmark/v2506_elek_res_cons?"))
            let benchPage = try await Self.embed(app, benchEmbed)
            #expect(benchPage.contains("id=\"bench0\""))
            #expect(benchPage.contains("<details><summary>De cijfers in een tabel</summary><table"))

            // the evolution as an index: the file is the indexed chart, named so
            let evolution = try await ExplorerPathTests.page(app, "/evolutie?indicators=v2506_elek_res_cons&areas=44021,24062&view=index")
            let evoSVG = try #require(Self.svgLink(evolution, startingWith: "/evolutie/svg/v2506_elek_res_cons?"))
            #expect(evoSVG.contains("areas=44021,24062") && evoSVG.contains("view=index"))
            let (evo, evoName) = try await Self.svg(app, evoSVG)
            #expect(evo.contains("<title>Evolutie als index (eerste jaar = 100): "))
            #expect(evo.contains("id=\"evolutie0\""))
            #expect(evoName.contains("_2020-2021_evolutie-index.svg\""))
            let evoEmbed = try #require(Self.embedLink(evolution, containing: "/insluiten/evolutie/v2506_elek_res_cons?"))
            let evoPage = try await Self.embed(app, evoEmbed)
            #expect(evoPage.contains("<th scope=\"col\">Basisjaar (= 100)</th>"))
            // the absolute view's file is the absolute chart
            let (absolute, _) = try await Self.svg(app, evoSVG.replacingOccurrences(of: "&view=index", with: ""))
            #expect(absolute.contains("<title>Evolutie: "))

            // the table page's own group: a bar chart per indicator, with its file
            let table = try await ExplorerPathTests.page(app, "/tabel?indicators=v2506_elek_res_cons&areas=44021,24062&periods=2021&group=Twee")
            let tableSVG = try #require(Self.svgLink(table, startingWith: "/tabel/svg/v2506_elek_res_cons?"))
            let (bars, barsName) = try await Self.svg(app, tableSVG)
            #expect(bars.contains("(2021) — Twee</title>"))
            #expect(bars.contains("id=\"groep0\""))
            #expect(barsName.contains("-twee_2021_staaf.svg\""))

            // a dashboard tile: its file and embed hold the tile alone; a table tile has no chart, and its address says so
            let dashboard = try await ExplorerPathTests.page(app, "/dashboard?tegel=tabel~v2506_elek_res_cons~gemeente2024"
                + "&tegel=staaf~v2506_elek_res_cons~ggw72024~gemeente2024:44021&tegel=lijn~v2506_elek_res_cons~gemeente2024~~~44021,24062")
            let tileSVG = try #require(Self.svgLink(dashboard, startingWith: "/dashboard/svg?"))
            #expect(tileSVG == "/dashboard/svg?tegel=staaf~v2506_elek_res_cons~ggw72024~gemeente2024:44021")
            let (tile, tileName) = try await Self.svg(app, tileSVG)
            #expect(tile.contains("id=\"tegel-1-staaf\""))
            #expect(tile.contains("wijk binnen Gent, 2021</title>"))
            #expect(tileName.contains("_wijk-gent_2021_staaf.svg\""))
            let lineEmbed = try #require(Self.embedLink(dashboard, containing: "/insluiten/dashboard?tegel=lijn~"))
            let linePage = try await Self.embed(app, lineEmbed)
            #expect(linePage.contains("id=\"tegel-1-lijn\""))
            #expect(dashboard.components(separatedBy: "class=\"chart-svg\"").count - 1 == 2)
            try await app.testing().test(.GET, "/dashboard/svg?tegel=tabel~v2506_elek_res_cons~gemeente2024") { response in
                #expect(response.status == .notFound)
                #expect(response.body.string.contains("enkel kaart, staaf en lijn"))
            }
            // a tile that cannot be shown says why, as the dashboard does in its place; no tile at all says so
            try await app.testing().test(.GET, "/dashboard/svg?tegel=kaart~bestaat_niet~gemeente2024") { response in
                #expect(response.status == .notFound)
                #expect(response.body.string.contains("Deze tegel kan niet getoond worden:"))
            }
            try await app.testing().test(.GET, "/insluiten/dashboard") { response in
                #expect(response.status == .notFound)
                #expect(response.body.string.contains("Geen tegel gegeven: geef er één op"))
            }
            // a chart a page does not draw for this selection is a 404, never another chart
            try await app.testing().test(.GET, "/benchmark/svg/bestaat_niet?indicators=v2506_elek_res_cons") { response in
                #expect(response.status == .notFound)
            }
            try await app.testing().test(.GET, "/insluiten/tabel/v2506_elek_res_cons?indicators=v2506_elek_res_cons&level=gemeente2024") { response in
                #expect(response.status == .notFound)
                #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
            }
            // in English, the file and its title are English too
            let english = try await ExplorerPathTests.page(app, "/benchmark?lang=en&indicators=v2506_elek_res_cons")
            let englishSVG = try #require(Self.svgLink(english, startingWith: "/benchmark/svg/"))
            #expect(englishSVG.hasSuffix("&lang=en"))
            #expect(try await Self.svg(app, englishSVG).0.contains("— the 13 centrumsteden, 2021</title>"))
        }
    }

    /// With the gemeenten's shapes: the steekkaart's small map and a map tile as files and embeds.
    @Test(arguments: TestDatabase.available)
    func mapsOfTheSteekkaartAndOfATileAreFilesToo(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: the gemeenten with their shapes, two years of figures for the centrumsteden
            let file = try Fixtures.temporaryDirectory().appendingPathComponent("data.csv")
            var rows = ["period;geolevel;geoitem;v2506_elek_res_cons"]
            for (index, city) in Centrumsteden.codes.enumerated() { rows.append("2021;gemeente2024;\(city);\(1_100 + index * 10)") }
            try rows.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [Fixtures.geography("gemeente2024.geojson"), Fixtures.fluvius("Indicators.xlsx"),
                                                               file.path], into: app)
            try await app.catalogStore.reload(from: app.db)

            // the steekkaart of Leuven: its small map as a file, named for the area, and as an embed without a table
            let area = try await ExplorerPathTests.page(app, "/gebied/gemeente2024/24062")
            let areaSVG = try #require(Self.svgLink(area, startingWith: "/gebied/gemeente2024/24062/svg"))
            let (locator, locatorName) = try await Self.svg(app, areaSVG)
            #expect(locator.contains("<title>Ligging van Leuven</title>"))
            #expect(locator.contains("id=\"ligging\""))
            #expect(locatorName.contains("filename=\"leuven_gemeente_ligging.svg\""))
            let locatorPage = try await Self.embed(app, try #require(Self.embedLink(area, containing: "/insluiten/gebied/gemeente2024/24062")))
            #expect(locatorPage.contains("id=\"ligging\"") && !locatorPage.contains("<details>"))

            // a map tile: the map and its legend, as the dashboard draws them
            let dashboard = try await ExplorerPathTests.page(app, "/dashboard?tegel=kaart~v2506_elek_res_cons~gemeente2024~centrumsteden:centrumsteden")
            let tileSVG = try #require(Self.svgLink(dashboard, startingWith: "/dashboard/svg?"))
            let (map, mapName) = try await Self.svg(app, tileSVG)
            #expect(map.contains("id=\"tegel-1-kaart\""))
            #expect(map.contains("Leuven"))
            #expect(mapName.contains("_gemeente-de-13-vlaamse-centrumsteden_2021_kaart.svg\""))

            // the indicator page's map embedded: in a sized frame like the page's, so a narrow frame shows the larger names
            let embedded = try await Self.embed(app, "/insluiten/indicator/v2506_elek_res_cons/kaart?level=gemeente2024&parent=centrumsteden:centrumsteden")
            #expect(embedded.contains("<figure class=\"embed-chart\"><div class=\"chart-sizes\"><svg"))
            #expect(embedded.contains("map-labels-narrow"))
        }
    }
}
