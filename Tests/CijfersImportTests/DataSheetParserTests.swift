import Testing
import Tabular
import CijfersDomain
@testable import CijfersImport

@Suite("Data sheets")
struct DataSheetParserTests {
    static let catalog = TestCatalog(
        areas: ["gemeente2024": ["41002": 1, "11001": 2, "11002": 3]],
        indicators: ["v_a": (101, false), "v_b": (102, false), "v_ratio": (103, true)])

    struct Parsed {
        var values: [DataValue] = []
        var problems: ProblemCollector
        var parser: DataSheetParser?
    }

    /// Parses a whole file: `format` as detected unless given.
    func parse(_ path: String, format: SwingFormat? = nil, defaultLevel: String? = nil,
               catalog: TestCatalog = catalog, options: ImportOptions = ImportOptions()) throws -> Parsed {
        let (reader, header) = try ImportFixtures.open(path)
        let format = try #require(format ?? SwingFormat.detect(header))
        let problems = ProblemCollector(limitPerKind: options.problemsPerKind)
        var parsed = Parsed(problems: problems)
        parsed.parser = DataSheetParser(reader: reader, header: header, format: format, defaultLevel: defaultLevel,
                                        catalog: catalog, options: options, problems: problems)
        while let batch = try parsed.parser?.next() { parsed.values += batch }
        return parsed
    }

    func value(_ indicator: Int, _ area: Int, _ period: String, _ value: Double, level: String = "gemeente2024") -> DataValue {
        DataValue(indicator: indicator, area: area, level: level, period: period, value: value)
    }

    /// The only problem there is: of `kind`, in `file` at `row` and `column`, naming `offending`.
    func expectSingleProblem(_ problems: ProblemCollector, _ kind: ProblemKind, file: String, row: Int, column: String?,
                             naming offending: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(problems.totalProblems == 1, "\(problems.report())", sourceLocation: sourceLocation)
        let problem = try #require(problems.problems.first, sourceLocation: sourceLocation)
        #expect(problem.kind == kind, sourceLocation: sourceLocation)
        #expect(problem.location == TabularLocation(file: file, row: row, column: column), sourceLocation: sourceLocation)
        #expect(problem.reason.contains(offending), "\(problem.reason)", sourceLocation: sourceLocation)
    }

    // MARK: - Format 1

