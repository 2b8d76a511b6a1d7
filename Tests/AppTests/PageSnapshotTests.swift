@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import SnapshotTesting
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Whole-page HTML snapshots of each page type on fixed data (the real geography, a small fixed data file,
/// and a fixed 'last updated' date), so any change to what a page shows is seen in review.
/// Record new snapshots with SNAPSHOT_RECORD=1.
@Suite("Page snapshots")
struct PageSnapshotTests {
    static let pages = [
        ("home", "/"),
        ("search", "/zoeken?q=elektriciteit"),
        ("indicator-centrumsteden", "/indicator/vp2506_elek_res_n?level=gemeente2024&parent=centrumsteden:centrumsteden&period=2021"),
        ("area-leuven", "/gebied/gemeente2024/24062"),
        ("benchmark", "/benchmark?indicators=v2506_elek_res_cons,vp2506_elek_res_n"),
        ("evolution", "/evolutie?indicators=v2506_elek_res_cons&areas=44021,24062"),
        ("wijk-report-no-wijken", "/wijkrapport?stad=44021&indicators=v2506_elek_res_cons"),
        ("not-found", "/indicator/bestaat_niet"),
    ]

    @Test func pagesMatchTheirSnapshots() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let file = try Fixtures.temporaryDirectory().appendingPathComponent("data.csv")
            var rows = ["period;geolevel;geoitem;v2506_elek_res_cons;v2506_elek_res_n"]
            for (index, city) in Centrumsteden.codes.enumerated() {
                rows.append("2020;gemeente2024;\(city);\(1_000 + index * 10);\(index + 5)")
                rows.append("2021;gemeente2024;\(city);\(1_100 + index * 10);\(index + 5)")
            }
            try rows.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [
                Fixtures.geography("gemeente2024.geojson"), Fixtures.demo("themas.csv"), Fixtures.fluvius("Indicators.xlsx"),
                Fixtures.demo("stadsbeeld_indicatoren.csv"), file.path,
            ], into: app)
            // A fixed clock: the import's timestamp would change every run.
            try await app.db.sql.update("indicators")
                .set("data_updated_at", to: SQLBind(Date(timeIntervalSince1970: 1_790_000_000))).run()
            try await app.catalogStore.reload(from: app.db)
            // The same for the day a printed page carries in its footer.
            app.printClock = { Date(timeIntervalSince1970: 1_790_000_000) }
            let record: SnapshotTestingConfiguration.Record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" ? .all : .missing

            for (name, path) in Self.pages {
                // act
                try await app.testing().test(.GET, path) { response async throws in
                    // check
                    withSnapshotTesting(record: record) {
                        // One tag a line, so a changed page shows as a readable diff.
                        let html = response.body.string.replacingOccurrences(of: "><", with: ">\n<")
                        assertSnapshot(of: html, as: .lines, named: name)
                    }
                }
            }
        }
    }
}
