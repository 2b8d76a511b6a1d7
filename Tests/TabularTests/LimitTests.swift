import Foundation
import Testing
import ZIPFoundation
@testable import Tabular

/// Files that would cost too much to read are refused while reading, with the place and the limit named.
@Suite struct LimitTests {
    /// Reads every row and returns the error that stopped the reader, if any.
    func firstError(_ reader: any RowReader) -> TabularError? {
        do {
            while try reader.next() != nil {}
            return nil
        } catch {
            return error
        }
    }

    @Test func csvLineLongerThanTheLimitIsRefusedWithItsRow() throws {
        // A 2 MB line of 20 cells of 100 kB, between two good lines.
        let long = Array(repeating: String(repeating: "x", count: 100 << 10), count: 20).joined(separator: ";")
        let path = try Fixtures.write("code;naam\n1;a\n2;\(long)\n3;c\n", named: "lang.csv")
        let reader = try CSVReader(path: path)
        #expect(try reader.next()?.number == 1)
        #expect(try reader.next()?.number == 2)
        let error = try #require(firstError(reader))
        #expect(error.kind == .tooLarge)
        #expect(error.location == TabularLocation(file: "lang.csv", row: 3))
        #expect(error.reason.contains("1 MB"))
        // The reader stops: nothing further is read.
        #expect(try reader.next() == nil)
    }

    @Test func csvLineOfSeparatorsIsRefusedBeforeItIsBuilt() throws {
        // The case from the review: one line of millions of empty cells.
        let path = try Fixtures.write("a;b\n" + String(repeating: ";", count: 2 << 20) + "\n", named: "scheiding.csv")
        let error = try #require(firstError(try CSVReader(path: path)))
        #expect(error.kind == .tooLarge)
        #expect(error.location.row == 2)
    }

    @Test func csvLongQuotedRecordOverManyLinesIsRefused() throws {
        // An unclosed quote makes the rest of the file one field.
        let lines = String(repeating: "1;2;3\n", count: 400_000)
        let path = try Fixtures.write("a;b;c\n1;\"open\n" + lines, named: "quote.csv")
        let error = try #require(firstError(try CSVReader(path: path)))
        #expect(error.kind == .tooLarge)
        #expect(error.location == TabularLocation(file: "quote.csv", row: 2, column: "B"))
        #expect(error.reason.contains("aanhalingsteken"))
    }

    @Test func csvCellLongerThanTheLimitIsRefusedWithItsColumn() throws {
        let cell = String(repeating: "y", count: 200 << 10)
        let path = try Fixtures.write("a;b;c\n1;2;3\n4;\(cell);6\n", named: "cel.csv")
        let error = try #require(firstError(try CSVReader(path: path)))
        #expect(error.kind == .tooLarge)
        #expect(error.location == TabularLocation(file: "cel.csv", row: 3, column: "B"))
        #expect(error.reason.contains("128 kB"))
    }

    @Test func csvRowWithTooManyColumnsIsRefused() throws {
        let row = Array(repeating: "1", count: 20_000).joined(separator: ";")
        let path = try Fixtures.write("a;b\n\(row)\n", named: "breed.csv")
        let error = try #require(firstError(try CSVReader(path: path)))
        #expect(error.kind == .tooLarge)
        #expect(error.location.row == 2)
        #expect(error.reason.contains("16384 kolommen"))
    }

    @Test func csvFileWithMoreCellsThanTheLimitIsRefused() throws {
        let rows = (1...100).map { "\($0);\($0)" }.joined(separator: "\n")
        let path = try Fixtures.write("a;b\n" + rows + "\n", named: "veel.csv")
        let reader = try CSVReader(path: path, limits: TabularLimits(cells: 101))
        let error = try #require(firstError(reader))
        #expect(error.kind == .tooLarge)
        // The header and 49 rows make 100 cells; row 51 passes 101.
        #expect(error.location.row == 51)
        #expect(error.reason.contains("101 cellen"))
    }

