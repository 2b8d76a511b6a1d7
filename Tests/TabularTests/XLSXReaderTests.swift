import Foundation
import Testing
@testable import Tabular

@Suite struct XLSXReaderTests {
    @Test func inlineStringsAndNumbers() throws {
        let reader = try TableFile.open(path: Fixtures.data("gebiedsniveaus/gemeente2024.xlsx"))
        #expect(reader is XLSXReader)
        #expect(reader.file == "gemeente2024.xlsx")
        #expect(reader.sheet == "Sheet1")
        let rows = try reader.readAll()
        #expect(rows.count == 324)
        #expect(rows[0].number == 1)
        #expect(rows[0].cells == [.text("sequence nr"), .text("geoitem code"), .text("short name"), .text("name")])
        #expect(rows[1].number == 2)
        #expect(rows[1].cells == [.number(1), .number(41002), .text("Aalst"), .text("Aalst")])
        #expect(rows[1][1].text == "41002")
        #expect(rows.last?.number == 324)
        #expect(rows.last?[3] == .text("Niet te lokaliseren - Vlaanderen"))
    }

    @Test func sharedStringsAndNamedSheet() throws {
        let path = Fixtures.data("gebiedsniveaus/ggw72024_gemeente2024.xlsx")
        let reader = try XLSXReader(path: path)
        #expect(reader.sheet == "ggw7_gemeente")
        #expect(reader.sheetNames == ["ggw7_gemeente"])
        let byName = try TableFile.open(path: path, sheet: "ggw7_gemeente")
        #expect(byName.sheet == "ggw7_gemeente")
        let rows = try byName.readAll()
        #expect(rows.count == 3053)
        #expect(rows[0].cells == [.text("ggw72024"), .text("gemeente2024")])
        #expect(rows[1].cells == [.text("1100101"), .number(11001)])
        #expect(rows.last?.cells == [.text("99999ONB"), .number(99999)])
    }

    @Test func sheetNameMatchIgnoresCase() throws {
        let path = Fixtures.data("gebiedsniveaus/ggw72024_gemeente2024.xlsx")
        let reader = try TableFile.open(path: path, sheet: "GGW7_Gemeente")
        #expect(reader.sheet == "ggw7_gemeente")
    }

    @Test func preservedSpaceIsKept() throws {
        let reader = try TableFile.open(path: Fixtures.data("gebiedsniveaus/statsec2019_statsec2024.xlsx"))
        let header = try #require(try reader.next())
        #expect(header.cells == [.text("statsec2019"), .text("statsec2024")])
        let first = try #require(try reader.next())
        #expect(first.number == 2)
        #expect(first.cells == [.text(" "), .text("11002P6PK")])
        #expect(first[0].isEmpty)
        #expect(first[0].text == nil)
        var count = 2
        while try reader.next() != nil { count += 1 }
        #expect(count == 10_242)
    }

    @Test func formulaCellGivesCachedValue() throws {
        let rows = try TableFile.open(path: Fixtures.data("fluvius/Indicators.xlsx")).readAll()
        #expect(rows.count == 14)
        let row11 = try #require(rows.first { $0.number == 11 })
        #expect(row11[6] == .text("v2506_elek_nietres_cons/v2506_elek_nietres_n"))
        // C11 is absent from the XML: the gap is filled.
        #expect(row11[2] == .empty)
        #expect(row11[5] == .text("v2506_elek_nietres_n"))
        // An empty shared string reads as an empty cell, like an empty CSV field.
        #expect(rows[1][2] == .empty)
        #expect(rows[1][1] == .text("Consumptie elektriciteit niet-residentieel"))
        #expect(rows[10][1] == .text("Consumptie elektriciteit per niet-residentiële klant"))
    }

    @Test func largeFluviusUpload() throws {
        let reader = try TableFile.open(path: Fixtures.data("fluvius/upload_elektriciteit_verbruik.xlsx"))
        #expect(reader.sheet == "upload_elektriciteit_verbruik")
        var count = 0
        var second: Row?
        var last: Row?
        while let row = try reader.next() {
            count += 1
            if count == 2 { second = row }
            last = row
        }
        #expect(count == 40_933)
        let row = try #require(second)
        #expect(row.number == 2)
        #expect(row.cells.count == 12)
        #expect(row[0] == .text("11001A00-"))
        #expect(row[1] == .number(2018))
        let consumption = try #require(row[2].number(decimalComma: false))
        #expect(abs(consumption - 3_570_675.76) < 1e-6)
        #expect(row[4] == .number(320))
        #expect(row[11] == .text("statsec2019"))
        #expect(last?.number == 40_933)
        #expect(last?[0] == .text("73109ZZZZ"))
    }

