@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import CijfersDomain
import Foundation
import SQLKit
import Testing
import VaporTesting

/// Formula cost through an import and a request: a formula nested too deep is refused where it stands and
/// nothing is written; a costly formula already in the database is refused per request with a 400.
@Suite("Formula cost on import and request")
struct FormulaCostImportTests {
    /// `f0 = f1 + f1`, …, `f(depth-1) = s + s`: the indicator sheet, one formula per row from row 3.
    static func chainSheet(depth: Int) -> String {
        var lines = ["Indicator code;Name;Formula", "s;Opgeslagen;"]
        for level in 0..<depth {
            let component = level == depth - 1 ? "s" : "f\(level + 1)"
            lines.append("f\(level);Niveau \(level);\(component) + \(component)")
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: TestDatabase.available)
    func aFormulaNestedTooDeepIsRefusedWhereItStands(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            let sheet = try Fixtures.temporaryDirectory().appendingPathComponent("diepe_formules.csv")
            try Self.chainSheet(depth: FormulaCost.maximumDepth + 1).write(to: sheet, atomically: true, encoding: .utf8)
            let before = try await TestData.counts(app)

            // act
            let error = await #expect(throws: ImportFailure.self) {
                try await TestData.load([sheet.path], into: app)
            }

            // check: file, row of f0, the Formula column, the reason and the limit; nothing written
            let report = try #require(error).description
            #expect(report.contains("diepe_formules.csv, rij 3, kolom C: formule van 'f0': formules zijn 21 niveaus diep genest; de grens is 20"),
                    "\(report)")
            #expect(!report.contains("'f1'"))
            #expect(try await TestData.counts(app) == before)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aChangedComponentThatMakesAnotherFormulaTooDeepIsRefused(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: a chain at the limit
            let directory = try Fixtures.temporaryDirectory()
            let chain = directory.appendingPathComponent("keten.csv")
            try Self.chainSheet(depth: FormulaCost.maximumDepth).write(to: chain, atomically: true, encoding: .utf8)
            try await TestData.load([chain.path], into: app)
            let before = try await TestData.counts(app)

            // act: the stored bottom becomes a formula, one level more for f0, which is not in this sheet
            let change = directory.appendingPathComponent("wijziging.csv")
            try "Indicator code;Name;Formula\nt;Nieuw;\ns;Opgeslagen;t * 2\n".write(to: change, atomically: true, encoding: .utf8)
            let error = await #expect(throws: ImportFailure.self) {
                try await TestData.load([change.path], into: app)
            }

            // check
            let report = try #require(error).description
            #expect(report.contains("wijziging.csv, rij 3, kolom C: 's' maakt de formule van 'f0' te zwaar: formules zijn 21 niveaus diep genest"),
                    "\(report)")
            #expect(try await TestData.counts(app) == before)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aCostlyFormulaAlreadyInTheDatabaseIsRefusedPerRequest(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: ten links of 5000 terms over a constant, written past the import check as if imported
            // before it: about 50,000 steps per cell, so all gemeenten together exceed a request's budget.
            let links = 10
            var lines = ["Indicator code;Name;Formula", "c;Constante;1"]
            for level in 0..<links { lines.append("g\(level);Niveau \(level);1") }
            let sheet = try Fixtures.temporaryDirectory().appendingPathComponent("kostelijk.csv")
            try lines.joined(separator: "\n").write(to: sheet, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [sheet.path], into: app)
            let sql = app.db.sql
            for level in 0..<links {
                let component = level == links - 1 ? "c" : "g\(level + 1)"
                let formula = Array(repeating: component, count: 5_000).joined(separator: "+")
                try await sql.update("indicators").set("formula", to: formula).where("code", .equal, "g\(level)").run()
            }
            try await app.catalogStore.reload(from: app.db)

            // act and check: one gemeente is answered; all of them are refused with a 400 that says why
            try await app.testing().test(.GET, "/api/v1/data?indicators=g0&level=gemeente2024&areas=44021&periods=2024") { response async throws in
                #expect(response.status == .ok)
            }
            try await app.testing().test(.GET, "/api/v1/data?indicators=g0&level=gemeente2024&periods=2024") { response async throws in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("te veel rekenwerk"))
            }
        }
    }
}