    @Test func csvWithinTheLimitsReadsAsBefore() throws {
        let cell = String(repeating: "z", count: 100 << 10)
        let path = try Fixtures.write("a;b\n1;\(cell)\n", named: "goed.csv")
        let rows = try CSVReader(path: path).readAll()
        #expect(rows.count == 2)
        #expect(rows[1][1].text?.count == 100 << 10)
    }

    // MARK: xlsx

    /// A minimal workbook with one sheet whose XML is `sheetXML`, written with ZIPFoundation.
    static func workbook(sheetXML: Data, named name: String) throws -> String {
        let url = try Fixtures.scratchDirectory().appendingPathComponent(name)
        let archive = try Archive(url: url, accessMode: .create)
        let parts: [(String, Data)] = [
            ("[Content_Types].xml", Data("""
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                </Types>
                """.utf8)),
            ("_rels/.rels", Data("""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """.utf8)),
            ("xl/workbook.xml", Data("""
                <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                <sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>
                """.utf8)),
            ("xl/_rels/workbook.xml.rels", Data("""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                </Relationships>
                """.utf8)),
            ("xl/worksheets/sheet1.xml", sheetXML),
        ]
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url.path
    }

    /// Sheet XML with `rows` rows of two numbers, padded with `padding` spaces (which compress to almost nothing).
    static func sheet(rows: Int, padding: Int = 0) -> Data {
        var xml = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for r in 1...rows { xml += #"<row r="\#(r)"><c r="A\#(r)"><v>\#(r)</v></c><c r="B\#(r)"><v>2</v></c></row>"# }
        xml += String(repeating: " ", count: padding)
        xml += "</sheetData></worksheet>"
        return Data(xml.utf8)
    }

    @Test func xlsxZipBombIsRefusedByItsCompressionRatio() throws {
        // 40 MB of sheet XML in a zip of about 40 kB: the ratio gives it away long before the size limit.
        let path = try Self.workbook(sheetXML: Self.sheet(rows: 3, padding: 40 << 20), named: "bom.xlsx")
        let zipped = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(zipped < 1 << 20)
        let error = try #require(#expect(throws: TabularError.self) { try XLSXReader(path: path) })
        #expect(error.kind == .tooLarge)
        #expect(error.location == TabularLocation(file: "bom.xlsx", sheet: "Data"))
        #expect(error.reason.contains("100 keer"))
        // Through the same door the importer uses.
        #expect(throws: TabularError.self) { try TableFile.open(path: path) }
    }

    @Test func xlsxSheetLargerThanTheLimitIsRefusedWhileInflating() throws {
        let path = try Self.workbook(sheetXML: Self.sheet(rows: 30_000), named: "groot.xlsx")
        let limits = TabularLimits(inflatedPartBytes: 1 << 20, compressionRatio: 1_000_000)
        let error = try #require(#expect(throws: TabularError.self) { try XLSXReader(path: path, limits: limits) })
        #expect(error.kind == .tooLarge)
        #expect(error.location.sheet == "Data")
        #expect(error.reason.contains("groter dan 1 MB"))
    }

    @Test func xlsxSheetWithMoreCellsThanTheLimitIsRefusedWithItsRow() throws {
        let path = try Self.workbook(sheetXML: Self.sheet(rows: 100), named: "cellen.xlsx")
        let reader = try XLSXReader(path: path, limits: TabularLimits(cells: 101))
        let error = try #require(firstError(reader))
        #expect(error.kind == .tooLarge)
        #expect(error.location == TabularLocation(file: "cellen.xlsx", sheet: "Data", row: 51))
        #expect(try reader.next() == nil)
    }

    @Test func xlsxWithinTheLimitsReadsAsBefore() throws {
        let path = try Self.workbook(sheetXML: Self.sheet(rows: 100, padding: 10_000), named: "goed.xlsx")
        #expect(try XLSXReader(path: path).readAll().count == 100)
    }
}