    @Test("Format 1 with ';' and decimal comma: one value per indicator column, empty cells skipped")
    func wideDutch() throws {
        let path = try ImportFixtures.csv("""
            period;geolevel;geoitem;v_a;v_b
            2021;gemeente2024;41002;1.234,5;-99996
            2021;gemeente2024;11001;2,25;
            2022;gemeente2024;41002;0;7
            """, named: "breed.csv")
        let parsed = try parse(path)
        #expect(parsed.problems.isEmpty, "\(parsed.problems.report())")
        #expect(parsed.values == [
            value(101, 1, "2021", 1234.5), value(102, 1, "2021", -99996),
            value(101, 2, "2021", 2.25),
            value(101, 1, "2022", 0), value(102, 1, "2022", 7),
        ])
        #expect(parsed.parser?.rowsRead == 3)
    }

    @Test("Format 1 without a level column takes the default level")
    func wideDefaultLevel() throws {
        let path = try ImportFixtures.csv("geoitem,period,v_b\n11002,2020.0,5\n", named: "zonderniveau.csv")
        let parsed = try parse(path, defaultLevel: "gemeente2024")
        #expect(parsed.problems.isEmpty)
        #expect(parsed.values == [value(102, 3, "2020", 5)])
    }

    @Test("Batches are about the requested size and together hold every value")
    func batches() throws {
        let rows = (0..<25).map { "20\($0 + 10);gemeente2024;41002;\($0)" }.joined(separator: "\n")
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a\n" + rows + "\n", named: "veel.csv")
        let (reader, header) = try ImportFixtures.open(path)
        let parser = try #require(DataSheetParser(
            reader: reader, header: header, format: .dataWide, defaultLevel: nil, catalog: Self.catalog,
            options: ImportOptions(), problems: ProblemCollector()))
        var sizes: [Int] = []
        while let batch = try parser.next(limit: 10) { sizes.append(batch.count) }
        #expect(sizes == [10, 10, 5])
        #expect(try parser.next(limit: 10) == nil)
    }

    // MARK: - Format 2

    @Test("Format 2: one value per row")
    func long() throws {
        let path = try ImportFixtures.csv("""
            PERIODE,GEBIEDSNIVEAU,GEBIED,ONDERWERP,WAARDE
            2021,gemeente2024,41002,v_a,12.5
            2021,gemeente2024,11001,v_b,-99999
            2021Q3,gemeente2024,11002,v_a,3
            2021,gemeente2024,11002,v_a,
            """, named: "lang.csv")
        let parsed = try parse(path)
        #expect(parsed.problems.isEmpty, "\(parsed.problems.report())")
        #expect(parsed.values == [value(101, 1, "2021", 12.5), value(102, 2, "2021", -99999), value(101, 3, "2021Q3", 3)])
    }

    // MARK: - Problems

    @Test("An unknown area fails the row, at the area column")
    func unknownArea() throws {
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a\n2021;gemeente2024;41002;1\n2021;gemeente2024;99999;2\n",
                                          named: "gebied.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .unknownArea, file: "gebied.csv", row: 3, column: "C", naming: "'99999'")
        #expect(parsed.problems.problems.first?.reason.contains("gemeente2024") == true)
    }

    @Test("With skipUnknown an unknown area is a notice and the rest is read")
    func unknownAreaSkipped() throws {
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a\n2021;gemeente2024;99999;2\n2021;gemeente2024;41002;1\n",
                                          named: "gebied.csv")
        let parsed = try parse(path, options: ImportOptions(skipUnknown: true))
        #expect(parsed.problems.isEmpty)
        #expect(parsed.values == [value(101, 1, "2021", 1)])
        #expect(parsed.problems.notices.first?.location == TabularLocation(file: "gebied.csv", row: 2, column: "C"))
        #expect(parsed.problems.notices.first?.message.contains("'99999'") == true)
    }

    @Test("An unknown indicator column fails the sheet, at its header cell")
    func unknownIndicatorColumn() throws {
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a;v_zzz\n2021;gemeente2024;41002;1;2\n",
                                          named: "indicator.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .unknownIndicator, file: "indicator.csv", row: 1, column: "E", naming: "'v_zzz'")
    }

    @Test("With skipUnknown an unknown indicator column is skipped with a notice")
    func unknownIndicatorColumnSkipped() throws {
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_zzz;v_a\n2021;gemeente2024;41002;1;2\n",
                                          named: "indicator.csv")
        let parsed = try parse(path, options: ImportOptions(skipUnknown: true))
        #expect(parsed.problems.isEmpty)
        #expect(parsed.values == [value(101, 1, "2021", 2)])
        let notice = try #require(parsed.problems.notices.first)
        #expect(notice.location == TabularLocation(file: "indicator.csv", row: 1, column: "D"))
        #expect(notice.message.contains("'v_zzz'"))
    }

    @Test("An unknown indicator in format 2 fails its row, or is skipped with skipUnknown")
    func unknownIndicatorRow() throws {
        let text = "PERIODE;GEBIEDSNIVEAU;GEBIED;ONDERWERP;WAARDE\n2021;gemeente2024;41002;v_a;1\n2021;gemeente2024;41002;v_zzz;2\n"
        let failing = try parse(try ImportFixtures.csv(text, named: "lang.csv"))
        try expectSingleProblem(failing.problems, .unknownIndicator, file: "lang.csv", row: 3, column: "D", naming: "'v_zzz'")

        let skipping = try parse(try ImportFixtures.csv(text, named: "lang.csv"), options: ImportOptions(skipUnknown: true))
        #expect(skipping.problems.isEmpty)
        #expect(skipping.values == [value(101, 1, "2021", 1)])
        #expect(skipping.problems.notices.first?.location == TabularLocation(file: "lang.csv", row: 3, column: "D"))
    }

    @Test("A value that is no number is a problem at its cell; the other cells of the row are kept")
    func nonNumeric() throws {
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a;v_b\n2021;gemeente2024;41002;veel;2\n", named: "tekst.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .nonNumeric, file: "tekst.csv", row: 2, column: "D", naming: "'veel'")
        #expect(parsed.values == [value(102, 1, "2021", 2)])
    }

    @Test("A value that is no number in format 2, at the value column")
    func nonNumericLong() throws {
        let path = try ImportFixtures.csv("PERIODE,GEBIEDSNIVEAU,GEBIED,ONDERWERP,WAARDE\n2021,gemeente2024,41002,v_a,n.v.t.\n",
                                          named: "tekst.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .nonNumeric, file: "tekst.csv", row: 2, column: "E", naming: "'n.v.t.'")
        #expect(parsed.values.isEmpty)
    }

    @Test("The same area and period twice in format 1")
    func duplicateRow() throws {
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a\n2021;gemeente2024;41002;1\n2021;gemeente2024;41002.0;2\n",
                                          named: "dubbel.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .duplicateKey, file: "dubbel.csv", row: 3, column: "C", naming: "2021")
        #expect(parsed.problems.problems.first?.reason.contains("41002") == true)
        #expect(parsed.values == [value(101, 1, "2021", 1)])
    }

    @Test("The same indicator, area and period twice in format 2")
    func duplicateValue() throws {
        let path = try ImportFixtures.csv("""
            PERIODE,GEBIEDSNIVEAU,GEBIED,ONDERWERP,WAARDE
            2021,gemeente2024,41002,v_a,1
            2021,gemeente2024,41002,v_b,1
            2021,gemeente2024,41002,v_a,2
            """, named: "dubbel.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .duplicateKey, file: "dubbel.csv", row: 4, column: "D", naming: "'v_a'")
        #expect(parsed.values.count == 2)
    }

    @Test("The same indicator column twice")
    func duplicateColumn() throws {
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a;v_a\n2021;gemeente2024;41002;1;2\n", named: "kolom.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .duplicateKey, file: "kolom.csv", row: 1, column: "E", naming: "'v_a'")
        #expect(parsed.problems.problems.first?.reason.contains("kolom D") == true)
    }

    @Test("A missing value column makes format 2 unusable")
    func missingColumnLong() throws {
        let path = try ImportFixtures.csv("PERIODE,GEBIEDSNIVEAU,GEBIED,ONDERWERP\n2021,gemeente2024,41002,v_a\n", named: "kop.csv")
        let parsed = try parse(path, format: .dataLong)
        #expect(parsed.parser == nil)
        try expectSingleProblem(parsed.problems, .missingColumn, file: "kop.csv", row: 1, column: nil, naming: "WAARDE")
    }

    @Test("A missing level column without a default level makes format 1 unusable")
    func missingColumnWide() throws {
        let path = try ImportFixtures.csv("period;geoitem;v_a\n2021;41002;1\n", named: "kop.csv")
        let parsed = try parse(path)
        #expect(parsed.parser == nil)
        try expectSingleProblem(parsed.problems, .missingColumn, file: "kop.csv", row: 1, column: nil, naming: "geolevel")
    }

    @Test("A level that does not exist, at the level column")
    func wrongLevel() throws {
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a\n2021;provincie2024;10000;1\n", named: "niveau.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .wrongLevel, file: "niveau.csv", row: 2, column: "B", naming: "'provincie2024'")
        #expect(parsed.values.isEmpty)
    }

    @Test("An area of another level is unknown at the level given")
    func areaOfOtherLevel() throws {
        var catalog = Self.catalog
        catalog.areas["provincie2024"] = ["10000": 9]
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a\n2021;gemeente2024;10000;1\n", named: "niveau.csv")
        let parsed = try parse(path, catalog: catalog)
        try expectSingleProblem(parsed.problems, .unknownArea, file: "niveau.csv", row: 2, column: "C", naming: "'10000'")
    }

    @Test("An empty level cell without a default level")
    func emptyLevel() throws {
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a\n2021;;41002;1\n", named: "niveau.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .wrongLevel, file: "niveau.csv", row: 2, column: "B", naming: "ontbreekt")
    }

    @Test("An empty period cell")
    func emptyPeriod() throws {
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a\n;gemeente2024;41002;1\n", named: "periode.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .invalidValue, file: "periode.csv", row: 2, column: "A", naming: "periode")
    }

    @Test("A formula indicator takes no data: a column of it in format 1")
    func formulaColumn() throws {
        let path = try ImportFixtures.csv("period;geolevel;geoitem;v_a;v_ratio\n2021;gemeente2024;41002;1;2\n", named: "formule.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .invalidValue, file: "formule.csv", row: 1, column: "E", naming: "'v_ratio'")
        #expect(parsed.values == [value(101, 1, "2021", 1)])
    }

    @Test("A formula indicator takes no data: a row of it in format 2")
    func formulaRow() throws {
        let path = try ImportFixtures.csv("PERIODE,GEBIEDSNIVEAU,GEBIED,ONDERWERP,WAARDE\n2021,gemeente2024,41002,v_ratio,2\n",
                                          named: "formule.csv")
        let parsed = try parse(path)
        try expectSingleProblem(parsed.problems, .invalidValue, file: "formule.csv", row: 2, column: "D", naming: "'v_ratio'")
        #expect(parsed.values.isEmpty)
    }

    @Test("Every problem of a file is reported, not only the first")
    func allProblems() throws {
        let path = try ImportFixtures.csv("""
            period;geolevel;geoitem;v_a
            2021;gemeente2024;99999;1
            2021;gemeente2024;41002;x
            2021;gewest;2000;1
            2021;gemeente2024;11001;4
            """, named: "alles.csv")
        let parsed = try parse(path)
        #expect(parsed.problems.problemCounts == [.unknownArea: 1, .nonNumeric: 1, .wrongLevel: 1])
        #expect(parsed.values == [value(101, 2, "2021", 4)])
    }

    // MARK: - The real Fluvius upload

    static let fluviusIndicators = [
        "v2506_elek_nietres_cons", "v2506_elek_res_cons", "v2506_elek_nietres_n", "v2506_elek_res_n",
        "v2506_elek_res_injectie", "v2506_gas_res_cons", "v2506_gas_nietres_cons", "v2506_gas_res_n", "v2506_gas_nietres_n",
    ]

    static func fluviusCatalog(areas: [String: Int]) -> TestCatalog {
        TestCatalog(
            areas: ["statsec2019": areas],
            indicators: Dictionary(uniqueKeysWithValues: fluviusIndicators.enumerated().map { ($1, ($0 + 1, false)) })
                .merging(["vp2506_elek_nietres_n": (10, true)]) { $1 })
    }

    @Test("upload_elektriciteit_verbruik.xlsx: the first rows, with a catalog of three sectors")
    func fluviusFirstRows() throws {
        let catalog = Self.fluviusCatalog(areas: ["11001A00-": 1, "11001A01-": 2, "11001A020": 3])
        let parsed = try parse(ImportFixtures.data("fluvius/upload_elektriciteit_verbruik.xlsx"), catalog: catalog,
                               options: ImportOptions(skipUnknown: true))
        #expect(parsed.problems.isEmpty)
        // 3 sectors × 4 years × 9 indicators.
        #expect(parsed.values.count == 108)
        #expect(parsed.parser?.rowsRead == 40_932)
        let first = parsed.values.filter { $0.area == 1 && $0.period == "2018" }
        #expect(first.map(\.value) == [3570675.76, 3462751.2, 320, 1146, 0, 14351097.26, 6289543.3, 1000, 176])
        #expect(first.map(\.indicator) == Array(1...9))
        #expect(first.allSatisfy { $0.level == "statsec2019" })
        let second = parsed.values.filter { $0.area == 2 && $0.period == "2018" }
        #expect(second.map(\.value) == [2573023.11, 4135232.33, 154, 1167, 0, 15257528.61, 3437027.67, 958, 99])
        #expect(Set(parsed.values.map(\.period)) == ["2018", "2019", "2020", "2021"])
        // Every other sector was skipped with a notice.
        #expect(parsed.problems.noticeCount == 40_932 - 12)
    }

    @Test("upload_elektriciteit_verbruik.xlsx: unknown sectors fail, reported a few at a time")
    func fluviusUnknownAreas() throws {
        let catalog = Self.fluviusCatalog(areas: ["11001A00-": 1])
        let parsed = try parse(ImportFixtures.data("fluvius/upload_elektriciteit_verbruik.xlsx"), catalog: catalog,
                               options: ImportOptions(problemsPerKind: 3))
        #expect(parsed.problems.problemCounts == [.unknownArea: 40_932 - 4])
        #expect(parsed.problems.problems.count == 3)
        let first = try #require(parsed.problems.problems.first)
        #expect(first.location == TabularLocation(
            file: "upload_elektriciteit_verbruik.xlsx", sheet: "upload_elektriciteit_verbruik", row: 3, column: "A"))
        #expect(first.reason.contains("'11001A01-'"))
        #expect(first.reason.contains("statsec2019"))
    }

    @Test("upload_elektriciteit_verbruik.xlsx: every value, against the sectors of statsec2019.xlsx")
    func fluviusComplete() throws {
        let (reader, header) = try ImportFixtures.open(ImportFixtures.data("gebiedsniveaus/statsec2019.xlsx"))
        let areaProblems = ProblemCollector()
        let sectors = try AreaDefinitionReader.read(reader, header: header, level: "statsec2019", problems: areaProblems)
        #expect(areaProblems.isEmpty)
        let keys = Dictionary(uniqueKeysWithValues: sectors.enumerated().map { ($1.code, $0 + 1) })
        let parsed = try parse(ImportFixtures.data("fluvius/upload_elektriciteit_verbruik.xlsx"),
                               catalog: Self.fluviusCatalog(areas: keys))
        #expect(parsed.problems.isEmpty, "\(parsed.problems.report())")
        #expect(parsed.values.count == 40_932 * 9)
        // Sectors without data carry Swing's 'no answer' code, stored as is.
        let noAnswer = try #require(keys["21001A00-"])
        let missing = parsed.values.filter { $0.area == noAnswer && $0.period == "2018" }
        #expect(missing.count == 9)
        #expect(missing.allSatisfy { $0.value == -99999 })
    }
}
