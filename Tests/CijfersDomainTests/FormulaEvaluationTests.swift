import Testing
@testable import CijfersDomain

/// Computing formulas: arithmetic, functions, missing values, and the promise
/// that no input crashes or yields infinity/NaN.
@Suite("Formula evaluation")
struct FormulaEvaluationTests {
    // MARK: - Arithmetic

    @Test("Precedence and associativity", arguments: [
        ("8-2-1", 5.0), ("8/2/2", 2.0), ("2+3*4", 14.0), ("(2+3)*4", 20.0),
        ("-2*3", -6.0), ("--2", 2.0), ("-(2+3)", -5.0), ("2*-3", -6.0),
        ("2--3", 5.0), ("+2", 2.0), ("10-4+3", 9.0), ("2*3/4", 1.5),
        ("1-2*3+4/2", -3.0), ("=2+2", 4.0), ("100*(7+3)/4", 250.0), ("((((1))))", 1.0),
    ])
    func arithmetic(source: String, expected: Double) throws {
        #expect(try formulaValue(of: source) == expected)
    }

    @Test("The real Fluvius formula")
    func fluvius() throws {
        let values = ["v2506_elek_nietres_cons": 1_234_500.0, "v2506_elek_nietres_n": 500.0]
        #expect(try formulaValue(of: "v2506_elek_nietres_cons/v2506_elek_nietres_n", values) == 2469)
    }

    @Test("Codes with underscores and digits are looked up by their exact name")
    func codesLookedUp() throws {
        #expect(try formulaValue(of: "100*(a_1+B2)/c", ["a_1": 3, "B2": 1, "c": 8]) == 50)
    }

    // MARK: - Functions

    @Test("sqrt", arguments: [("sqrt(16)", 4.0), ("sqrt(0)", 0.0), ("SQRT(2.25)", 1.5), ("sqrt(9)*sqrt(4)", 6.0)])
    func squareRoot(source: String, expected: Double) throws {
        #expect(try formulaValue(of: source) == expected)
    }

    @Test("round rounds half away from zero", arguments: [
        ("round(2.5)", 3.0), ("round(-2.5)", -3.0), ("round(2.4999)", 2.0), ("round(0.5)", 1.0),
        ("round(-0.4)", 0.0), ("round(1234.5678, 2)", 1234.57), ("round(2.675, 2)", 2.68),
        ("round(-2.675, 2)", -2.68), ("round(1.005, 2)", 1.01), ("round(1234.5, -2)", 1200.0),
        ("round(-1250, -2)", -1300.0), ("round(7, 1.9)", 7.0), ("round(2.25, 1)", 2.3),
        ("round(1e300, 5)", 1e300), ("round(1e-300, 2)", 0.0), ("round(123, -400)", 0.0),
        ("round(0.1, 400)", 0.1), ("round(12.5, 1e300)", 12.5), ("round(4e15 + 0.5, 1)", 4e15 + 0.5),
        ("round(10/3, 3)", 3.333),
    ])
    func round(source: String, expected: Double) throws {
        #expect(try formulaValue(of: source) == expected)
    }

    @Test("round's digits may be computed")
    func roundWithComputedDigits() throws {
        #expect(try formulaValue(of: "round(v1/v2*1000)", ["v1": 2, "v2": 3]) == 667)
        #expect(try formulaValue(of: "round(a, d)", ["a": 3.14159, "d": 3]) == 3.142)
        #expect(try formulaValue(of: "round(a, d)", ["a": 3.14159]) == nil)
    }

