import Testing
import Tabular
@testable import CijfersImport

@Suite("Problem collector")
struct ProblemCollectorTests {
    func at(_ row: Int, _ column: String? = "C") -> TabularLocation {
        TabularLocation(file: "data.xlsx", sheet: "Blad1", row: row, column: column)
    }

    @Test("Keeps the first problems of each kind and counts them all")
    func limitPerKind() {
        let problems = ProblemCollector(limitPerKind: 2)
        for row in 2...6 { problems.add(.unknownArea, at: at(row), "gebied \(row) bestaat niet") }
        problems.add(.missingColumn, at: at(1, nil), "kolom WAARDE ontbreekt")
        #expect(problems.problemCounts == [.unknownArea: 5, .missingColumn: 1])
        #expect(problems.totalProblems == 6)
        #expect(problems.problems.map(\.location.row) == [2, 3, 1])
        #expect(!problems.isEmpty)
    }

    @Test("The report lists kinds in a fixed order, each with its count, the kept problems and what was left out")
    func report() {
        let problems = ProblemCollector(limitPerKind: 2)
        for row in 2...4 { problems.add(.unknownArea, at: at(row), "gebied '\(row)' bestaat niet") }
        problems.add(ImportProblem(.missingColumn, at: at(1, nil), "kolom WAARDE ontbreekt"))
        #expect(problems.report() == [
            "ontbrekende kolom (1×):",
            "  data.xlsx, blad Blad1, rij 1: kolom WAARDE ontbreekt",
            "onbekend gebied (3×):",
            "  data.xlsx, blad Blad1, rij 2, kolom C: gebied '2' bestaat niet",
            "  data.xlsx, blad Blad1, rij 3, kolom C: gebied '3' bestaat niet",
            "  … en nog 1 van deze soort",
        ])
    }

    @Test("Notices do not make an import fail, and are kept up to five times the limit")
    func notices() {
        let problems = ProblemCollector(limitPerKind: 1)
        for row in 1...7 { problems.notice(at: at(row), "rij \(row) overgeslagen") }
        #expect(problems.isEmpty)
        #expect(problems.totalProblems == 0)
        #expect(problems.noticeCount == 7)
        #expect(problems.notices.count == 5)
        #expect(problems.noticeReport() == [
            "  data.xlsx, blad Blad1, rij 1, kolom C: rij 1 overgeslagen",
            "  data.xlsx, blad Blad1, rij 2, kolom C: rij 2 overgeslagen",
            "  data.xlsx, blad Blad1, rij 3, kolom C: rij 3 overgeslagen",
            "  data.xlsx, blad Blad1, rij 4, kolom C: rij 4 overgeslagen",
            "  data.xlsx, blad Blad1, rij 5, kolom C: rij 5 overgeslagen",
            "  … en nog 2 opmerkingen",
        ])
    }

    @Test("Nothing collected, nothing reported")
    func empty() {
        let problems = ProblemCollector()
        #expect(problems.isEmpty)
        #expect(problems.report().isEmpty)
        #expect(problems.noticeReport().isEmpty)
        #expect(problems.limitPerKind == 10)
    }

    @Test("Kinds sort in declaration order: file-wide problems first")
    func kindOrder() {
        #expect(ProblemKind.allCases.sorted() == ProblemKind.allCases)
        #expect(ProblemKind.unreadableFile < .missingColumn)
        #expect(ProblemKind.missingColumn < .unknownArea)
        #expect(!(ProblemKind.invalidValue < .invalidValue))
    }

    @Test("A reader's error becomes an unreadable-file problem at the same place")
    func fromTabularError() {
        let error = TabularError(location: TabularLocation(file: "kapot.xlsx"), reason: "het xlsx-bestand is beschadigd")
        let problem = ImportProblem(error)
        #expect(problem.kind == .unreadableFile)
        #expect(problem.location == TabularLocation(file: "kapot.xlsx"))
        #expect(problem.description == "kapot.xlsx: het xlsx-bestand is beschadigd")
    }

    @Test("An unreadable CSV file is reported by the reader with its name")
    func missingFile() throws {
        let path = try ImportFixtures.csv("", named: "leeg.csv")
        #expect(throws: TabularError.self) { try TableFile.open(path: path) }
        do {
            _ = try TableFile.open(path: path)
        } catch {
            let problem = ImportProblem(error)
            #expect(problem.location.file == "leeg.csv")
            #expect(problem.kind == .unreadableFile)
        }
    }
}
