import Foundation
import Testing
import ZIPFoundation
@testable import Tabular

@Suite struct XLSXWriterTests {
    private func write(_ sheets: [XLSXWriter.Sheet]) throws -> String {
        let bytes = try XLSXWriter().workbook(sheets)
        return try Fixtures.write(Array(bytes), named: "written.xlsx")
    }

    private func part(_ path: String, of file: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        guard let entry = archive[path] else { throw XLSXWriterError.archive }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func numbersStayNumbersAndTextReadsBack() throws {
        // setup
        let sheet = XLSXWriter.Sheet(name: "Cijfers", rows: [
            [.text("gebied"), .text("periode"), .text("verbruik (kWh)")],
            [.text("Gent"), .text("2023"), .number(1_234_567.5, decimals: 1)],
            [.text("Aalst & <Dendermonde> \"x\""), .text("2023"), .empty],
            [.text("  spaties  "), .text("2022"), .number(-0.25, decimals: 2)],
            [.text("geheel"), .text("2021"), .number(42, decimals: nil)],
        ])
        // act
        let path = try write([sheet])
        let rows = try XLSXReader(path: path).readAll()
        // check
        #expect(rows.count == 5)
        #expect(rows[0].cells == [.text("gebied"), .text("periode"), .text("verbruik (kWh)")])
        #expect(rows[1].cells == [.text("Gent"), .text("2023"), .number(1_234_567.5)])
        #expect(rows[2][0] == .text("Aalst & <Dendermonde> \"x\""))
        #expect(rows[2][2] == .empty)
        #expect(rows[3].cells == [.text("  spaties  "), .text("2022"), .number(-0.25)])
        #expect(rows[4][2] == .number(42))
    }

    @Test func numberFormatsFollowTheDecimals() throws {
        let path = try write([XLSXWriter.Sheet(name: "a", rows: [
            [.text("x")], [.number(1.5, decimals: 1)], [.number(3, decimals: 0)], [.number(2.125, decimals: 3)],
            [.number(7, decimals: nil)],
        ])])
        let sheet = try part("xl/worksheets/sheet1.xml", of: path)
        let styles = try part("xl/styles.xml", of: path)
        // One decimal: style 5 (numFmt 164 "#,##0.0"); none: style 4 (built-in "#,##0"); three: style 7; General: 3.
        #expect(sheet.contains(#"<c r="A2" s="5"><v>1.5</v></c>"#))
        #expect(sheet.contains(#"<c r="A3" s="4"><v>3</v></c>"#))
        #expect(sheet.contains(#"<c r="A4" s="7"><v>2.125</v></c>"#))
        #expect(sheet.contains(#"<c r="A5" s="3"><v>7</v></c>"#))
        #expect(styles.contains(##"<numFmt numFmtId="164" formatCode="#,##0.0"/>"##))
        #expect(styles.contains(##"<numFmt numFmtId="166" formatCode="#,##0.000"/>"##))
        // Numbers carry no type attribute (or t="n"): never a string.
        #expect(!sheet.contains(#"t="s"><v>1.5"#))
    }

    @Test func headerIsBoldAndFrozenWithWidths() throws {
        let path = try write([XLSXWriter.Sheet(name: "a", rows: [[.text("kop"), .text("een heel lange kolomtitel")],
                                                                  [.number(1, decimals: 0), .text("b")]],
                                                columnWidths: [0: 14])])
        let sheet = try part("xl/worksheets/sheet1.xml", of: path)
        #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(sheet.contains(#"<c r="A1" s="1" t="s">"#))
        #expect(sheet.contains(#"<col min="1" max="1" width="14.0" customWidth="1"/>"#))
        #expect(sheet.contains(#"<col min="2" max="2" width="27.0" customWidth="1"/>"#))
    }

    @Test func sheetNamesAreCleanedLimitedAndUnique() throws {
        let names = XLSXWriter.sheetNames(["Cijfers", "cijfers", "a/b:c?d*e[f]g\\h", "'quoted'", "",
                                           "Een bijzonder lange naam voor een werkblad met cijfers"])
        #expect(names == ["Cijfers", "cijfers (2)", "a_b_c_d_e_f_g_h", "quoted", "Blad",
                          "Een bijzonder lange naam voor e"])
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
        let path = try write([XLSXWriter.Sheet(name: "Data & <meer>", rows: [[.text("x")]]),
                              XLSXWriter.Sheet(name: "Toelichting", rows: [[.text("y")]])])
        let reader = try XLSXReader(path: path, sheet: "Toelichting")
        #expect(reader.sheetNames == ["Data & <meer>", "Toelichting"])
        #expect(try reader.readAll().first?.cells == [.text("y")])
    }

    @Test func controlCharactersAndNonFiniteNumbersDoNotBreakTheFile() throws {
        let path = try write([XLSXWriter.Sheet(name: "a", rows: [
            [.text("bel\u{07}letje\ttab"), .number(.nan, decimals: 1), .number(.infinity, decimals: nil)],
            [.text("één ✓ 🚲"), .date(Date(timeIntervalSince1970: 1_700_000_000)), .empty],
        ])])
        let rows = try XLSXReader(path: path).readAll()
        #expect(rows[0].cells.first == .text("belletje\ttab"))
        #expect(rows[0].cells.dropFirst().allSatisfy { $0 == .empty })
        #expect(rows[1][0] == .text("één ✓ 🚲"))
        // 14 November 2023 22:13:20 UTC is serial 45244.92…
        guard case .number(let serial) = rows[1][1] else { Issue.record("a date is a number in the sheet"); return }
        #expect(Int(serial) == 45244)
    }

    @Test func theSameContentGivesTheSameBytes() throws {
        let sheet = XLSXWriter.Sheet(name: "a", rows: [[.text("x"), .number(1, decimals: 0)]])
        #expect(try XLSXWriter().workbook([sheet]) == XLSXWriter().workbook([sheet]))
    }
}