    @Test func unknownSheetListsTheSheets() throws {
        let path = Fixtures.data("gebiedsniveaus/ggw72024_gemeente2024.xlsx")
        let error = try #require(throws: TabularError.self) {
            _ = try TableFile.open(path: path, sheet: "Blad9")
        }
        #expect(error.kind == .unknownSheet)
        #expect(error.location.file == "ggw72024_gemeente2024.xlsx")
        #expect(error.location.row == nil)
        #expect(error.reason.contains("Blad9"))
        #expect(error.reason.contains("ggw7_gemeente"))
    }

    @Test func textFileNamedXLSXIsRefused() throws {
        let path = try Fixtures.write("code;naam\n1;Aalst\n", named: "x.xlsx")
        let error = try #require(throws: TabularError.self) {
            _ = try TableFile.open(path: path)
        }
        #expect(error.kind == .notXLSX)
        #expect(error.location == TabularLocation(file: "x.xlsx"))
        #expect(error.reason == "geen geldig xlsx-bestand")
    }

    @Test func truncatedWorkbookIsReportedAsDamaged() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: Fixtures.data("gebiedsniveaus/gemeente2024.xlsx")))
        let path = try Fixtures.write(Array(original.prefix(original.count / 2)), named: "half.xlsx")
        let error = try #require(throws: TabularError.self) {
            _ = try TableFile.open(path: path)
        }
        #expect(error.kind == .corruptXLSX)
        #expect(error.location.file == "half.xlsx")
        #expect(error.reason == "het xlsx-bestand is beschadigd of onvolledig")
    }

    @Test func damagedSheetDataIsDetected() throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.data("gebiedsniveaus/gemeente2024.xlsx"))))
        // Damage the compressed sheet itself, a little after its local header.
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        let header = try #require((0..<(bytes.count - name.count)).first { bytes[$0..<($0 + name.count)].elementsEqual(name) })
        bytes[header + name.count + 400] ^= 0x55
        bytes[header + name.count + 401] ^= 0xAA
        let path = try Fixtures.write(bytes, named: "kapot.xlsx")
        let error = try #require(throws: TabularError.self) {
            _ = try TableFile.open(path: path).readAll()
        }
        #expect(error.kind == .corruptXLSX)
        #expect(error.location.file == "kapot.xlsx")
        #expect(error.reason == "het xlsx-bestand is beschadigd of onvolledig")
    }

    @Test func checksumMatchesTheZipDefinition() {
        var crc = CRC32Checksum()
        Array("123456789".utf8).withUnsafeBytes { crc.update($0) }
        #expect(crc.value == 0xCBF4_3926)
        var split = CRC32Checksum()
        let text = Array(String(repeating: "Stadsbeeld ", count: 50).utf8)
        text.withUnsafeBytes { all in
            split.update(UnsafeRawBufferPointer(rebasing: all[0..<13]))
            split.update(UnsafeRawBufferPointer(rebasing: all[13...]))
        }
        var whole = CRC32Checksum()
        text.withUnsafeBytes { whole.update($0) }
        #expect(split.value == whole.value)
    }

    @Test func missingFileIsReported() throws {
        let error = try #require(throws: TabularError.self) {
            _ = try TableFile.open(path: "/nonexistent/dir/geen.xlsx")
        }
        #expect(error.kind == .unreadableFile)
        #expect(error.location.file == "geen.xlsx")
    }
}

/// Sheet XML edge cases, fed straight to the scanner.
@Suite struct XLSXSheetScannerTests {
    func rows(_ sheetData: String, shared: [Cell] = []) throws(TabularError) -> [Row] {
        let xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + sheetData + "</worksheet>"
        let scanner = XLSXSheetScanner(bytes: ByteBuffer(bytes: Array(xml.utf8)), sharedStrings: shared,
                                       file: "t.xlsx", sheet: "Blad1")
        var result: [Row] = []
        while let row = try scanner.nextRow() { result.append(row) }
        return result
    }

