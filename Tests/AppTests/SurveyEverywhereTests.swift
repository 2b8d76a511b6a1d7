@testable import App
@testable import Cijfers
@testable import Platform
import CijfersDomain
import Foundation
import Testing
import Vapor
import VaporTesting

/// A survey indicator everywhere a value is shown or exported besides the indicator and evolution pages
/// (SurveyAppTests): the benchmark, the table page, the steekkaart, the wijkrapport, the embed, a dashboard tile, and
/// the JSON-stat, GeoJSON and RDF Data Cube answers. On both databases; a count beside it shows no interval anywhere.
@Suite("Survey intervals and marks on every page and format")
struct SurveyEverywhereTests {
    /// Four centrumsteden, percentage and respondents (threshold 50: none hidden). By hand (Wilson, z = 1.96; rounded
    /// to 0.1 like the values):
    /// - 2023: Gent 60 % of 1000 → 56,9–63,0; Antwerpen 56 % of 800 → 52,5–59,4; Leuven 40 % of 600 → 36,2–44,0;
    ///   Brugge 47 % of 500 → 42,7–51,4. Vlaanderen (and the centrumsteden together) weighted by respondents:
    ///   1523/2900 = 52,5 % of 2900 → 50,7–54,3.
    /// - Against Vlaanderen (z of the two-proportion test): Gent +4.1 higher, Antwerpen +1.8 not significant, Leuven
    ///   −5.6 lower, Brugge −2.3 lower. Since 2020: Gent 50 → 60 (z 4.5) higher, Antwerpen 55 → 56 (0.4) not,
    ///   Leuven 48 → 40 (−2.8) lower, Brugge 45 → 47 (0.6) not.
    static let data: [String: [String: (percentage: Double, n: Int)]] = [
        "2020": ["44021": (50, 1000), "11002": (55, 800), "24062": (48, 600), "31005": (45, 500)],
        "2023": ["44021": (60, 1000), "11002": (56, 800), "24062": (40, 600), "31005": (47, 500)],
    ]

    func withSurvey(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
        try await SurveyAppTests.withSurvey(database, data: Self.data, body)
    }

    func page(_ app: Application, _ path: String) async throws -> String {
        var html = ""
        try await app.testing().test(.GET, path) { response async throws in
            #expect(response.status == .ok, "\(path)")
            html = response.body.string
        }
        return html
    }

    func json(_ app: Application, _ path: String) async throws -> [String: Any] {
        var body: [String: Any] = [:]
        try await app.testing().test(.GET, path) { response async throws in
            #expect(response.status == .ok, "\(path)")
            body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
        }
        return body
    }

    static func row(_ html: String, containing code: String) -> String {
        SurveyAppTests.row(html, containing: code) ?? ""
    }

    @Test("The benchmark: intervals, marks against Vlaanderen, whiskers; a count has none", arguments: TestDatabase.available)
    func benchmark(database: TestDatabase) async throws {
        try await withSurvey(database) { app in
            // act
            let html = try await page(app, CijfersPath.benchmark.path + "?indicators=srv_pct,srv_n")

            // check: each city with its interval and its mark; Vlaanderen with its interval and no mark
            let gent = Self.row(html, containing: "44021")
            #expect(gent.contains("60,0 % (56,9–63,0)<br/><span class=\"significance\">▲ hoger</span>"), "\(gent)")
            #expect(Self.row(html, containing: "11002").contains("56,0 % (52,5–59,4)<br/><span class=\"significance\">○ niet significant</span>"))
            #expect(Self.row(html, containing: "24062").contains("▼ lager"))
            #expect(Self.row(html, containing: "31005").contains("47,0 % (42,7–51,4)<br/><span class=\"significance\">▼ lager</span>"))
            let flanders = try #require(html.components(separatedBy: "<tr>").first { $0.contains(">Vlaanderen</th>") })
            #expect(flanders.contains("52,5 % (50,7–54,3)") && !flanders.contains("significance"))
            // the count beside it: a plain number in the same row
            #expect(gent.contains(">1.000<"))
            // the whiskers of the four cities with an interval, and the notes
            #expect(html.components(separatedBy: "class=\"interval\"").count - 1 >= 4)
            #expect(html.contains("95%-betrouwbaarheidsinterval: met 95 % zekerheid"))
            #expect(html.contains("het verschil met Vlaanderen is groter"))

            // a benchmark of counts only: no interval, no mark, no note
            let counts = try await page(app, CijfersPath.benchmark.path + "?indicators=srv_n")
            #expect(!counts.contains("significance") && !counts.contains("betrouwbaarheidsinterval") && !counts.contains("class=\"interval\""))
            // in English
            let english = try await page(app, CijfersPath.benchmark.path + "?indicators=srv_pct&lang=en")
            #expect(Self.row(english, containing: "44021").contains("▲ higher"))
        }
    }

