import Testing

@testable import Charts

@Suite struct NumberFormattingTests {
    @Test func dutchDecimalCommaAndDotGrouping() {
        #expect(DutchNumberFormat.string(12345.6, decimals: 1) == "12.345,6")
        #expect(DutchNumberFormat.string(1_234_567, decimals: 0) == "1.234.567")
        #expect(DutchNumberFormat.string(999, decimals: 0) == "999")
        #expect(DutchNumberFormat.string(1000, decimals: 2) == "1.000,00")
        #expect(DutchNumberFormat.string(0.5, decimals: 2) == "0,50")
        #expect(DutchNumberFormat.string(0.004, decimals: 3) == "0,004")
    }

    @Test func otherSeparators() {
        #expect(DutchNumberFormat.string(12345.6, decimals: 1, thousands: .thinSpace) == "12\u{202F}345,6")
        #expect(DutchNumberFormat.string(2024, decimals: 0, thousands: .none) == "2024")
    }

    @Test func roundingHalvesAwayFromZero() {
        #expect(DutchNumberFormat.string(2.5, decimals: 0) == "3")
        #expect(DutchNumberFormat.string(-2.5, decimals: 0) == "-3")
        #expect(DutchNumberFormat.string(1234.45, decimals: 1) == "1.234,5")
        #expect(DutchNumberFormat.string(999.95, decimals: 1) == "1.000,0")
    }

    @Test func negativesAndZero() {
        #expect(DutchNumberFormat.string(-1234.5, decimals: 1) == "-1.234,5")
        // Rounds to zero: no "-0,0".
        #expect(DutchNumberFormat.string(-0.04, decimals: 1) == "0,0")
        #expect(DutchNumberFormat.string(-0.0, decimals: 0) == "0")
    }

    @Test func nonFiniteAndHuge() {
        #expect(DutchNumberFormat.string(.nan, decimals: 1) == "-")
        #expect(DutchNumberFormat.string(.infinity, decimals: 1) == "∞")
        #expect(DutchNumberFormat.string(1e20, decimals: 0) == "100.000.000.000.000.000.000")
        #expect(DutchNumberFormat.string(1.5, decimals: -2) == "2")
    }

    @Test func units() {
        #expect(DutchNumberFormat.string(12.34, decimals: 1, unit: "%") == "12,3%")
        #expect(DutchNumberFormat.string(1234.5, decimals: 1, unit: "kWh") == "1.234,5\u{00A0}kWh")
        #expect(DutchNumberFormat.string(7, decimals: 0, unit: "") == "7")
    }

    @Test func legendDecimalsKeepBoundsApart() {
        #expect(DutchNumberFormat.decimalsDistinguishing([0, 1000, 2000]) == 0)
        #expect(DutchNumberFormat.decimalsDistinguishing([1, 1.4, 1.8]) == 1)
        #expect(DutchNumberFormat.decimalsDistinguishing([0.11, 0.12, 0.5]) == 2)
    }
}
