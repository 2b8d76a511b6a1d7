@testable import App
@testable import Cijfers
@testable import Platform
import CijfersDomain
import Foundation
import Testing
import Vapor
import VaporTesting

/// A survey indicator end to end, on both databases: imported with its sample size, published with its 95 %
/// confidence interval in JSON, CSV and XLSX, shown with intervals and significance marks on the indicator and
/// evolution pages; a suppressed sample size gives no interval anywhere.
@Suite("Survey indicators through the app")
struct SurveyAppTests {
    /// Five gemeenten of Limburg: percentage and respondents in 2022 and 2023. The respondents have a threshold of 50
    /// on themselves: 72003 (40) is hidden, and with it the smallest sibling 72004 (secondary suppression), so those
    /// two percentages are shown without an interval. Vlaanderen is the sum of the five: 2840 respondents, 51.3 %
    /// in 2023.
    static let data: [String: [String: (percentage: Double, n: Int)]] = [
        "2022": ["72003": (48, 40), "72004": (41, 400), "72018": (44, 600), "72020": (50, 1000), "71002": (52, 800)],
        "2023": ["72003": (50, 40), "72004": (40, 400), "72018": (45, 600), "72020": (60, 1000), "71002": (51, 800)],
    ]

    func withSurvey(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
        try await Self.withSurvey(database, data: Self.data, body)
    }

    /// An app with the survey indicator `srv_pct` (threshold 50 on its respondents `srv_n`, RoundOff 0.1) holding
    /// `data` per period and gemeente (also used by SurveyEverywhereTests).
    static func withSurvey(_ database: TestDatabase, data: [String: [String: (percentage: Double, n: Int)]],
                           _ body: (Application) async throws -> Void) async throws {
        try await withTestApp(database) { app in
            let directory = try Fixtures.temporaryDirectory()
            let sheet = directory.appendingPathComponent("enquete_indicatoren.csv")
            try """
                Indicator code;Name;Unit;Data type;Aggregation indicator;Sample indicator;Threshold value;RoundOff;Survey proportion
                srv_n;Respondenten;aantal;Numeric;;;50;1;nee
                srv_pct;Tevreden;%;Percentage (mean);srv_n;srv_n;;0.1;ja
                """.write(to: sheet, atomically: true, encoding: .utf8)
            var rows = ["period;geolevel;geoitem;srv_pct;srv_n"]
            for (period, values) in data.sorted(by: { $0.key < $1.key }) {
                for (code, value) in values.sorted(by: { $0.key < $1.key }) {
                    rows.append("\(period);gemeente2024;\(code);\(value.percentage);\(value.n)")
                }
            }
            let values = directory.appendingPathComponent("enquete.csv")
            try (rows.joined(separator: "\n") + "\n").write(to: values, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [sheet.path, values.path], into: app)
            try await body(app)
        }
    }

