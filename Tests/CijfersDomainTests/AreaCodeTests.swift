import Testing
@testable import CijfersDomain

@Suite("Area codes")
struct AreaCodeTests {
    @Test("Text codes: trimmed, a needless fraction dropped", arguments: [
        ("41002", "41002"), (" 41002 ", "41002"), ("41002.0", "41002"), ("41002.00", "41002"),
        ("\t41002\n", "41002"), ("41002.", "41002"),
        // Real statistical sector codes stay as they are.
        ("11001A00-", "11001A00-"), ("11002P6PK", "11002P6PK"), ("99999ONB", "99999ONB"),
        // A fraction that is not zero, or a dot that is not after digits, is part of the code.
        ("41002.5", "41002.5"), ("A.0", "A.0"), (".0", ".0"), ("-5.0", "-5.0"), ("1.0.0", "1.0.0"),
        ("", ""), ("   ", ""),
        // Spaces beyond ASCII (an em space, a no-break space) are trimmed too.
        ("\u{2003}11001A00-\u{00A0}", "11001A00-"), ("41002\u{2009}", "41002"),
    ])
    func text(raw: String, expected: String) {
        #expect(AreaCode.normalize(raw) == expected)
    }

    @Test("Number codes as xlsx stores them", arguments: [
        (41002.0, "41002"), (11001.0, "11001"), (0.0, "0"), (-0.0, "0"), (1.5, "1.5"), (-3.0, "-3"),
    ])
    func number(raw: Double, expected: String) {
        #expect(AreaCode.normalize(raw) == expected)
    }

    @Test("A text code and a number code of the same area agree")
    func textAndNumberAgree() {
        #expect(AreaCode.normalize(41002) == AreaCode.normalize(" 41002.0"))
    }

    @Test("Huge or non-finite numbers do not trap")
    func extremes() {
        #expect(AreaCode.normalize(1e20) == "1e+20")
        #expect(AreaCode.normalize(.infinity) == "inf")
        #expect(AreaCode.normalize(.nan) == "nan")
    }
}
