@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import CijfersDomain
import CijfersImport
import Foundation
import SQLKit
import Tabular
import Testing
import Vapor
import VaporTesting

/// The real geography and the real Fluvius upload, imported and aggregated; the totals are compared with sums
/// computed here straight from the source rows and link tables, without the aggregation code.
@Suite("Import and aggregation of the real Fluvius upload")
struct ImportAggregationTests {
    @Test(arguments: TestDatabase.available)
    func aggregatesMatchTheSourceRows(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            let summary = try await TestData.load(
                TestData.fullGeography + [Fixtures.fluvius("Indicators.xlsx"), Fixtures.fluvius("upload_elektriciteit_verbruik.xlsx")],
                into: app)
            #expect(summary.values == 40_932 * 9)
            #expect(summary.aggregated > 0)
            let expected = try IndependentSums.compute()

            // act
            func value(_ indicator: String, _ level: String, _ area: String, _ period: String) async throws -> PublishedValue {
                let table = try await DataQuery(database: app.db, catalog: await app.catalogStore.current)
                    .run(DataSelection(indicators: [indicator], level: level, areas: [area], periods: .list([period])))
                return try #require(table.cells.first).value
            }

            // check: gemeenten (RoundOff 1 → whole kWh)
            for gemeente in ["44021", "24062", "41002", "71016", "13040"] {
                for period in ["2018", "2021"] {
                    let got = try await value("v2506_elek_res_cons", "gemeente2024", gemeente, period)
                    #expect(got.status == .ok)
                    #expect(got.value == expected.gemeente[gemeente]![period]!.rounded(.toNearestOrAwayFromZero))
                }
            }
            // check: wijken, through statsec2019 → statsec2024 → ggw72024
            for wijk in ["440211", "4402113", "240621", "1100101"] {
                let got = try await value("v2506_gas_res_cons", "ggw72024", wijk, "2020")
                // The independent sum adds in plain floating point; a total that lies within rounding noise of
                // .5 may round the other way, so the check allows the RoundOff step of 1.
                #expect(abs(got.value! - expected.wijkGas[wijk]!["2020"]!) <= 0.5 + 1e-6, "wijk \(wijk)")
            }
            // check: the centrumsteden group is the sum of its 13 cities
            let group = try await value("v2506_elek_res_cons", "centrumsteden", "centrumsteden", "2019")
            let thirteen = Centrumsteden.codes.map { expected.gemeente[$0]!["2019"]! }.reduce(0, +)
            #expect(group.value == thirteen.rounded(.toNearestOrAwayFromZero))
            // check: a formula at a high level is the ratio of the sums, not a mean of ratios
            let ratio = try await value("vp2506_elek_res_n", "gemeente2024", "44021", "2021")
            let gentClients = expected.gemeenteClients["44021"]!["2021"]!
            #expect(ratio.value == RoundOff(step: 0.1)!.apply(expected.gemeente["44021"]!["2021"]! / gentClients))
            // check: Brussels has −99999 (no answer) in the source, which breaks every total above it
            #expect(try await value("v2506_elek_res_cons", "gemeente2024", "21004", "2021").status == .noAnswer)
            #expect(try await value("v2506_elek_res_cons", "gewest", "4000", "2021").status == .noAnswer)
            let flanders = try await value("v2506_elek_res_cons", "gewest", "2000", "2021")
            #expect(flanders.value == expected.flanders["2021"]!.rounded(.toNearestOrAwayFromZero))
        }
    }
}

enum Centrumsteden {
    static let codes = ["41002", "11002", "31005", "71016", "44021", "71022", "34022", "24062", "12025", "35013",
                        "36015", "46021", "13040"]
}

/// Sums computed from the source files with plain dictionaries: a 2019 sector belongs to the gemeente of its
/// first five characters, and to a wijk through the two link tables.
struct IndependentSums {
    var gemeente: [String: [String: Double]] = [:]
    var gemeenteClients: [String: [String: Double]] = [:]
    var wijkGas: [String: [String: Double]] = [:]
    var flanders: [String: Double] = [:]

    static func compute() throws -> IndependentSums {
        func pairs(_ file: String) throws -> [String: String] {
            var map: [String: String] = [:]
            for row in try TableFile.open(path: Fixtures.geography(file)).readAll().dropFirst() {
                guard let child = row[0].text, let parent = row[1].text else { continue }
                if map[child] == nil || parent == child { map[child] = parent }
            }
            return map
        }
        let toSector2024 = try pairs("statsec2019_statsec2024.xlsx")
        let toWijk = try pairs("statsec2024_ggw72024.xlsx")
        let rows = try TableFile.open(path: Fixtures.fluvius("upload_elektriciteit_verbruik.xlsx")).readAll()
        let header = rows[0].cells.map { $0.text ?? "" }
        let column = { (name: String) in header.firstIndex(of: name)! }
        var sums = IndependentSums()
        for row in rows.dropFirst() {
            let sector = row[column("geoitem")].text!
            let period = row[column("period")].text!
            let gemeente = String(sector.prefix(5))
            let electricity = row[column("v2506_elek_res_cons")].number(decimalComma: false)!
            let clients = row[column("v2506_elek_res_n")].number(decimalComma: false)!
            let gas = row[column("v2506_gas_res_cons")].number(decimalComma: false)!
            if electricity != -99999 {
                sums.gemeente[gemeente, default: [:]][period, default: 0] += electricity
                // A sector missing from the link table has no parent: its value counts for no level above.
                if !gemeente.hasPrefix("21"), toSector2024[sector] != nil { sums.flanders[period, default: 0] += electricity }
            }
            if clients != -99999 { sums.gemeenteClients[gemeente, default: [:]][period, default: 0] += clients }
            if gas != -99999, let s2024 = toSector2024[sector], let wijk = toWijk[s2024] {
                sums.wijkGas[wijk, default: [:]][period, default: 0] += gas
            }
        }
        return sums
    }
}
