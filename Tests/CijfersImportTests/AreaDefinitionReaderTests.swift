import Testing
import Tabular
import CijfersDomain
@testable import CijfersImport

@Suite("Area definitions")
struct AreaDefinitionReaderTests {
    func read(_ path: String, level: String = "gemeente2024") throws -> (areas: [Area], problems: ProblemCollector) {
        let (reader, header) = try ImportFixtures.open(path)
        let problems = ProblemCollector()
        let areas = try AreaDefinitionReader.read(reader, header: header, level: level, problems: problems)
        return (areas, problems)
    }

    @Test("gemeente2024.xlsx: 323 gemeenten, codes stored as numbers read as text")
    func realGemeenten() throws {
        let (areas, problems) = try read(ImportFixtures.data("gebiedsniveaus/gemeente2024.xlsx"))
        #expect(areas.count == 323)
        #expect(problems.isEmpty)
        #expect(problems.noticeCount == 0)
        let first = try #require(areas.first)
        #expect(first == Area(levelCode: "gemeente2024", code: "41002", shortName: "Aalst", name: "Aalst", sequence: 1))
        #expect(areas.contains { $0.code == "11001" && $0.name == "Aartselaar" && $0.sequence == 4 })
        let last = try #require(areas.last)
        #expect(last.code == "99991")
        #expect(last.name == "Niet te lokaliseren - Vlaanderen")
        #expect(last.sequence == 323)
        #expect(Set(areas.map(\.code)).count == 323)
        #expect(areas.allSatisfy { $0.levelCode == "gemeente2024" && $0.geometry == nil })
    }

    @Test("Codes are normalised and every change is reported")
    func normalisedCodes() throws {
        let path = try ImportFixtures.csv("""
            sequence nr;geoitem code;short name;name
            1;41002.0;Aalst;Aalst
            2;11001;Aartselaar;Aartselaar
            """, named: "gemeente.csv")
        let (areas, problems) = try read(path)
        #expect(areas.map(\.code) == ["41002", "11001"])
        #expect(problems.isEmpty)
        let notice = try #require(problems.notices.first)
        #expect(problems.noticeCount == 1)
        #expect(notice.location == TabularLocation(file: "gemeente.csv", row: 2, column: "B"))
        #expect(notice.message.contains("'41002.0'"))
        #expect(notice.message.contains("'41002'"))
    }

    @Test("A code given twice is a problem at its second row, naming the first")
    func duplicateCode() throws {
        let path = try ImportFixtures.csv("""
            sequence nr;geoitem code;name
            1;41002;Aalst
            2;11001;Aartselaar
            3;41002;Aalst again
            """, named: "dubbel.csv")
        let (areas, problems) = try read(path)
        #expect(areas.map(\.code) == ["41002", "11001"])
        let problem = try #require(problems.problems.first)
        #expect(problems.totalProblems == 1)
        #expect(problem.kind == .duplicateKey)
        #expect(problem.location == TabularLocation(file: "dubbel.csv", row: 4, column: "B"))
        #expect(problem.reason.contains("'41002'"))
        #expect(problem.reason.contains("rij 2"))
    }

    @Test("Without a code column nothing is read")
    func missingCodeColumn() throws {
        let path = try ImportFixtures.csv("sequence nr;name\n1;Aalst\n", named: "zonder.csv")
        let (areas, problems) = try read(path)
        #expect(areas.isEmpty)
        let problem = try #require(problems.problems.first)
        #expect(problem.kind == .missingColumn)
        #expect(problem.location == TabularLocation(file: "zonder.csv", row: 1))
        #expect(problem.reason.contains("geoitem code"))
    }

    @Test("Missing names and sequence numbers are filled in; rows without a code are skipped with a notice")
    func fallbacks() throws {
        let path = try ImportFixtures.csv("""
            sequence nr;geoitem code;short name;name
            ;A;;Alpha
            ;B;Bee;
            ;C;;
            7;;Nameless;Nameless
            1e400;D;Dee;Dee
            """, named: "leeg.csv")
        let (areas, problems) = try read(path, level: "wijk")
        #expect(problems.isEmpty)
        #expect(areas.map(\.code) == ["A", "B", "C", "D"])
        #expect(areas.map(\.shortName) == ["Alpha", "Bee", "C", "Dee"])
        #expect(areas.map(\.name) == ["Alpha", "Bee", "C", "Dee"])
        // No sequence number: the position in the sheet. A number too large for one is no sequence number.
        #expect(areas.map(\.sequence) == [1, 2, 3, 4])
        let notice = try #require(problems.notices.first)
        #expect(notice.location == TabularLocation(file: "leeg.csv", row: 5, column: "B"))
    }
}