    @Test("The table page: intervals, the change since the previous period shown, whiskers", arguments: TestDatabase.available)
    func table(database: TestDatabase) async throws {
        try await withSurvey(database) { app in
            // act: an own group (with its bar charts), both periods
            let html = try await page(app, CijfersPath.table.path + "?indicators=srv_pct,srv_n&level=gemeente2024&areas=44021,24062,11002&periods=2020,2023")

            // check: the first period has nothing to compare with; the second says whether it changed significantly
            let gent = Self.row(html, containing: "44021")
            #expect(gent.contains("<td class=\"num\">50,0 % (46,9–53,1)</td>"), "\(gent)")
            #expect(gent.contains("60,0 % (56,9–63,0)<br/><span class=\"significance\">▲ hoger</span>"))
            #expect(Self.row(html, containing: "24062").contains("40,0 % (36,2–44,0)<br/><span class=\"significance\">▼ lager</span>"))
            #expect(Self.row(html, containing: "11002").contains("○ niet significant"))
            #expect(gent.contains(">1.000<"))
            #expect(html.components(separatedBy: "class=\"interval\"").count - 1 >= 3)
            #expect(html.contains("significant veranderd sinds de vorige periode in de tabel"))

            let counts = try await page(app, CijfersPath.table.path + "?indicators=srv_n&level=gemeente2024&areas=44021,24062&periods=2020,2023")
            #expect(!counts.contains("significance") && !counts.contains("betrouwbaarheidsinterval") && !counts.contains("class=\"interval\""))
        }
    }

    @Test("The steekkaart: the interval, the mark against Vlaanderen, the change since the previous period", arguments: TestDatabase.available)
    func steekkaart(database: TestDatabase) async throws {
        try await withSurvey(database) { app in
            // act
            let html = try await page(app, CijfersPath.area(level: "gemeente2024", code: "24062").path)

            // check: the survey row (linked to its indicator page), the count's row plain
            let survey = try #require(html.components(separatedBy: "<tr>").first { $0.contains("/indicator/srv_pct") })
            #expect(survey.contains("40,0 % (36,2–44,0)<br/><span class=\"significance\">▼ lager</span>"), "\(survey)")
            // the trend: the change without a plain arrow, and whether it is significant (48 → 40: lower)
            #expect(survey.contains(" −8,0 t.o.v. 2020<br/><span class=\"significance\">▼ lager</span>"))
            // the centrumsteden together are Vlaanderen here: the same figure, not significantly different
            #expect(survey.contains("52,5 % (50,7–54,3)<br/><span class=\"significance\">○ niet significant</span>"))
            let count = try #require(html.components(separatedBy: "<tr>").first { $0.contains("/indicator/srv_n?") })
            #expect(!count.contains("–") && !count.contains("significance"), "\(count)")
            #expect(html.contains("In de kolom Evolutie: ▲ hoger of ▼ lager"))
        }
    }

