@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import CijfersImport
import Foundation
import Testing
import Vapor
import VaporTesting

/// Every kind of bad input is refused with a located message, and nothing is written.
@Suite("Bad input is refused, located, and leaves the database unchanged")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let contents: String?
        let expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown area", file: "data.csv",
             contents: "period;geolevel;geoitem;v2506_elek_res_cons\n2021;gemeente2024;44021;12,5\n2021;gemeente2024;99123;3\n",
             expected: ["data.csv", "rij 3", "kolom C", "gebied '99123' bestaat niet op niveau gemeente2024"]),
        Case(name: "unknown indicator", file: "data.csv",
             contents: "period;geolevel;geoitem;v_bestaat_niet\n2021;gemeente2024;44021;1\n",
             expected: ["data.csv", "rij 1", "kolom D", "indicator 'v_bestaat_niet' bestaat niet"]),
        Case(name: "non-numeric value", file: "data.csv",
             contents: "period;geolevel;geoitem;v2506_elek_res_cons\n2021;gemeente2024;44021;veel\n",
             expected: ["data.csv", "rij 2", "kolom D", "'veel' is geen getal"]),
        Case(name: "duplicate key", file: "long.csv",
             contents: "PERIODE,GEBIEDSNIVEAU,GEBIED,ONDERWERP,WAARDE\n2021,gemeente2024,44021,v2506_elek_res_cons,1\n2021,gemeente2024,44021,v2506_elek_res_cons,2\n",
             expected: ["long.csv", "rij 3", "kolom D", "staat twee keer in het bestand"]),
        Case(name: "missing column", file: "data.csv",
             contents: "period;geoitem;v2506_elek_res_cons\n2021;44021;1\n",
             expected: ["data.csv", "rij 1", "geolevel/GEBIEDSNIVEAU", "ontbreekt"]),
        Case(name: "wrong level", file: "data.csv",
             contents: "period;geolevel;geoitem;v2506_elek_res_cons\n2021;wijk2099;44021;1\n",
             expected: ["data.csv", "rij 2", "kolom B", "gebiedsniveau 'wijk2099' bestaat niet"]),
        // 20 cells of 100 kB: a 2 MB line, refused while it is read (TabularLimits).
        Case(name: "overlong line", file: "lang.csv",
             contents: "period;geolevel;geoitem;v2506_elek_res_cons\n2021;gemeente2024;44021;"
                + Array(repeating: String(repeating: "1", count: 100 << 10), count: 20).joined(separator: ";") + "\n",
             expected: ["te groot", "lang.csv, rij 2", "langer dan 1 MB"]),
        Case(name: "empty file", file: "leeg.csv", contents: "",
             expected: ["leeg.csv", "leeg"]),
        Case(name: "not an xlsx", file: "nep.xlsx", contents: "period;geolevel\n",
             expected: ["nep.xlsx", "geen geldig xlsx-bestand"]),
        Case(name: "truncated xlsx", file: "half.xlsx", contents: nil,
             expected: ["half.xlsx", "beschadigd of onvolledig"]),
    ]

    @Test(arguments: TestDatabase.available, cases)
    func refused(database: TestDatabase, badCase: Case) async throws {
        try await withTestApp(database) { app in
            // setup: real geography and indicators, and one good value already there
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx")], into: app)
            let directory = try Fixtures.temporaryDirectory()
            let good = directory.appendingPathComponent("goed.csv")
            try "period;geolevel;geoitem;v2506_elek_res_cons\n2021;gemeente2024;44021;7\n".write(to: good, atomically: true, encoding: .utf8)
            try await TestData.load([good.path], into: app)
            let before = try await TestData.counts(app)
            let path = directory.appendingPathComponent(badCase.file)
            if let contents = badCase.contents {
                try contents.write(to: path, atomically: true, encoding: .utf8)
            } else {
                let real = try Data(contentsOf: URL(fileURLWithPath: Fixtures.geography("gemeente2024.xlsx")))
                try real.prefix(real.count / 2).write(to: path)
            }
            // act: the bad file together with a good area sheet, which must not land either
            let extraLevel = directory.appendingPathComponent("testniveau.csv")
            try "sequence nr;geoitem code;short name;name\n1;T1;Test;Test\n".write(to: extraLevel, atomically: true, encoding: .utf8)
            let error = await #expect(throws: ImportFailure.self) {
                try await TestData.load([extraLevel.path, path.path], into: app)
            }
            // check
            let report = try #require(error).description
            for fragment in badCase.expected {
                #expect(report.contains(fragment), "'\(fragment)' missing from:\n\(report)")
            }
            #expect(try await TestData.counts(app) == before)
        }
    }

    @Test func skipUnknownReportsAndImportsTheRest() async throws {
        try await withTestApp(.sqlite) { app in
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx")], into: app)
            let file = try Fixtures.temporaryDirectory().appendingPathComponent("data.csv")
            try "period;geolevel;geoitem;v2506_elek_res_cons;v_onbekend\n2021;gemeente2024;44021;5;1\n2021;gemeente2024;00000;6;1\n"
                .write(to: file, atomically: true, encoding: .utf8)
            let summary = try await TestData.load([file.path], into: app, options: ImportOptions(skipUnknown: true))
            #expect(summary.values == 1)
            #expect(summary.notices.contains { $0.contains("v_onbekend") })
            #expect(summary.notices.contains { $0.contains("00000") })
        }
    }
}
