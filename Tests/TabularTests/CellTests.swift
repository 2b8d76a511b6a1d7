import Testing
@testable import Tabular

@Suite struct CellTests {
    @Test func columnLettersFollowExcel() {
        #expect(columnLetters(0) == "A")
        #expect(columnLetters(25) == "Z")
        #expect(columnLetters(26) == "AA")
        #expect(columnLetters(27) == "AB")
        #expect(columnLetters(701) == "ZZ")
        #expect(columnLetters(702) == "AAA")
        #expect(columnLetters(16_383) == "XFD")
    }

    @Test func columnIndexIsTheInverse() {
        for i in [0, 1, 25, 26, 51, 52, 701, 702, 16_383] {
            #expect(columnIndex(columnLetters(i)) == i)
        }
        #expect(columnIndex("ab") == 27)
        #expect(columnIndex("") == nil)
        #expect(columnIndex("A1") == nil)
    }

    @Test func textIsTrimmedAndNumbersLoseNeedlessFraction() {
        #expect(Cell.text("  Aalst \n").text == "Aalst")
        #expect(Cell.text(" ").text == nil)
        #expect(Cell.empty.text == nil)
        #expect(Cell.number(41002.0).text == "41002")
        #expect(Cell.number(-3.0).text == "-3")
        #expect(Cell.number(3570675.76).text == "3570675.76")
        #expect(Cell.number(0.1).text == "0.1")
        #expect(Cell.number(1e20).text == "1e+20")
    }

    @Test func emptinessIgnoresWhitespace() {
        #expect(Cell.empty.isEmpty)
        #expect(Cell.text(" \t").isEmpty)
        #expect(!Cell.text(" x").isEmpty)
        #expect(!Cell.number(0).isEmpty)
    }

    @Test func numbersFromTextFollowTheDecimalSeparator() {
        #expect(Cell.text("3,5").number(decimalComma: true) == 3.5)
        #expect(Cell.text("3.5").number(decimalComma: false) == 3.5)
        #expect(Cell.text("3,5").number(decimalComma: false) == nil)
        #expect(Cell.text("1.234.567,25").number(decimalComma: true) == 1_234_567.25)
        #expect(Cell.text("1,234,567.25").number(decimalComma: false) == 1_234_567.25)
        #expect(Cell.text("1.23.4").number(decimalComma: true) == nil)
        #expect(Cell.text(" -12 ").number(decimalComma: true) == -12)
        #expect(Cell.text("1e3").number(decimalComma: false) == 1000)
        #expect(Cell.text("nan").number(decimalComma: false) == nil)
        #expect(Cell.text("12 kg").number(decimalComma: false) == nil)
        #expect(Cell.text("").number(decimalComma: false) == nil)
        #expect(Cell.number(7).number(decimalComma: true) == 7)
        #expect(Cell.empty.number(decimalComma: true) == nil)
    }

    @Test func locationReadsLikeASentence() {
        let location = TabularLocation(file: "gemeente2024.xlsx", sheet: "Sheet1", row: 12, column: "C")
        #expect(location.description == "gemeente2024.xlsx, blad Sheet1, rij 12, kolom C")
        #expect(TabularLocation(file: "a.csv", row: 3).description == "a.csv, rij 3")
        let error = TabularError(location: location, reason: "ongeldig getal")
        #expect(error.description == "gemeente2024.xlsx, blad Sheet1, rij 12, kolom C: ongeldig getal")
    }

    @Test func xmlNumbersParseExactly() {
        func parse(_ s: String) -> Double? {
            let bytes = Array(s.utf8) + [0]
            return bytes.withUnsafeBufferPointer { parseXMLDouble($0.baseAddress!, 0, bytes.count - 1) }
        }
        #expect(parse("3570675.7599999998") == 3570675.76)
        #expect(parse("2018.00") == 2018)
        #expect(parse("0.0") == 0)
        #expect(parse("-1.5E-3") == -0.0015)
        #expect(parse("1e22") == 1e22)
        #expect(parse("123456789012345678901234") == 123456789012345678901234.0)
        #expect(parse("0.1") == 0.1)
        #expect(parse("abc") == nil)
        #expect(parse("1.2.3") == nil)
        #expect(parse("NaN") == nil)
        #expect(parse("") == nil)
    }

    @Test func xmlTextDecodesEntitiesAndExcelEscapes() {
        func decode(_ s: String) -> String {
            let buffer = ByteBuffer(bytes: Array(s.utf8))
            return XMLCursor(buffer).decodeText(0, buffer.count)
        }
        #expect(decode("R&amp;D &lt;1&gt; &quot;a&quot; &apos;b&apos;") == "R&D <1> \"a\" 'b'")
        #expect(decode("&#233;t&#xE9;") == "été")
        #expect(decode("a_x000D_b") == "a\rb")
        #expect(decode("keep_this & &bogus; _x12_") == "keep_this & &bogus; _x12_")
    }
}
