@testable import App
@testable import Cijfers
@testable import Platform
import CijfersDomain
import Foundation
import Testing
import Vapor
import VaporTesting

/// Secondary suppression through every way values leave the server, on both databases: a hand-made import where
/// subtraction would reveal a value, and the demo's indicator definitions on the wijken of Gent.
@Suite("Secondary suppression through the app")
struct SecondarySuppressionAppTests {
    /// Four gemeenten of Limburg (70000), none a centrumstad, so the provincie is their sum and nothing else;
    /// 72003 has 3, below the threshold of 5. And the wijken of Gent with the demo's definitions, where one wijk has
    /// 4 residential clients, below a threshold of 10 set on the count.
    static let gemeenten = ["72003": 3, "72004": 12, "72018": 7, "72020": 40]

    static func wijken() throws -> [String] {
        let text = try String(contentsOfFile: Fixtures.repositoryRoot
            .appendingPathComponent("Tests/AppTests/Fixtures/gent-wijken.csv").path, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: ";")
            return fields.count > 2 ? String(fields[2]) : nil
        }
    }

    func withData(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
        try await withTestApp(database) { app in
            let directory = try Fixtures.temporaryDirectory()
            let sheet = directory.appendingPathComponent("priv_indicatoren.csv")
            try """
                Indicator code;Name;Data type;Aggregation indicator;Formula;Threshold value;Threshold indicator
                priv_n;Aantal;Numeric;;;5;
                priv_pop;Inwoners;Numeric;;;;
                priv_share;Aandeel;Percentage (mean);priv_pop;100 * priv_n / priv_pop;;
                priv_rate;Tevredenheid;Percentage (mean);priv_pop;;5;priv_n
                v2506_elek_res_n;Consumenten elektriciteit residentieel;Numeric;;;10;
                """.write(to: sheet, atomically: true, encoding: .utf8)
            // a rate per gemeente, weighted by 100 inhabitants each: 30, 10, 20 and 50 %
            let rates = ["72003": 30, "72004": 10, "72018": 20, "72020": 50]
            var rows = ["period;geolevel;geoitem;priv_n;priv_pop;priv_rate"]
            for (code, count) in Self.gemeenten.sorted(by: { $0.key < $1.key }) {
                rows.append("2024;gemeente2024;\(code);\(count);100;\(rates[code]!)")
            }
            let data = directory.appendingPathComponent("priv_data.csv")
            try (rows.joined(separator: "\n") + "\n").write(to: data, atomically: true, encoding: .utf8)
            // the wijken of Gent: 20, 23, 26, … clients, but 4 in the third; consumption 90,000 each
            var wijkRows = ["period;geolevel;geoitem;v2506_elek_res_n;v2506_elek_res_cons"]
            for (index, code) in try Self.wijken().enumerated() {
                let clients = index == 2 ? 4 : 20 + 3 * index
                wijkRows.append("2021;ggw72024;\(code);\(clients);90000")
            }
            let wijkData = directory.appendingPathComponent("priv_wijken.csv")
            try (wijkRows.joined(separator: "\n") + "\n").write(to: wijkData, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [
                Fixtures.geography("ggw72024.xlsx"), Fixtures.geography("ggw72024_gemeente2024.xlsx"),
                Fixtures.demo("themas.csv"), Fixtures.fluvius("Indicators.xlsx"), Fixtures.demo("stadsbeeld_indicatoren.csv"),
                sheet.path, data.path, wijkData.path,
            ], into: app)
            try await body(app)
        }
    }

    /// The JSON API's cells of one selection: area → (value, status).
    func cells(_ app: Application, _ query: String) async throws -> [String: (value: Double?, status: String)] {
        var result: [String: (value: Double?, status: String)] = [:]
        try await app.testing().test(.GET, "/api/v1/data?\(query)") { response async throws in
            #expect(response.status == .ok, "\(query)")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            for record in try #require(body["data"] as? [[String: Any]]) {
                let area = try #require(record["area"] as? String)
                result[area] = (record["value"] as? Double, try #require(record["status"] as? String))
            }
        }
        return result
    }

    @Test("The complementary cell is hidden in JSON, CSV, JSON-stat and Swing; the demo's definitions on Gent's wijken",
          arguments: TestDatabase.available)
    func complementaryCellIsHiddenEverywhere(database: TestDatabase) async throws {
        try await withData(database) { app in
            // JSON: 72003 is suppressed by the rule; with the provincie's 62 shown, so is the smallest other gemeente
            let gemeenten = try await cells(app, "indicators=priv_n&level=gemeente2024&parent=70000&periods=2024")
            #expect(gemeenten["72003"]?.status == "suppressed")
            #expect(gemeenten["72018"]?.status == "suppressed")
            #expect(gemeenten["72018"]?.value == nil)
            #expect(gemeenten["72004"]?.value == 12)
            #expect(gemeenten["72020"]?.value == 40)
            let provincie = try await cells(app, "indicators=priv_n&level=provincie2024&areas=70000&periods=2024")
            #expect(provincie["70000"]?.value == 62)
            // the pattern does not depend on what a request asks: 72018 alone is suppressed too
            let alone = try await cells(app, "indicators=priv_n&level=gemeente2024&areas=72018&periods=2024")
            #expect(alone["72018"]?.status == "suppressed")
            // a share of the count with a shown population would give it back: suppressed on the same cells
            let shares = try await cells(app, "indicators=priv_share&level=gemeente2024&parent=70000&periods=2024")
            #expect(shares["72003"]?.status == "suppressed")
            #expect(shares["72018"]?.status == "suppressed")
            #expect(shares["72004"]?.value == 12)
            // a rate adds up as rate × weight: 72003 is hidden by its base (3 < 5), and the smallest other product
            // (72004: 10 % of 100) beside it, whatever the count's pattern
            let rate = try await cells(app, "indicators=priv_rate&level=gemeente2024&parent=70000&periods=2024")
            #expect(rate.filter { $0.value.status == "suppressed" }.keys.sorted() == ["72003", "72004"])
            let rateAbove = try await cells(app, "indicators=priv_rate&level=provincie2024&areas=70000&periods=2024")
            #expect(rateAbove["70000"]?.value == 27.5)
            // what is shown no longer determines a hidden value: 62 − 12 − 40 = 10 is all a visitor learns
            let shown = gemeenten.values.compactMap(\.value).reduce(0, +)
            #expect(shown == 52)

            // CSV
            try await app.testing().test(.GET, "/api/v1/data?indicators=priv_n&level=gemeente2024&areas=72018,72004&periods=2024&format=csv") { response async throws in
                let lines = response.body.string.split(separator: "\n")
                let line = try #require(lines.first { $0.contains(",72018,") })
                #expect(line.contains(",2024,,suppressed,"))
                #expect(lines.contains { $0.contains(",72004,") && $0.contains(",2024,12,ok,") })
            }
            // JSON-stat
            try await app.testing().test(.GET, "/api/v1/data?indicators=priv_n&level=gemeente2024&areas=72018&periods=2024&format=jsonstat") { response async throws in
                let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let values = try #require(body["value"] as? [Any])
                #expect(values.count == 1)
                #expect(values[0] is NSNull)
                #expect((body["status"] as? [String: String])?["0"] == "suppressed")
            }
            // Swing's selection table: 'x' where the value is hidden, both kinds alike
            try await app.testing().test(.GET, "/jive/selectiontableasjson.ashx?var=priv_n&geolevel=gemeente2024&geoitem=72003,72004,72018,72020&period=2024") { response async throws in
                #expect(response.status == .ok)
                let table = try JSONDecoder().decode(SwingSelectionTableController.Table.self, from: Data(buffer: response.body))
                let marks = table.rows.compactMap { row -> String? in
                    if case .text(let mark) = row[2] { return mark }
                    return nil
                }
                let numbers = table.rows.compactMap { row -> Double? in
                    if case .number(let number) = row[2] { return number }
                    return nil
                }
                #expect(marks == ["x", "x"])
                #expect(numbers.sorted() == [12, 40])
            }
            // a new import moves the data version, and the pattern is worked out again: with 72004 down to 1, two
            // gemeenten are below the threshold, and they protect each other
            let change = try Fixtures.temporaryDirectory().appendingPathComponent("priv_wijziging.csv")
            try "period;geolevel;geoitem;priv_n\n2024;gemeente2024;72003;3\n2024;gemeente2024;72004;1\n2024;gemeente2024;72018;7\n2024;gemeente2024;72020;40\n"
                .write(to: change, atomically: true, encoding: .utf8)
            try await TestData.load([change.path], into: app)
            let after = try await cells(app, "indicators=priv_n&level=gemeente2024&parent=70000&periods=2024")
            #expect(after.filter { $0.value.status == "suppressed" }.keys.sorted() == ["72003", "72004"])
            #expect(after["72018"]?.value == 7)

            try await demoDefinitionsOnTheWijkenOfGent(app)
        }
    }

    /// Runs inside the test above, on the same import (one import per database keeps the suite quick).
    func demoDefinitionsOnTheWijkenOfGent(_ app: Application) async throws {
        let wijken = try Self.wijken()
        let clients = try await cells(app, "indicators=v2506_elek_res_n&level=ggw72024&parent=44021&periods=2021")
        let hidden = wijken.filter { clients[$0]?.status == "suppressed" }
        // the wijk with 4 clients, and the smallest other one (20 clients, the first wijk)
        #expect(hidden == [wijken[0], wijken[2]])
        #expect(hidden.allSatisfy { clients[$0]?.value == nil })
        // Gent's total stays: with two wijken hidden, it tells only their sum
        let gent = try await cells(app, "indicators=v2506_elek_res_n&level=gemeente2024&areas=44021&periods=2021")
        let total = try #require(gent["44021"]?.value)
        let shown = wijken.compactMap { clients[$0]?.value }.reduce(0, +)
        #expect(total - shown == 24)
        // the demo's own formula (consumption per client, threshold 10 on the count) is hidden on both wijken
        let perClient = try await cells(app, "indicators=vp2506_elek_res_n&level=ggw72024&parent=44021&periods=2021")
        #expect(wijken.filter { perClient[$0]?.status == "suppressed" } == hidden)
        // and the levels above, where Gent is the only area with data, hide nothing
        let above = try await cells(app, "indicators=v2506_elek_res_n&level=provincie2024&areas=40000&periods=2021")
        #expect(above["40000"]?.value == total)
    }
}
