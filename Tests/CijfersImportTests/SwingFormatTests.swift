import Foundation
import Testing
import Tabular
@testable import CijfersImport

/// The real Swing files in `shared/data` and scratch CSV files, for every test of this target.
enum ImportFixtures {
    /// The repository sits beside `shared/`. Symlinks are resolved so that a scratch package linking to
    /// these tests still finds the data.
    static let dataDirectory: URL = {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent()  // CijfersImportTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repository root
            .appendingPathComponent("../shared/data").standardizedFileURL
    }()

    static func data(_ relativePath: String) -> String {
        dataDirectory.appendingPathComponent(relativePath).path
    }

    /// Writes `text` to a fresh directory (tests run in parallel) under `name`, which problems will show.
    static func csv(_ text: String, named name: String = "data.csv") throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("cijfers-import-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Opens a file the way the importer does and reads its header.
    static func open(_ path: String) throws -> (reader: any RowReader, header: HeaderRow) {
        let reader = try TableFile.open(path: path)
        let header = try #require(try reader.headerRow())
        return (reader, header)
    }
}

/// A catalog backed by dictionaries: area keys per level and code, indicator keys per code.
struct TestCatalog: ImportCatalog {
    var areas: [String: [String: Int]]
    var indicators: [String: (key: Int, isFormula: Bool)]

    func levelExists(_ code: String) -> Bool { areas[code] != nil }
    func areaKey(level: String, code: String) -> Int? { areas[level]?[code] }
    func indicator(_ code: String) -> (key: Int, isFormula: Bool)? { indicators[code] }
}

@Suite("Swing format detection")
struct SwingFormatTests {
    func detect(_ names: [String]) -> SwingFormat? {
        SwingFormat.detect(HeaderRow(Row(number: 1, cells: names.map { $0.isEmpty ? .empty : .text($0) })))
    }

    @Test("The real files are recognised from their header", arguments: [
        ("gebiedsniveaus/gemeente2024.xlsx", SwingFormat.areaDefinitions),
        ("gebiedsniveaus/statsec2019.xlsx", .areaDefinitions),
        ("gebiedsniveaus/statsec2019_statsec2024.xlsx", .aggregationTable),
        ("gebiedsniveaus/ggw72024_gemeente2024.xlsx", .aggregationTable),
        ("gebiedsniveaus/gemeente2024_provincie2024.xlsx", .aggregationTable),
        ("fluvius/Indicators.xlsx", .indicatorDefinitions),
        ("fluvius/upload_elektriciteit_verbruik.xlsx", .dataWide),
    ])
    func realFiles(path: String, format: SwingFormat) throws {
        let (_, header) = try ImportFixtures.open(ImportFixtures.data(path))
        #expect(SwingFormat.detect(header) == format)
    }

    @Test("Headers of each format, however they are spelled")
    func headers() {
        #expect(detect(["sequence nr", "geoitem code", "short name", "name"]) == .areaDefinitions)
        #expect(detect(["Volgnummer", "Naam"]) == .areaDefinitions)
        #expect(detect(["statsec2024", "ggw72024"]) == .aggregationTable)
        #expect(detect(["gemeente2024", "", "centrumsteden"]) == .aggregationTable)
        #expect(detect(["theme code", "name", "parent"]) == .themeTree)
        #expect(detect(["Indicator code", "Name", "Formula"]) == .indicatorDefinitions)
        #expect(detect(["indicator_code", "naam"]) == .indicatorDefinitions)
        #expect(detect(["period", "geolevel", "geoitem", "v_pop"]) == .dataWide)
        #expect(detect(["geoitem", "period", "v_pop", "geolevel"]) == .dataWide)
        #expect(detect(["PERIODE", "GEBIEDSNIVEAU", "GEBIED", "ONDERWERP", "WAARDE"]) == .dataLong)
        #expect(detect(["periode", "gebied", "onderwerp", "waarde"]) == .dataLong)
    }

    @Test("Anything else is no Swing format")
    func unknown() {
        #expect(detect(["a", "b", "c"]) == nil)
        #expect(detect(["only"]) == nil)
        #expect(detect([]) == nil)
        // A period without an area is no data sheet.
        #expect(detect(["period", "v_pop", "v_area"]) == nil)
    }
}