    @Test("The embed's table and a dashboard tile carry the interval", arguments: TestDatabase.available)
    func embedAndDashboard(database: TestDatabase) async throws {
        try await withSurvey(database) { app in
            // act
            let embed = try await page(app, ChartPath.embed(indicator: "srv_pct", chart: "staaf").path
                                       + "?level=gemeente2024&parent=centrumsteden:centrumsteden&period=2023")
            // check: the value column with its interval, the mark column, the whiskers in the chart, the notes
            #expect(embed.contains("Waarde (95%-betrouwbaarheidsinterval)"))
            #expect(embed.contains(">60,0 % (56,9–63,0)</td><td class=\"significance\">▲ hoger</td>"), "\(embed)")
            #expect(embed.contains("class=\"interval\""))
            #expect(embed.contains("95%-betrouwbaarheidsinterval: met 95 % zekerheid"))
            let countEmbed = try await page(app, ChartPath.embed(indicator: "srv_n", chart: "staaf").path
                                            + "?level=gemeente2024&parent=centrumsteden:centrumsteden&period=2023")
            #expect(!countEmbed.contains("significance") && !countEmbed.contains("betrouwbaarheidsinterval"))

            // a key figure tile of Leuven and a table tile of the centrumsteden
            let dashboard = try await page(app, CijfersPath.dashboard.path
                + "?tegel=kerncijfer~srv_pct~gemeente2024~~2023~24062&tegel=tabel~srv_pct~gemeente2024~centrumsteden:centrumsteden~2023")
            #expect(dashboard.contains("40,0 % (36,2–44,0)"), "\(dashboard)")
            #expect(dashboard.contains("52,5 % (50,7–54,3)"))
            #expect(dashboard.contains("<td class=\"significance\">▲ hoger</td>"))
            #expect(dashboard.contains("het verschil met Vlaanderen is groter"))
        }
    }

    @Test("JSON-stat, GeoJSON and the RDF Data Cube carry the interval; a count does not", arguments: TestDatabase.available)
    func formats(database: TestDatabase) async throws {
        try await withSurvey(database) { app in
            let selection = "/api/v1/data?indicators=srv_pct,srv_n&level=gemeente2024&areas=44021,24062,12025&periods=2023"

            // JSON-stat: `value` as always, the bounds in the extension, in the same order, null where none
            let stat = try await json(app, selection + "&format=jsonstat")
            let values = try #require(stat["value"] as? [Any])
            let ci95 = try #require((stat["extension"] as? [String: Any])?["ci95"] as? [String: Any])
            let lower = try #require(ci95["lower"] as? [Any]), upper = try #require(ci95["upper"] as? [Any])
            #expect(stat["size"] as? [Int] == [2, 3, 1])
            #expect(lower.count == values.count && upper.count == values.count)
            // the place of a cell from the dimensions' order (one period): indicator × area
            let dimension = try #require(stat["dimension"] as? [String: Any])
            func order(_ name: String) -> [String] {
                ((dimension[name] as? [String: Any])?["category"] as? [String: Any])?["index"] as? [String] ?? []
            }
            let indicators = order("indicator"), areas = order("area")
            func at(_ indicator: String, _ area: String) -> Int {
                (indicators.firstIndex(of: indicator) ?? -100) * areas.count + (areas.firstIndex(of: area) ?? -100)
            }
            let gent = at("srv_pct", "44021"), leuven = at("srv_pct", "24062")
            #expect(values[gent] as? Double == 60)
            #expect(lower[gent] as? Double == 56.9 && upper[gent] as? Double == 63)
            #expect(lower[leuven] as? Double == 36.2 && upper[leuven] as? Double == 44)
            // Mechelen has no data; a count has no interval
            #expect(lower[at("srv_pct", "12025")] is NSNull && upper[at("srv_pct", "12025")] is NSNull)
            #expect(values[at("srv_n", "44021")] as? Double == 1000 && lower[at("srv_n", "44021")] is NSNull)
            #expect(ci95["indicators"] as? [String] == ["srv_pct"])
            let countStat = try await json(app, "/api/v1/data?indicators=srv_n&level=gemeente2024&areas=44021&format=jsonstat")
            #expect(countStat["extension"] == nil)

            // GeoJSON: `lower` and `upper` beside `value`, absent where there is no interval
            let geo = try await json(app, "/api/v1/data?indicators=srv_pct&level=gemeente2024&areas=44021,12025&periods=2023&format=geojson")
            let features = try #require(geo["features"] as? [[String: Any]])
            func properties(_ code: String) -> [String: Any]? {
                features.lazy.compactMap { $0["properties"] as? [String: Any] }.first { $0["code"] as? String == code }
            }
            #expect(properties("44021")?["lower"] as? Double == 56.9)
            #expect(properties("44021")?["upper"] as? Double == 63)
            #expect(properties("12025") != nil)
            #expect(properties("12025")?["lower"] == nil)
            let several = try await json(app, selection + "&format=geojson")
            let gentProperties = (several["features"] as? [[String: Any]])?.compactMap { $0["properties"] as? [String: Any] }
                .first { $0["code"] as? String == "44021" }
            #expect(gentProperties?["srv_pct 2023 lower"] as? Double == 56.9)
            #expect(gentProperties?["srv_n 2023 lower"] == nil)

            // RDF Data Cube: two optional attributes, on the observations that have an interval
            try await app.testing().test(.GET, selection + "&format=turtle") { response async throws in
                let turtle = response.body.string
                #expect(turtle.contains("qb:AttributeProperty"))
                #expect(turtle.contains(#"sb:ci95Lower "56.9"^^xsd:double"#), "\(turtle.prefix(3000))")
                #expect(turtle.contains(#"sb:ci95Upper "63"^^xsd:double"#))
                #expect(turtle.components(separatedBy: #"sb:ci95Lower ""#).count - 1 == 2)
            }
            try await app.testing().test(.GET, "/api/v1/data?indicators=srv_n&level=gemeente2024&areas=44021&format=turtle") { response async throws in
                #expect(!response.body.string.contains("ci95"))
            }
        }
    }

