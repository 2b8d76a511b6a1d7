import Testing
@testable import CijfersDomain

@Suite("RoundOff")
struct RoundOffTests {
    func step(_ raw: String) throws -> RoundOff { try #require(RoundOff(raw)) }

    @Test("0.1 rounds to one decimal, half away from zero, as the number is written", arguments: [
        (12.345, 12.3), (12.35, 12.4), (12.3, 12.3), (0.15, 0.2), (-0.15, -0.2), (0.04, 0.0),
        (123.456, 123.5), (2469.0, 2469.0), (1e9 + 0.25, 1_000_000_000.3),
    ])
    func tenth(value: Double, expected: Double) throws {
        #expect(try step("0.1").apply(value) == expected)
    }

    @Test("1 rounds to whole numbers", arguments: [
        (2.5, 3.0), (-2.5, -3.0), (2.4999, 2.0), (1234.4, 1234.0), (3570675.76, 3570676.0), (0.5, 1.0),
    ])
    func whole(value: Double, expected: Double) throws {
        #expect(try step("1").apply(value) == expected)
    }

    @Test("100 rounds to hundreds", arguments: [
        (1250.0, 1300.0), (1249.9, 1200.0), (-1250.0, -1300.0), (49.0, 0.0), (50.0, 100.0), (123_456.0, 123_500.0),
    ])
    func hundreds(value: Double, expected: Double) throws {
        #expect(try step("100").apply(value) == expected)
    }

    @Test("Two decimals: the values people see, not their binary neighbours", arguments: [
        (2.675, 2.68), (1.005, 1.01), (-1.005, -1.01), (0.125, 0.13),
    ])
    func hundredths(value: Double, expected: Double) throws {
        #expect(try step("0.01").apply(value) == expected)
    }

    @Test("Steps that are not a power of ten round to multiples of the step")
    func otherSteps() throws {
        #expect(try step("0.25").apply(12.2) == 12.25)
        #expect(try step("0.25").apply(12.1) == 12.0)
        #expect(try step("0.5").apply(7.3) == 7.5)
        #expect(try step("5").apply(12.0) == 10.0)
        #expect(try step("5").apply(12.5) == 15.0)
    }

    @Test("A negative value rounding to zero is published as 0, not -0")
    func noNegativeZero() throws {
        #expect(try step("100").apply(-49).sign == .plus)
        #expect(try step("0.1").apply(-0.04).sign == .plus)
        #expect(try step("1").apply(-0.2).sign == .plus)
    }

    @Test("Decimals implied by the step", arguments: [
        ("0.1", 1), ("1", 0), ("100", 0), ("0.01", 2), ("0.5", 1), ("0.25", 2), ("0.05", 2), ("0,001", 3),
    ])
    func decimals(raw: String, expected: Int) throws {
        #expect(try step(raw).decimals == expected)
    }

    @Test("Reading the step from Swing's sheet")
    func parsing() {
        #expect(RoundOff("0.1")?.step == 0.1)
        #expect(RoundOff("0,1")?.step == 0.1)
        #expect(RoundOff(" 1 ")?.step == 1)
        #expect(RoundOff("100")?.step == 100)
        #expect(RoundOff("") == nil)
        #expect(RoundOff("abc") == nil)
        #expect(RoundOff("0") == nil)
        #expect(RoundOff("-1") == nil)
        #expect(RoundOff("nan") == nil)
        #expect(RoundOff("inf") == nil)
        #expect(RoundOff(step: .infinity) == nil)
    }

    @Test("Values that cannot be rounded pass through unchanged")
    func nonFinite() throws {
        #expect(try step("1").apply(.infinity) == .infinity)
        #expect(try step("1").apply(.nan).isNaN)
    }
}
