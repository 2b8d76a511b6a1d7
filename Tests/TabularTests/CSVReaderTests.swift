import Foundation
import Testing
@testable import Tabular

@Suite struct CSVReaderTests {
    func open(_ text: String, named name: String = "t.csv", bom: Bool = false) throws -> CSVReader {
        let path = try Fixtures.write(text, named: name, bom: bom)
        return try CSVReader(path: path)
    }

    @Test func semicolonWithDecimalCommaAndBOM() throws {
        let reader = try open("code;naam;bedrag\n11001;Aartselaar;12,5\n11002;Antwerpen;1.234,75\n", bom: true)
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(reader.decimalComma)
        #expect(reader.sheet == nil)
        let rows = try reader.readAll()
        #expect(rows.map(\.number) == [1, 2, 3])
        // The BOM must not stick to the first header.
        #expect(rows[0].cells == [.text("code"), .text("naam"), .text("bedrag")])
        #expect(rows[1][2].number(decimalComma: reader.decimalComma) == 12.5)
        #expect(rows[2][2].number(decimalComma: reader.decimalComma) == 1234.75)
    }

    @Test func commaWithQuotesAndEmbeddedNewline() throws {
        let reader = try open(#"""
            code,naam,opmerking
            1,"Sint-Niklaas, stad","lijn een
            lijn twee"
            2,"zegt ""hallo""",
            3,,"x"

            """#)
        #expect(reader.delimiter == UInt8(ascii: ","))
        #expect(!reader.decimalComma)
        let rows = try reader.readAll()
        #expect(rows.count == 4)
        #expect(rows[1].number == 2)
        #expect(rows[1].cells == [.text("1"), .text("Sint-Niklaas, stad"), .text("lijn een\nlijn twee")])
        // The multi-line record pushes the next record's line number.
        #expect(rows[2].number == 4)
        #expect(rows[2].cells == [.text("2"), .text("zegt \"hallo\""), .empty])
        #expect(rows[3].number == 5)
        #expect(rows[3].cells == [.text("3"), .empty, .text("x")])
    }

    @Test func tabSeparated() throws {
        let reader = try open("a\tb\tc\n1\t2,5\t \n", named: "t.tsv")
        #expect(reader.delimiter == 0x09)
        #expect(reader.decimalComma)
        let rows = try reader.readAll()
        #expect(rows[1].cells == [.text("1"), .text("2,5"), .text(" ")])
    }

    @Test func pipeSeparated() throws {
        let reader = try open("a|b\n1|2\n")
        #expect(reader.delimiter == UInt8(ascii: "|"))
    }

    @Test func decimalPointInSemicolonFile() throws {
        let reader = try open("a;b\n1;2.5\n3;4,5\n")
        #expect(reader.delimiter == UInt8(ascii: ";"))
        #expect(!reader.decimalComma)
        // A point followed by three digits may be a thousands separator, so it is no evidence.
        #expect(try open("a;b\n1;1.234\n2;3,5\n").decimalComma)
    }

    @Test func mostConsistentDelimiterWins() throws {
        // The header splits on both, but only ';' gives every record the same width.
        let reader = try open("naam;omschrijving, kort\nA;x, y\nB;z\n")
        #expect(reader.delimiter == UInt8(ascii: ";"))
    }

    @Test func crlfAndCRLineEnds() throws {
        let crlf = try open("a;b\r\n1;2\r\n\r\n3;4\r\n").readAll()
        #expect(crlf.map(\.number) == [1, 2, 4])
        #expect(crlf[1].cells == [.text("1"), .text("2")])
        #expect(crlf[2].cells == [.text("3"), .text("4")])
        let cr = try open("a;b\r1;2\r3;\"x\ry\"\r").readAll()
        #expect(cr.map(\.number) == [1, 2, 3])
        #expect(cr[2].cells == [.text("3"), .text("x\ry")])
        let quotedCRLF = try open("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n").readAll()
        #expect(quotedCRLF[1][1] == .text("x\r\ny"))
        #expect(quotedCRLF[2].number == 4)
    }

    @Test func missingFinalNewline() throws {
        let rows = try open("a;b\n1;2").readAll()
        #expect(rows.count == 2)
        #expect(rows[1].cells == [.text("1"), .text("2")])
        let quoted = try open("a;b\n1;\"2\"").readAll()
        #expect(quoted[1].cells == [.text("1"), .text("2")])
        let trailingDelimiter = try open("a;b\n1;").readAll()
        #expect(trailingDelimiter[1].cells == [.text("1"), .empty])
    }

    @Test func fieldsAreNotTrimmed() throws {
        let rows = try open("a;b\n  x ; y\n").readAll()
        #expect(rows[1].cells == [.text("  x "), .text(" y")])
        #expect(rows[1][0].text == "x")
    }

    @Test func blankRecordsAreSkippedButCounted() throws {
        let rows = try open("\na;b\n\n;\n1;2\n").readAll()
        #expect(rows.map(\.number) == [2, 5])
    }

    @Test func invalidUTF8IsLocated() throws {
        // "Liège" in Windows-1252, as an Excel "CSV" (not "CSV UTF-8") export writes it.
        let bytes = Array("code;naam\n1;Aalst\n2;Li".utf8) + [0xE8] + Array("ge;".utf8)
            + [0xC3] + Array("\n3;Gent\n".utf8)
        let path = try Fixtures.write(bytes, named: "latin1.csv")
        let reader = try CSVReader(path: path)
        #expect(try reader.next()?.number == 1)
        #expect(try reader.next()?.number == 2)
        let error = try #require(throws: TabularError.self) { _ = try reader.next() }
        #expect(error.kind == .invalidEncoding)
        #expect(error.location == TabularLocation(file: "latin1.csv", row: 3, column: "B"))
        #expect(error.reason.contains("UTF-8"))
        // The rest of the bad record is skipped; reading goes on with the next one.
        let after = try #require(try reader.next())
        #expect(after.number == 4)
        #expect(after.cells == [.text("3"), .text("Gent")])
        #expect(try reader.next() == nil)
    }

    @Test func unterminatedQuoteReportsWhereTheFieldStarted() throws {
        let reader = try open("a;b\n1;2\n3;\"open\nstill open\nand more\n", named: "quote.csv")
        #expect(try reader.next()?.number == 1)
        #expect(try reader.next()?.number == 2)
        let error = try #require(throws: TabularError.self) { _ = try reader.next() }
        #expect(error.kind == .unterminatedQuote)
        #expect(error.location == TabularLocation(file: "quote.csv", row: 3, column: "B"))
        #expect(error.reason == "onafgesloten aanhalingsteken")
        #expect(try reader.next() == nil)
    }

    @Test(arguments: [[UInt8](), [0xEF, 0xBB, 0xBF], Array(" \r\n\t\n".utf8), [0xEF, 0xBB, 0xBF, 0x0A]])
    func emptyFile(bytes: [UInt8]) throws {
        let path = try Fixtures.write(bytes, named: "leeg.csv")
        let error = try #require(throws: TabularError.self) { _ = try TableFile.open(path: path) }
        #expect(error.kind == .emptyFile)
        #expect(error.location == TabularLocation(file: "leeg.csv"))
        #expect(error.reason == "het bestand is leeg")
    }

    @Test func utf16IsRefusedWithAHint() throws {
        let path = try Fixtures.write([0xFF, 0xFE, 0x61, 0x00], named: "utf16.csv")
        let error = try #require(throws: TabularError.self) { _ = try CSVReader(path: path) }
        #expect(error.kind == .invalidEncoding)
    }

    @Test func recordsSpanningChunkBoundaries() throws {
        // Several chunks' worth of data, with CRLF and quoted newlines landing on
        // every possible offset of a chunk boundary.
        var text = "id;tekst;waarde\r\n"
        let count = 30_000
        for i in 1...count {
            text += "\(i);\"regel \(i)\r\nvervolg; \"\"\(i)\"\"\";\(i),5\r\n"
        }
        let reader = try open(text)
        #expect(reader.decimalComma)
        var seen = 0
        while let row = try reader.next() {
            if seen > 0 {
                #expect(row.number == 2 * seen)
                #expect(row.cells == [.text("\(seen)"), .text("regel \(seen)\r\nvervolg; \"\(seen)\""),
                                      .text("\(seen),5")])
            }
            seen += 1
        }
        #expect(seen == count + 1)
    }

    @Test func realCommaSeparatedFile() throws {
        let reader = try TableFile.open(path: Fixtures.data("kenniscentrum/centrumsteden.csv"))
        let csv = try #require(reader as? CSVReader)
        #expect(csv.delimiter == UInt8(ascii: ","))
        let rows = try reader.readAll()
        #expect(rows.count == 15)
        #expect(rows[0].cells == [.text("code"), .text("naam"), .text("soort"), .text("gemeente2024"), .text("gewest")])
        #expect(rows[1].cells == [.text("41002"), .text("Aalst"), .text("centrumstad"), .text("41002"), .text("2000")])
    }

    @Test func explicitDelimiterOverridesDetection() throws {
        let path = try Fixtures.write("a,b;c\n1,2;3\n", named: "t.csv")
        let reader = try CSVReader(path: path, delimiter: UInt8(ascii: ";"))
        #expect(try reader.readAll()[1].cells == [.text("1,2"), .text("3")])
    }
}