    @Test func cellTypesAndGaps() throws {
        let result = try rows("""
            <sheetData>\
            <row r="3" spans="1:6"><c r="A3" t="s"><v>1</v></c><c r="C3" s="1"/>\
            <c r="D3" t="b"><v>1</v></c><c r="E3" t="e"><v>#DIV/0!</v></c>\
            <c r="F3" t="str"><f>A1&amp;"x"</f><v>R&amp;D</v></c><c r="H3"><v>-1.5E3</v></c></row>\
            <row r="4"/>\
            <row><c t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Sint </t></r>\
            <r><t>Niklaas</t></r><rPh><t>x</t></rPh></is></c><c><v>7</v></c><c r="AA5" t="n"><v>2</v></c></row>\
            </sheetData>
            """, shared: [.text("nul"), .text("een")])
        #expect(result.count == 3)
        #expect(result[0].number == 3)
        #expect(result[0].cells == [.text("een"), .empty, .empty, .number(1), .text("#DIV/0!"),
                                    .text("R&D"), .empty, .number(-1500)])
        #expect(result[1].number == 4)
        #expect(result[1].cells.isEmpty)
        #expect(result[2].number == 5)
        #expect(result[2][0] == .text("Sint Niklaas"))
        #expect(result[2][1] == .number(7))
        #expect(result[2].cells.count == 27)
        #expect(result[2][26] == .number(2))
    }

    @Test func trailingEmptyCellsAreTrimmed() throws {
        let result = try rows(#"<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" s="2"/><c r="C1" t="str"><v></v></c></row></sheetData>"#)
        #expect(result[0].cells == [.number(1)])
    }

    @Test func sharedStringOutOfRangeIsLocated() throws {
        let error = try #require(throws: TabularError.self) {
            _ = try rows(#"<sheetData><row r="7"><c r="B7" t="s"><v>5</v></c></row></sheetData>"#,
                         shared: [.text("a")])
        }
        #expect(error.location == TabularLocation(file: "t.xlsx", sheet: "Blad1", row: 7, column: "B"))
        #expect(error.reason.contains("5"))
    }

    @Test func invalidNumberIsLocatedAndReadingGoesOn() throws {
        let xml = #"<worksheet><sheetData><row r="2"><c r="C2"><v>12,5</v></c><c r="D2"><v>1</v></c></row>"#
            + #"<row r="3"><c r="A3"><v>3</v></c></row></sheetData></worksheet>"#
        let scanner = XLSXSheetScanner(bytes: ByteBuffer(bytes: Array(xml.utf8)), sharedStrings: [],
                                       file: "t.xlsx", sheet: "Blad1")
        let error = try #require(throws: TabularError.self) { _ = try scanner.nextRow() }
        #expect(error.kind == .invalidValue)
        #expect(error.location == TabularLocation(file: "t.xlsx", sheet: "Blad1", row: 2, column: "C"))
        #expect(error.reason.contains("12,5"))
        let next = try #require(try scanner.nextRow())
        #expect(next.number == 3)
        #expect(next.cells == [.number(3)])
        #expect(try scanner.nextRow() == nil)
    }

    @Test func cutOffSheetIsDamaged() throws {
        let error = try #require(throws: TabularError.self) {
            _ = try rows(#"<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>"#)
        }
        #expect(error.kind == .corruptXLSX)
        #expect(error.reason == "het xlsx-bestand is beschadigd of onvolledig")
        #expect(error.location.row == 2)
    }

    @Test func cutOffSheetIsReportedOnce() throws {
        let xml = #"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>"#
        let scanner = XLSXSheetScanner(bytes: ByteBuffer(bytes: Array(xml.utf8)), sharedStrings: [],
                                       file: "t.xlsx", sheet: "Blad1")
        #expect(try scanner.nextRow()?.number == 1)
        #expect(throws: TabularError.self) { _ = try scanner.nextRow() }
        #expect(try scanner.nextRow() == nil)
    }

    @Test func prefixedElementNames() throws {
        let result = try rows(#"<x:sheetData><x:row r="1"><x:c r="B1"><x:v>4</x:v></x:c></x:row></x:sheetData>"#)
        #expect(result.first?.cells == [.empty, .number(4)])
    }

    @Test func sharedStringsTable() throws {
        let xml = #"<?xml version="1.0"?><sst count="4" uniqueCount="4"><si><t>a &amp; b</t></si><si><t/></si>"#
            + #"<si><r><t>x</t></r><r><rPr/><t xml:space="preserve"> y</t></r></si><si><t>&#xE9;</t></si></sst>"#
        let strings = try #require(SharedStrings.parse(ByteBuffer(bytes: Array(xml.utf8))))
        #expect(strings == [.text("a & b"), .empty, .text("x y"), .text("é")])
        #expect(SharedStrings.parse(ByteBuffer(bytes: Array(xml.utf8.prefix(60)))) == nil)
    }

    @Test func relationshipTargetsResolve() {
        #expect(XLSXPackage.resolve("worksheets/sheet1.xml", relativeTo: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXPackage.resolve("/xl/worksheets/sheet1.xml", relativeTo: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXPackage.resolve("../xl/sheet.xml", relativeTo: "xl/workbook.xml") == "xl/sheet.xml")
        #expect(XLSXPackage.resolve("xl/workbook.xml", relativeTo: "") == "xl/workbook.xml")
    }
}