    func records(_ app: Application, _ query: String) async throws -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        try await app.testing().test(.GET, "/api/v1/data?\(query)") { response async throws in
            #expect(response.status == .ok, "\(query)")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            for record in try #require(body["data"] as? [[String: Any]]) {
                result[try #require(record["area"] as? String)] = record
            }
        }
        return result
    }

    @Test("The interval in JSON, CSV and XLSX; none where the sample size is suppressed", arguments: TestDatabase.available)
    func theIntervalIsPublishedWithTheValue(database: TestDatabase) async throws {
        try await withSurvey(database) { app in
            // act
            let cells = try await records(app, "indicators=srv_pct&level=gemeente2024&parent=70000&periods=2023")

            // check: Wilson of 60 % of 1000 is 56.93–62.99 (by hand: centre 0.599960, half 0.030031), rounded like
            // the value to 0.1
            #expect(cells["72020"]?["value"] as? Double == 60)
            #expect(cells["72020"]?["lower"] as? Double == 56.9)
            #expect(cells["72020"]?["upper"] as? Double == 63)
            // 45 % of 600: 41.06–49.00
            #expect(cells["72018"]?["lower"] as? Double == 41.1)
            #expect(cells["72018"]?["upper"] as? Double == 49)
            // the sample size of 72003 (40 < 50) and of 72004 (its complement) is suppressed: value, no interval
            #expect(cells["72003"]?["value"] as? Double == 50)
            #expect(cells["72003"]?["lower"] == nil)
            #expect(cells["72003"]?["upper"] == nil)
            #expect(cells["72004"]?["lower"] == nil)
            let samples = try await records(app, "indicators=srv_n&level=gemeente2024&parent=70000&periods=2023")
            #expect(samples["72003"]?["status"] as? String == "suppressed")
            #expect(samples["72004"]?["status"] as? String == "suppressed")
            // Vlaanderen: the respondents summed (2840), the percentage weighted by them
            let flanders = try await records(app, "indicators=srv_pct&level=gewest&areas=2000&periods=2023")
            #expect(flanders["2000"]?["value"] as? Double == 51.3)
            #expect(flanders["2000"]?["lower"] != nil)
            // an indicator that is no survey has no interval keys at all
            #expect(samples["72020"]?["lower"] == nil)

            // the JSON written by hand reads the same as the encoder's, intervals and survey metadata included
            let catalog = await app.catalogStore.current
            let table = try await DataQuery(database: app.db, catalog: catalog).run(DataSelection(
                indicators: ["srv_pct", "srv_n"], level: "gemeente2024", parent: "provincie2024:70000", areas: nil, periods: .all))
            #expect(table.cells.contains { $0.interval != nil } && table.cells.contains { $0.indicator == "srv_pct" && $0.interval == nil })
            let byHand = try JSONSerialization.jsonObject(with: Data(buffer: table.jsonBytes())) as? NSDictionary
            let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(DataTableDTO(table))) as? NSDictionary
            #expect(byHand != nil && byHand == encoded)
            #expect((byHand?["indicators"] as? [[String: Any]])?.first?["surveyProportion"] as? Bool == true)

            // CSV: two more columns, empty where there is no interval
            try await app.testing().test(.GET, "/api/v1/data?indicators=srv_pct&level=gemeente2024&parent=70000&periods=2023&format=csv") { response async throws in
                let lines = response.body.string.split(separator: "\r\n")
                #expect(lines.first == "indicator,level,area,area_name,period,value,status,indicator_name,unit,ci95_lower,ci95_upper")
                #expect(lines.contains { $0.hasPrefix("srv_pct,gemeente2024,72020,") && $0.hasSuffix(",2023,60,ok,Tevreden,%,56.9,63") })
                #expect(lines.contains { $0.hasPrefix("srv_pct,gemeente2024,72003,") && $0.hasSuffix(",2023,50,ok,Tevreden,%,,") })
            }
            // a table without a survey indicator keeps the columns it always had
            try await app.testing().test(.GET, "/api/v1/data?indicators=srv_n&level=gemeente2024&parent=70000&periods=2023&format=csv") { response async throws in
                #expect(response.body.string.hasPrefix("indicator,level,area,area_name,period,value,status,indicator_name,unit\r\n"))
            }
            // XLSX: answered (its columns are checked through the same cube as CSV)
            try await app.testing().test(.GET, "/api/v1/data?indicators=srv_pct,srv_n&level=gemeente2024&parent=70000&periods=2023&format=xlsx") { response async throws in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("The indicator and evolution pages show intervals and significance marks", arguments: TestDatabase.available)
    func thePagesShowIntervalsAndMarks(database: TestDatabase) async throws {
        try await withSurvey(database) { app in
            // act
            let path = CijfersPath.indicator(code: "srv_pct").path + "?level=gemeente2024&parent=provincie2024:70000&period=2023"
            try await app.testing().test(.GET, path) { response async throws in
                #expect(response.status == .ok)
                let html = response.body.string
                // check: the value with its interval in Belgian format, and the mark beside it against Vlaanderen
                // (51.3 % of 2840): 60 % of 1000 is higher (z = 4.7), 45 % of 600 lower (z = −2.8), 51 % of 800 not
                // (z = −0.2)
                let row72020 = try #require(Self.row(html, containing: "72020"))
                #expect(row72020.contains("60,0 % (56,9–63,0)"))
                #expect(row72020.contains("▲ hoger"))
                let row72018 = try #require(Self.row(html, containing: "72018"))
                #expect(row72018.contains("45,0 % (41,1–49,0)"))
                #expect(row72018.contains("▼ lager"))
                let row71002 = try #require(Self.row(html, containing: "71002"))
                #expect(row71002.contains("○ niet significant"))
                // a suppressed sample size: the value without interval and without a mark
                let row72003 = try #require(Self.row(html, containing: "72003"))
                #expect(row72003.contains(">50,0 %<"))
                #expect(!row72003.contains("(") && !row72003.contains("hoger") && !row72003.contains("significant"))
                // the header, the note and the chart's whiskers
                #expect(html.contains("Waarde (95%-betrouwbaarheidsinterval)"))
                #expect(html.contains("95%-betrouwbaarheidsinterval: met 95 % zekerheid"))
                #expect(html.contains("class=\"interval\""))
            }
            try await app.testing().test(.GET, path + "&lang=en") { response async throws in
                let html = response.body.string
                #expect(html.contains("Value (95% confidence interval)"))
                #expect(html.contains("▲ higher"))
            }
            // the evolution: 72020 rose significantly from 50 % to 60 % (z = 4.5), 72018 from 44 % to 45 % did not
            let evolution = CijfersPath.evolution.path + "?indicators=srv_pct&level=gemeente2024&areas=72020,72018"
            try await app.testing().test(.GET, evolution) { response async throws in
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(Self.cell(html, startingWith: "60,0 (56,9–63,0)")?.contains("▲ hoger") == true)
                #expect(Self.cell(html, startingWith: "45,0 (41,1–49,0)")?.contains("○ niet significant") == true)
                // the first period has nothing to compare with
                #expect(Self.cell(html, startingWith: "50,0 (46,9–53,1)") == "50,0 (46,9–53,1)")
                #expect(html.contains("class=\"band\""))
            }
        }
    }

    @Test("A bad survey definition is refused where it stands", arguments: TestDatabase.available)
    func aBadSurveyDefinitionIsRefused(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: a count marked as a survey, a survey without its sample, one naming an unknown sample
            let sheet = try Fixtures.temporaryDirectory().appendingPathComponent("enquete_fout.csv")
            try """
                Indicator code;Name;Unit;Data type;Sample indicator;Survey proportion
                srv_n;Respondenten;aantal;Numeric;;nee
                srv_count;Aantal tevreden;aantal;Numeric;srv_n;ja
                srv_nosample;Tevreden;%;Percentage (mean);;ja
                srv_unknown;Tevreden;%;Percentage (mean);srv_bestaat_niet;ja
                srv_word;Tevreden;%;Percentage (mean);srv_n;misschien
                """.write(to: sheet, atomically: true, encoding: .utf8)
            let before = try await TestData.counts(app)

            // act
            let error = await #expect(throws: ImportFailure.self) { try await TestData.load([sheet.path], into: app) }

            // check: each at its row and the survey column (F), nothing written
            let report = try #require(error).description
            #expect(report.contains("enquete_fout.csv, rij 3, kolom F: 'srv_count' is een enquêtepercentage maar de eenheid 'aantal' is geen percentage"), "\(report)")
            #expect(report.contains("enquete_fout.csv, rij 4, kolom F: 'srv_nosample' is een enquêtepercentage maar heeft geen steekproefindicator"), "\(report)")
            #expect(report.contains("steekproefindicator 'srv_bestaat_niet' van 'srv_unknown' bestaat niet"), "\(report)")
            #expect(report.contains("enquete_fout.csv, rij 6, kolom F: enquête 'misschien' is geen ja of nee"), "\(report)")
            #expect(try await TestData.counts(app) == before)
        }
    }

    /// The table row (`<tr>…</tr>`) that links to the area with this code.
    static func row(_ html: String, containing code: String) -> String? {
        html.components(separatedBy: "<tr>").first { $0.contains("/\(code)\"") }.map { $0.components(separatedBy: "</tr>")[0] }
    }

    /// A table cell's content from the given text up to the end of the cell.
    static func cell(_ html: String, startingWith text: String) -> String? {
        html.range(of: text).map { String(html[$0.lowerBound...]).components(separatedBy: "</td>")[0] }
    }
}
