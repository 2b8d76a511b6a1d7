import Testing
import Tabular
import CijfersDomain
@testable import CijfersImport

@Suite("Aggregation tables")
struct AggregationTableReaderTests {
    func read(_ path: String) throws -> (links: [Located<AreaLink>], problems: ProblemCollector) {
        let (reader, header) = try ImportFixtures.open(path)
        let problems = ProblemCollector()
        return (try AggregationTableReader.read(reader, header: header, problems: problems), problems)
    }

    @Test("ggw72024_gemeente2024.xlsx: parent codes stored as numbers")
    func realWijken() throws {
        let (links, problems) = try read(ImportFixtures.data("gebiedsniveaus/ggw72024_gemeente2024.xlsx"))
        #expect(problems.isEmpty)
        #expect(problems.noticeCount == 0)
        #expect(links.count == 3052)
        let first = try #require(links.first)
        #expect(first.value == AreaLink(childLevel: "ggw72024", childCode: "1100101", parentLevel: "gemeente2024", parentCode: "11001"))
        #expect(first.location == TabularLocation(file: "ggw72024_gemeente2024.xlsx", sheet: "ggw7_gemeente", row: 2, column: "A"))
        #expect(links.last?.value.childCode == "99999ONB")
        #expect(links.last?.value.parentCode == "99999")
    }

    @Test("statsec2019_statsec2024.xlsx: the row with a blank child code is a notice, not an error")
    func realConversion() throws {
        let (links, problems) = try read(ImportFixtures.data("gebiedsniveaus/statsec2019_statsec2024.xlsx"))
        #expect(problems.isEmpty, "\(problems.report())")
        let blank = try #require(problems.notices.first)
        #expect(blank.location == TabularLocation(file: "statsec2019_statsec2024.xlsx", sheet: "Sheet1", row: 2, column: "A"))
        #expect(blank.message.contains("'11002P6PK'"))
        #expect(!links.contains { $0.value.parentCode == "11002P6PK" && $0.value.childCode.isEmpty })
        let first = try #require(links.first)
        #expect(first.value == AreaLink(childLevel: "statsec2019", childCode: "11001A00-", parentLevel: "statsec2024", parentCode: "11001A00-"))
        #expect(first.location.row == 3)
    }

    @Test("statsec2019_statsec2024.xlsx: a sector split over several new ones keeps one parent, its own code")
    func realSplitSectors() throws {
        let (links, problems) = try read(ImportFixtures.data("gebiedsniveaus/statsec2019_statsec2024.xlsx"))
        // 10 241 rows: one without a child, eleven second (or third) parents.
        #expect(links.count == 10_241 - 1 - 11)
        #expect(problems.noticeCount == 1 + 11)
        #expect(Set(links.map(\.value.childCode)).count == links.count)
        let parents = Dictionary(uniqueKeysWithValues: links.map { ($0.value.childCode, $0.value.parentCode) })
        #expect(parents["31004ZZZZ"] == "31004ZZZZ")
        #expect(parents["38016ZZZZ"] == "38016ZZZZ")
        let notice = try #require(problems.notices.first { $0.location.row == 4641 })
        #expect(notice.message.contains("31004ZZZZ"))
        #expect(notice.location.column == "A")
    }

    @Test("Exactly two named columns are needed")
    func wrongColumnCount() throws {
        let path = try ImportFixtures.csv("a;b;c\n1;2;3\n", named: "drie.csv")
        let (links, problems) = try read(path)
        #expect(links.isEmpty)
        let problem = try #require(problems.problems.first)
        #expect(problem.kind == .missingColumn)
        #expect(problem.location == TabularLocation(file: "drie.csv", row: 1))
    }

    @Test("A child without a parent is a problem in the parent column")
    func missingParent() throws {
        let path = try ImportFixtures.csv("statsec2024;ggw72024\n11001A00-;1100104\n11001A01-;\n11001A020;1100102\n",
                                          named: "wees.csv")
        let (links, problems) = try read(path)
        #expect(links.map(\.value.childCode) == ["11001A00-", "11001A020"])
        let problem = try #require(problems.problems.first)
        #expect(problems.totalProblems == 1)
        #expect(problem.kind == .invalidValue)
        #expect(problem.location == TabularLocation(file: "wees.csv", row: 3, column: "B"))
        #expect(problem.reason.contains("'11001A01-'"))
    }

    @Test("A second parent is reported and the first one kept")
    func secondParent() throws {
        let path = try ImportFixtures.csv("gemeente2024;provincie2024\n11001;10000\n11002;10000\n11001;20001\n",
                                          named: "twee.csv")
        let (links, problems) = try read(path)
        #expect(problems.isEmpty)
        #expect(links.map(\.value.parentCode) == ["10000", "10000"])
        let notice = try #require(problems.notices.first)
        #expect(notice.location == TabularLocation(file: "twee.csv", row: 4, column: "A"))
        #expect(notice.message.contains("'20001'"))
    }

    @Test("Level names and codes are normalised like area codes")
    func normalised() throws {
        let path = try ImportFixtures.csv("gemeente2024 ; centrumsteden \n 11002 ;1.0\n", named: "groep.csv")
        let (links, problems) = try read(path)
        #expect(problems.isEmpty)
        #expect(links.map(\.value) == [AreaLink(childLevel: "gemeente2024", childCode: "11002", parentLevel: "centrumsteden", parentCode: "1")])
    }
}
