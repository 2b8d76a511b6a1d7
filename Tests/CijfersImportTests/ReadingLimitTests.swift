import Foundation
import Testing
import Tabular
@testable import CijfersImport

/// A data sheet past the reading limits, or naming indicators the importer may not load, ends as a located problem
/// in the report instead of being read to the end.
@Suite("Data sheets: limits and forbidden indicators")
struct ReadingLimitTests {
    static let catalog = DataSheetParserTests.catalog

    func parser(_ path: String, problems: ProblemCollector, forbidden: Set<String> = []) throws -> DataSheetParser? {
        let (reader, header) = try ImportFixtures.open(path)
        return DataSheetParser(reader: reader, header: header, format: try #require(SwingFormat.detect(header)),
                               defaultLevel: nil, catalog: Self.catalog, options: ImportOptions(), problems: problems,
                               forbidden: forbidden)
    }

    @Test func anOverlongLineIsALocatedProblemAndEndsTheSheet() throws {
        let cells = Array(repeating: String(repeating: "1", count: 100 << 10), count: 20).joined(separator: ";")
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a\n2021;gemeente2024;41002;1\n2021;gemeente2024;11001;\(cells)\n"
                                          + "2021;gemeente2024;11002;3\n", named: "lang.csv")
        let problems = ProblemCollector()
        let parser = try #require(try parser(path, problems: problems))
        var values: [DataValue] = []
        while let batch = try parser.next() { values += batch }
        #expect(values.map(\.area) == [1])
        #expect(problems.totalProblems == 1)
        let problem = try #require(problems.problems.first)
        #expect(problem.kind == .tooLarge)
        #expect(problem.location == TabularLocation(file: "lang.csv", row: 3))
        #expect(problem.reason.contains("1 MB"))
    }

    @Test func aForbiddenIndicatorColumnRefusesTheSheetOnItsHeader() throws {
        // Every data row is bad; none of them is read.
        let rows = (1...50).map { "2021;gemeente2024;9999\($0);x;y" }.joined(separator: "\n")
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a;v_b\n" + rows + "\n", named: "breed.csv")
        let problems = ProblemCollector()
        #expect(try parser(path, problems: problems, forbidden: ["v_b"]) == nil)
        #expect(problems.totalProblems == 1)
        let problem = try #require(problems.problems.first)
        #expect(problem.kind == .notPermitted)
        #expect(problem.location == TabularLocation(file: "breed.csv", row: 1, column: "E"))
    }

    @Test func aForbiddenIndicatorInFormat2EndsTheSheetAtItsFirstRow() throws {
        let rows = (1...50).map { "2021,gemeente2024,9999\($0),v_a,x" }.joined(separator: "\n")
        let path = try ImportFixtures.csv("PERIODE,GEBIEDSNIVEAU,GEBIED,ONDERWERP,WAARDE\n2021,gemeente2024,41002,v_b,1\n"
                                          + "2021,gemeente2024,11001,v_a,2\n" + rows + "\n", named: "lang.csv")
        let problems = ProblemCollector()
        let parser = try #require(try parser(path, problems: problems, forbidden: ["v_a"]))
        var values: [DataValue] = []
        while let batch = try parser.next() { values += batch }
        #expect(values.map(\.indicator) == [102])
        #expect(problems.totalProblems == 1, "\(problems.report())")
        #expect(problems.problems.first?.kind == .notPermitted)
        #expect(problems.problems.first?.location == TabularLocation(file: "lang.csv", row: 3, column: "D"))
        #expect(parser.rowsRead == 2)
    }
}
