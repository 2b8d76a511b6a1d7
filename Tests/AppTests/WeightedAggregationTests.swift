@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import SQLKit
import Testing

/// Aggregation through the storage layer for ratios: a weighted mean with its weight read back from the
/// database, a chain (a ratio weighted by a ratio), and Swing's missing codes on the way up.
@Suite("Weighted aggregation through an import")
struct WeightedAggregationTests {
    @Test(arguments: TestDatabase.available)
    func ratiosAreWeightedByTheirAggregationIndicator(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: three gemeenten of the provincie Antwerpen (10000); nothing else of it has data
            let dir = try Fixtures.temporaryDirectory()
            let sheet = dir.appendingPathComponent("gewogen_indicatoren.csv")
            try """
                Indicator code;Name;Data type;Aggregation indicator
                w_n;Aantal;Numeric;
                w_pct;Aandeel;Percentage (mean);w_n
                w_chain;Aandeel van het aandeel;Percentage (mean);w_pct
                w_exact;Zeventien cijfers;Numeric;
                """.write(to: sheet, atomically: true, encoding: .utf8)
            let data = dir.appendingPathComponent("gewogen_data.csv")
            try """
                period;geolevel;geoitem;w_n;w_pct;w_chain;w_exact
                2024;gemeente2024;11001;10;50;1;
                2024;gemeente2024;11002;30;20;2;
                2024;gemeente2024;11004;60;10;3;
                2024;gemeente2024;24062;;;;0.12345678901234568
                2024;gemeente2024;31005;;;;98765.43210987654
                2024;gemeente2024;44021;;;;3.3333333333333335e-300
                2024;gemeente2024;71016;;;;-1.7976931348623157e308
                2023;gemeente2024;11001;10;-99999;1
                2023;gemeente2024;11002;30;20;2
                """.write(to: data, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [sheet.path, data.path], into: app)

            // act
            let sql = app.db.sql
            // Read through the analysts' view (docs/cijfers.md), which unfolds the stored vectors in SQL.
            func stored(_ indicator: String, _ area: String, _ period: String) async throws -> Double? {
                let row = try await sql.raw("""
                    SELECT value, status FROM cijfers_waarden
                    WHERE indicator = \(bind: indicator) AND area = \(bind: area) AND level = 'provincie2024'
                      AND period = \(bind: period) AND status <> 'geladen'
                    """).first()
                guard let row else { return nil }
                if try row.decode(column: "status", as: String.self) == "onbekend" { return -99999 }
                return try row.decode(column: "value", as: Double?.self)
            }

            // check: Σ value × weight / Σ weight
            #expect(try await stored("w_n", "10000", "2024") == 100)
            let share: Double = (50 * 10 + 20 * 30 + 10 * 60) / 100
            #expect(try await stored("w_pct", "10000", "2024") == share)
            // check: the weight of w_chain is w_pct aggregated (17 at the provincie), per gemeente its loaded value
            let chain: Double = (1 * 50 + 2 * 20 + 3 * 10) / 80
            #expect(try await stored("w_chain", "10000", "2024") == chain)
            // check: values are read back from the database bit for bit before they are summed: a provincie
            // with one gemeente with data gets that very value
            #expect(try await stored("w_exact", "20001", "2024") == 0.12345678901234568)
            #expect(try await stored("w_exact", "30000", "2024") == 98765.43210987654)
            #expect(try await stored("w_exact", "40000", "2024") == 3.3333333333333335e-300)
            #expect(try await stored("w_exact", "70000", "2024") == -1.7976931348623157e308)
            // check: a value suppressed by the source makes the total unknown, and so the weighted chain too
            #expect(try await stored("w_pct", "10000", "2023") == -99999)
            #expect(try await stored("w_chain", "10000", "2023") == -99999)
        }
    }
}