    @Test("data_from_period asks for the value at the offset")
    func dataFromPeriod() throws {
        let formula = try Formula(#"(v_pop - data_from_period(v_pop,"-1")) / data_from_period(v_pop,"-1") * 100"#)
        let growth = formula.evaluate { reference in
            reference.periodOffset == 0 ? 110 : reference.periodOffset == -1 ? 100 : nil
        }
        #expect(growth.map { abs($0 - 10) < 1e-9 } == true)
        // No previous period: no growth figure.
        #expect(formula.evaluate { $0.periodOffset == 0 ? 110 : nil } == nil)
    }

    @Test("threshold asks for the thresholded value, which may be suppressed")
    func threshold() throws {
        let formula = try Formula("threshold(v_income) / v_pop")
        let shown = formula.evaluate { reference in
            reference.code == "v_pop" ? 4 : (reference.thresholded ? 100 : 999)
        }
        #expect(shown == 25)
        let suppressed = formula.evaluate { reference in
            reference.code == "v_pop" ? 4 : (reference.thresholded ? nil : 3)
        }
        #expect(suppressed == nil)
    }

    // MARK: - No value

    @Test("Any missing component makes the result missing", arguments: [
        "a + b", "b + a", "a * 0", "0 * a", "-a", "sqrt(a)", "round(a)", "round(1, a)",
        "threshold(a)", #"data_from_period(a,"-1")"#, "(1 + (2 * (3 - a)))",
    ])
    func missingComponent(source: String) throws {
        #expect(try formulaValue(of: source, ["b": 1]) == nil)
    }

    @Test("No value instead of infinity or NaN", arguments: [
        "1/0", "a/b", "a/(b-b)", "0/0", "sqrt(-1)", "sqrt(0-a)", "1e308*10", "-1e308*10",
        "1e308+1e308", "round(1e308*10)", "a/b*0",
    ])
    func noValue(source: String) throws {
        #expect(try formulaValue(of: source, ["a": 1, "b": 0]) == nil)
    }

    @Test("Infinite or NaN inputs count as missing")
    func nonFiniteInputs() throws {
        #expect(try formulaValue(of: "a + 1", ["a": .infinity]) == nil)
        #expect(try formulaValue(of: "a * 0", ["a": .nan]) == nil)
        #expect(try formulaValue(of: "a - a", ["a": -.infinity]) == nil)
    }

    @Test("Overflow in between is no value even if the end would fit")
    func intermediateOverflow() throws {
        #expect(try formulaValue(of: "1e308*10/100") == nil)
    }

    @Test("Zero is never negative zero")
    func noNegativeZero() throws {
        let zero = try #require(try formulaValue(of: "-0"))
        #expect(zero == 0 && zero.sign == .plus)
        let product = try #require(try formulaValue(of: "-a*0", ["a": 5]))
        #expect(product.sign == .plus)
    }

    // MARK: - Robustness

    @Test("Nesting up to the limit works; one deeper is an error")
    func nestingLimit() throws {
        let depth = Formula.maximumNestingDepth
        let parentheses = String(repeating: "(1+", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(try formulaValue(of: parentheses) == Double(depth + 1))
        let roots = String(repeating: "sqrt(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(try formulaValue(of: roots) == 1)

        let tooDeep = String(repeating: "(", count: depth + 1) + "1" + String(repeating: ")", count: depth + 1)
        #expect(formulaError(parsing: tooDeep)?.position == depth + 1)
        #expect(formulaError(parsing: tooDeep)?.reason.contains("te diep genest") == true)
    }

    @Test("Absurd nesting fails fast instead of overflowing the stack")
    func absurdNesting() {
        let opened = String(repeating: "(", count: 200_000)
        #expect(formulaError(parsing: opened + "1")?.position == Formula.maximumNestingDepth + 1)
        let calls = String(repeating: "round(", count: 200_000)
        #expect(formulaError(parsing: calls + "1")?.position == Formula.maximumNestingDepth * 6 + 1)
    }

    @Test("Very long formulas are fine")
    func longFormulas() throws {
        let terms = 100_000
        let sum = Array(repeating: "v1", count: terms).joined(separator: " + ")
        #expect(try formulaValue(of: sum, ["v1": 2]) == Double(2 * terms))
        let product = "3" + String(repeating: "*2/2", count: terms)
        #expect(try formulaValue(of: product) == 3)
        let signs = String(repeating: "-", count: 100_001) + "2"
        #expect(try formulaValue(of: signs) == -2)
        #expect(try Formula(sum).references == [FormulaReference(code: "v1")])
    }

    @Test("Thousands of random strings parse or fail cleanly, never trap")
    func randomInput() {
        var generator = SeededGenerator(seed: 0x5741_4E47)
        var problems: [String] = []
        var parsed = 0
        for iteration in 0..<6_000 {
            // Every fourth string is a well-formed formula, so evaluation is
            // exercised as hard as parsing; those must all parse.
            let wellFormed = iteration % 4 == 3
            let source = wellFormed
                ? Self.randomFormula(depth: 6, using: &generator)
                : Self.randomSource(iteration: iteration, using: &generator)
            do {
                let formula = try Formula(source)
                parsed += 1
                var lookups = SeededGenerator(seed: UInt64(iteration))
                let result = formula.evaluate { _ in Self.randomValue(using: &lookups) }
                if let result, !result.isFinite {
                    problems.append("\(source.debugDescription) gave \(result)")
                }
                if formula.references.contains(where: { $0.code.isEmpty }) {
                    problems.append("\(source.debugDescription) has an empty code")
                }
            } catch {
                if wellFormed || !(1...source.count + 1).contains(error.position) || error.reason.isEmpty {
                    problems.append("\(source.debugDescription) gave \(error)")
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(parsed >= 1_500)
    }

    // MARK: - Helpers

    /// Random text of three kinds: formula-like fragments (which often
    /// parse), arbitrary bytes decoded leniently, and arbitrary scalars.
    static func randomSource(iteration: Int, using generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...40, using: &generator)
        switch iteration % 3 {
        case 0:
            let fragments = [
                "a", "v1", "_x", "B_2", "1", "0", "2.5", ".5", "1e3", "e", "E", "+", "-", "*", "/",
                "(", ")", "(", ")", ",", " ", "\"", "'", "\"-1\"", "sqrt(", "round(", "ROUND(",
                "data_from_period(", "threshold(", "=", "#", ".", "é", "\u{301}", "\r\n", "🇳🇱",
                "\u{0}", "\u{FEFF}", "1e308", "1e999", "-1", "0/0",
            ]
            return (0..<length).map { _ in fragments.randomElement(using: &generator)! }.joined()
        case 1:
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            return String(decoding: bytes, as: UTF8.self)
        default:
            var scalars = String.UnicodeScalarView()
            for _ in 0..<length {
                let raw = UInt32.random(in: 0...0x10FFFF, using: &generator)
                scalars.append(Unicode.Scalar(raw) ?? "?")
            }
            return String(scalars)
        }
    }

    /// A random formula that is valid by construction, nesting at most `depth` levels.
    static func randomFormula(depth: Int, using generator: inout SeededGenerator) -> String {
        let codes = ["a", "v1", "_x", "B_2"]
        let code = codes.randomElement(using: &generator)!
        switch Int.random(in: 0...(depth <= 0 ? 1 : 8), using: &generator) {
        case 0:
            return ["0", "1", "2.5", ".5", "1e3", "1e308", "7", "0.001"].randomElement(using: &generator)!
        case 1:
            return code
        case 2:
            return "(" + randomFormula(depth: depth - 1, using: &generator) + ")"
        case 3, 4:
            let op = [" + ", "-", " * ", "/"].randomElement(using: &generator)!
            return randomFormula(depth: depth - 1, using: &generator) + op + randomFormula(depth: depth - 1, using: &generator)
        case 5:
            return "-" + randomFormula(depth: depth - 1, using: &generator)
        case 6:
            return "sqrt(" + randomFormula(depth: depth - 1, using: &generator) + ")"
        case 7:
            let digits = Bool.random(using: &generator) ? ", " + randomFormula(depth: depth - 1, using: &generator) : ""
            return "Round(" + randomFormula(depth: depth - 1, using: &generator) + digits + ")"
        default:
            return Bool.random(using: &generator) ? "threshold(\(code))" : "data_from_period(\(code), \"-1\")"
        }
    }

    static func randomValue(using generator: inout SeededGenerator) -> Double? {
        switch UInt8.random(in: 0...9, using: &generator) {
        case 0: nil
        case 1: 0
        case 2: .infinity
        case 3: .nan
        case 4: .greatestFiniteMagnitude
        case 5: -Double.random(in: 0...1e6, using: &generator)
        default: Double.random(in: -1e6...1e6, using: &generator)
        }
    }
}

extension FormulaEvaluationTests {
    /// SplitMix64: a small seeded generator, so the random test is the same on
    /// every run and a failure can be reproduced.
    struct SeededGenerator: RandomNumberGenerator {
        private var state: UInt64

        init(seed: UInt64) {
            state = seed
        }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

/// The value of `source` with `values` looked up by code (ignoring period
/// and threshold, which the dedicated tests cover).
func formulaValue(of source: String, _ values: [String: Double] = [:]) throws -> Double? {
    try Formula(source).evaluate { values[$0.code] }
}
