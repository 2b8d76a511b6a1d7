import Testing
@testable import Tabular

/// The fast path for plain decimals must give the very Double that parsing the text the long way gives.
@Suite("Plain decimals")
struct PlainDecimalTests {
    @Test func sameDoubleAsTheLongWay() {
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }
        var cases = ["0", "-0", "007", "1.5", "-1.25", "123456789012345", "0.000000000000001", "99999.99999",
                     "-99999", "0.1", "0.3", "2.675", "9007199254740.993"]
        for _ in 0..<20_000 {
            let digits = Int(next() % 15) + 1
            let text = String(next() % 1_000_000_000_000_000).prefix(digits)
            let point = Int(next() % UInt64(digits + 1))
            var s = String(text)
            if point > 0 && point < s.count { s.insert(".", at: s.index(s.startIndex, offsetBy: point)) }
            cases.append(next() % 4 == 0 ? "-" + s : s)
        }
        for s in cases {
            // Up to 15 digits the fast path answers; longer numbers are left to the long way.
            let fast = parsePlainDecimal(s, decimalComma: false)
            #expect(fast == Double(s) || (fast == nil && s.filter(\.isNumber).count > 15), "\(s)")
            let comma = s.replacingOccurrences(of: ".", with: ",")
            #expect(Cell.text(comma).number(decimalComma: true) == Double(s), "\(comma)")
        }
    }

    @Test func leavesEverythingElseToTheLongWay() {
        for s in ["", "-", ".5", "1.", "1e3", "+1", " 1", "1,5", "1.234.567", "1234567890123456", "12a"] {
            #expect(parsePlainDecimal(s, decimalComma: false) == nil, "\(s)")
        }
    }
}