    @Test("The wijkrapport marks each wijk against its city")
    func wijkReport() throws {
        // setup: a plain model of two wijken of a city (the demo has no survey at wijk level)
        let indicator = Indicator(code: "srv_pct", name: "Tevreden", unit: "%", dataType: .percentageMean, sampleCode: "srv_n",
                                  roundOff: RoundOff(step: 0.1), surveyProportion: true)
        func area(_ key: Int, _ code: String, _ name: String) -> Catalog.AreaEntry {
            Catalog.AreaEntry(key: key, levelCode: "ggw72024", code: code, shortName: name, name: name, sequence: key, hasGeometry: false)
        }
        let north = area(1, "A01", "Noord"), south = area(2, "A02", "Zuid")
        let city = Catalog.AreaEntry(key: 9, levelCode: "gemeente2024", code: "44021", shortName: "Gent", name: "Gent",
                                     sequence: 9, hasGeometry: false)
        var block = WijkReportModel.Block(
            indicator: indicator, period: "2023", cityValue: .ok(52.5),
            rows: [(north, .ok(60), 1), (south, .ok(51), 2)], features: [])
        block.estimates = [1: try #require(SurveyEstimate(percentage: 60, sampleSize: 1000)),
                           2: try #require(SurveyEstimate(percentage: 51, sampleSize: 800))]
        block.cityEstimate = SurveyEstimate(percentage: 52.5, sampleSize: 2900)
        let model = WijkReportModel(city: city, cities: [("44021", "Gent")], blocks: [block], indicatorChoices: [], language: .nl)

        // act
        let html = model.page().document().render()

        // check: 60 % of 1000 against 52,5 % of 2900 is higher; 51 % of 800 is not significantly different
        #expect(html.contains("60,0 % (56,9–63,0)<br/><span class=\"significance\">▲ hoger</span>"), "\(html)")
        #expect(html.contains("○ niet significant"))
        #expect(html.contains("Gent: 52,5 % (50,7–54,3)"))
        #expect(html.contains("het verschil met Gent is groter"))
    }
}
