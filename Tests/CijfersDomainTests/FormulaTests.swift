import Testing
@testable import CijfersDomain

/// Reading formulas: what is accepted, what it depends on, and how mistakes
/// are reported.
@Suite("Formula parsing")
struct FormulaTests {
    // MARK: - Accepted syntax

    @Test("Parses numbers in every accepted spelling", arguments: [
        ("12", 12.0), ("0.5", 0.5), (".5", 0.5), ("1.", 1.0), ("1e3", 1000.0),
        ("2.5E-2", 0.025), ("1e+2", 100.0), ("007", 7.0),
    ])
    func numbers(source: String, expected: Double) throws {
        let formula = try Formula(source)
        #expect(formula.expression == .number(expected))
        #expect(formula.references.isEmpty)
    }

    @Test("Accepts codes with underscores and digits")
    func codesWithUnderscoresAndDigits() throws {
        let formula = try Formula("_a + v2506_elek_nietres_n + B_12_c3")
        #expect(formula.references.map(\.code) == ["_a", "v2506_elek_nietres_n", "B_12_c3"])
    }

    @Test("Ignores a leading '=' and whitespace anywhere")
    func leadingEqualsAndWhitespace() throws {
        let formula = try Formula("  =\t a\n*\r\n( b +\u{00A0}1 ) ")
        #expect(formula.codes == ["a", "b"])
        #expect(formula.source == "  =\t a\n*\r\n( b +\u{00A0}1 ) ")
    }

    @Test("Only one leading '=' is dropped")
    func secondEqualsIsAnError() {
        #expect(formulaError(parsing: "==a") == FormulaError(position: 2, reason: "onverwacht teken '='"))
        #expect(formulaError(parsing: "a=b") == FormulaError(position: 2, reason: "onverwacht teken '='"))
    }

    @Test("Binds * and / tighter than + and -, and chains equal operators")
    func treeShape() throws {
        let formula = try Formula("a+b*c-d")
        let b = FormulaExpression.reference(FormulaReference(code: "b"))
        let c = FormulaExpression.reference(FormulaReference(code: "c"))
        #expect(formula.expression == .chain(.reference(FormulaReference(code: "a")), [
            FormulaStep(op: .add, operand: .chain(b, [FormulaStep(op: .multiply, operand: c)])),
            FormulaStep(op: .subtract, operand: .reference(FormulaReference(code: "d"))),
        ]))
    }

    @Test("Folds runs of signs into at most one negation")
    func signsFold() throws {
        #expect(try Formula("--2").expression == .number(2))
        #expect(try Formula("-+-+-2").expression == .negate(.number(2)))
        #expect(try Formula("+a").expression == .reference(FormulaReference(code: "a")))
    }

    @Test("Function names are case-insensitive", arguments: ["SQRT(a)", "Sqrt(a)", "sqrt (a)"])
    func caseInsensitiveFunctions(source: String) throws {
        #expect(try Formula(source).expression == .squareRoot(.reference(FormulaReference(code: "a"))))
    }

    @Test("A code may share its name with a function when no '(' follows")
    func codeNamedLikeAFunction() throws {
        #expect(try Formula("round + sqrt").codes == ["round", "sqrt"])
    }

    // MARK: - References and codes

    @Test("The real Fluvius formula depends on its two indicators")
    func fluvius() throws {
        let formula = try Formula("v2506_elek_nietres_cons/v2506_elek_nietres_n")
        #expect(formula.references == [
            FormulaReference(code: "v2506_elek_nietres_cons"),
            FormulaReference(code: "v2506_elek_nietres_n"),
        ])
        #expect(formula.codes == ["v2506_elek_nietres_cons", "v2506_elek_nietres_n"])
    }

    @Test("data_from_period reads the code at an offset, listed once, in order")
    func dataFromPeriodReferences() throws {
        let formula = try Formula(#"(v_pop - data_from_period(v_pop,"-1")) / data_from_period(v_pop,"-1") * 100"#)
        #expect(formula.references == [
            FormulaReference(code: "v_pop"),
            FormulaReference(code: "v_pop", periodOffset: -1),
        ])
        #expect(formula.codes == ["v_pop"])
    }

    @Test("Period offsets may be quoted or bare, signed or not", arguments: [
        (#"data_from_period(v,"-1")"#, -1), (#"data_from_period(v,"+1")"#, 1),
        (#"data_from_period(v,"1")"#, 1), (#"data_from_period(v, ' -2 ')"#, -2),
        ("data_from_period(v, -1)", -1), ("data_from_period(v, +3)", 3),
        ("data_from_period(v, 12)", 12), (#"DATA_FROM_PERIOD(v,"0")"#, 0),
    ])
    func periodOffsets(source: String, offset: Int) throws {
        #expect(try Formula(source).references == [FormulaReference(code: "v", periodOffset: offset)])
    }

    @Test("threshold reads the code with the privacy threshold applied")
    func thresholdReferences() throws {
        let formula = try Formula("threshold(v_income) / v_pop + v_income")
        #expect(formula.references == [
            FormulaReference(code: "v_income", thresholded: true),
            FormulaReference(code: "v_pop"),
            FormulaReference(code: "v_income"),
        ])
        #expect(formula.codes == ["v_income", "v_pop"])
    }

    @Test("References inside round's digits count too")
    func referencesInRoundDigits() throws {
        #expect(try Formula("round(a, b)").references.map(\.code) == ["a", "b"])
    }

    @Test("A reference describes itself as formula text")
    func referenceDescription() {
        #expect(FormulaReference(code: "a").description == "a")
        #expect(FormulaReference(code: "a", periodOffset: -1).description == #"data_from_period(a,"-1")"#)
        #expect(FormulaReference(code: "a", periodOffset: 2).description == #"data_from_period(a,"+2")"#)
        #expect(FormulaReference(code: "a", thresholded: true).description == "threshold(a)")
    }

    @Test("Formulas are equal when their text is")
    func equality() throws {
        #expect(try Formula("a+b") == Formula("a+b"))
        #expect(try Formula("a+b") != Formula("a + b"))
        #expect(try Set([Formula("a"), Formula("a"), Formula("b")]).count == 2)
        #expect(try Formula("=a/b").description == "=a/b")
    }

    // MARK: - Errors

    @Test("Each mistake is reported with its position and reason", arguments: [
        ErrorCase("", 1, "lege formule"),
        ErrorCase("   ", 1, "lege formule"),
        ErrorCase("=", 1, "lege formule"),
        ErrorCase("1 # 2", 3, "onverwacht teken '#'"),
        ErrorCase("a\u{0}", 2, "onverwacht teken U+0000"),
        ErrorCase("a + é", 5, "onverwacht teken 'é'"),
        ErrorCase("2^3", 2, "onverwacht teken '^'"),
        ErrorCase("a.b", 2, "onverwacht teken '.'"),
        ErrorCase("(a+b*2", 7, "sluitend haakje ontbreekt"),
        ErrorCase("sqrt(a", 7, "sluitend haakje ontbreekt"),
        ErrorCase("round(a, 2", 11, "sluitend haakje ontbreekt"),
        ErrorCase("threshold(a", 12, "sluitend haakje ontbreekt"),
        ErrorCase(#"data_from_period(a,"-1""#, 24, "sluitend haakje ontbreekt"),
        ErrorCase("(a b)", 4, "verwacht een operator of ')' vóór 'b'"),
        ErrorCase("sqrt(a b)", 8, "verwacht een operator, ',' of ')' vóór 'b'"),
        ErrorCase("a)", 2, "onverwacht sluitend haakje"),
        ErrorCase("a, b", 2, "komma buiten een functie"),
        ErrorCase("a b", 3, "verwacht een operator (+, -, * of /) vóór 'b'"),
        ErrorCase("2 3", 3, "verwacht een operator (+, -, * of /) vóór '3'"),
        ErrorCase("a +", 4, "verwacht een getal, code of '('"),
        ErrorCase("a * / b", 5, "verwacht een getal, code of '('"),
        ErrorCase("()", 2, "verwacht een getal, code of '('"),
        ErrorCase("sqrt(,a)", 6, "verwacht een getal, code of '('"),
        ErrorCase("sqr(a)", 1, "onbekende functie 'sqr'"),
        ErrorCase("1 + Log(a)", 5, "onbekende functie 'Log'"),
        ErrorCase("sqrt()", 1, "functie 'sqrt' verwacht 1 argument"),
        ErrorCase("2*SQRT(a, b)", 3, "functie 'sqrt' verwacht 1 argument"),
        ErrorCase("round()", 1, "functie 'round' verwacht 1 of 2 argumenten"),
        ErrorCase("round(a, 1, 2)", 1, "functie 'round' verwacht 1 of 2 argumenten"),
        ErrorCase("threshold()", 1, "functie 'threshold' verwacht 1 argument"),
        ErrorCase("threshold(a, b)", 1, "functie 'threshold' verwacht 1 argument"),
        ErrorCase("data_from_period(a)", 1, "functie 'data_from_period' verwacht 2 argumenten"),
        ErrorCase("data_from_period()", 1, "functie 'data_from_period' verwacht 2 argumenten"),
        ErrorCase(#"data_from_period(a, "-1", 2)"#, 1, "functie 'data_from_period' verwacht 2 argumenten"),
        ErrorCase(#"data_from_period(2, "-1")"#, 18, "het eerste argument van 'data_from_period' moet een indicatorcode zijn"),
        ErrorCase(#"data_from_period(a+b, "-1")"#, 18, "het eerste argument van 'data_from_period' moet een indicatorcode zijn"),
        ErrorCase("threshold(sqrt(a))", 11, "het eerste argument van 'threshold' moet een indicatorcode zijn"),
        ErrorCase("threshold(a*2)", 11, "het eerste argument van 'threshold' moet een indicatorcode zijn"),
        ErrorCase(#"data_from_period(a, "vorig")"#, 21, #"het tweede argument van 'data_from_period' moet een geheel aantal perioden zijn, bijvoorbeeld "-1""#),
        ErrorCase("data_from_period(a, 1.5)", 21, #"het tweede argument van 'data_from_period' moet een geheel aantal perioden zijn, bijvoorbeeld "-1""#),
        ErrorCase("data_from_period(a, b)", 21, #"het tweede argument van 'data_from_period' moet een geheel aantal perioden zijn, bijvoorbeeld "-1""#),
        ErrorCase("data_from_period(a, -1+1)", 21, #"het tweede argument van 'data_from_period' moet een geheel aantal perioden zijn, bijvoorbeeld "-1""#),
        ErrorCase(#"data_from_period(a, "99999999999999999999")"#, 21, #"het tweede argument van 'data_from_period' moet een geheel aantal perioden zijn, bijvoorbeeld "-1""#),
        ErrorCase(#"a + "x""#, 5, "tekst tussen aanhalingstekens mag alleen als periode in data_from_period staan"),
        ErrorCase(#"data_from_period(a, "-1)"#, 21, "afsluitend aanhalingsteken ontbreekt"),
        ErrorCase("1e", 1, "onvolledig getal '1e'"),
        ErrorCase("a*2E+", 3, "onvolledig getal '2E+'"),
        ErrorCase("1e999", 1, "getal '1e999' is te groot"),
        ErrorCase("1.2.3", 1, "ongeldig getal '1.2.3'"),
        ErrorCase("a/2006_pop", 3, "een code moet met een letter of '_' beginnen: '2006_pop'"),
    ])
    func errors(_ example: ErrorCase) {
        #expect(formulaError(parsing: example.source) == FormulaError(position: example.position, reason: example.reason))
    }

    @Test("An error describes itself as 'positie N: reason'")
    func errorDescription() {
        #expect(formulaError(parsing: "(a+b*2")?.description == "positie 7: sluitend haakje ontbreekt")
        #expect(FormulaError(position: 3, reason: "x").description == "positie 3: x")
    }

    @Test("Positions count characters as people see them")
    func positionsCountGraphemes() {
        // The flag is two scalars and eight UTF-8 bytes but one character;
        // so is "\r\n" (two scalars).
        #expect(formulaError(parsing: #""🇳🇱" + #"#)?.position == 7)
        #expect(formulaError(parsing: "a\r\n+ #")?.position == 5)
        #expect(formulaError(parsing: "a + 🇳🇱") == FormulaError(position: 5, reason: "onverwacht teken '🇳🇱'"))
    }

    @Test("Long offending tokens are shortened in messages")
    func longTokensShortened() throws {
        let reason = try #require(formulaError(parsing: "1" + String(repeating: "0", count: 400))).reason
        #expect(reason.count < 60)
        #expect(reason.hasSuffix("…' is te groot"))
    }

    // MARK: - Helpers

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let source: String
        let position: Int
        let reason: String

        init(_ source: String, _ position: Int, _ reason: String) {
            self.source = source
            self.position = position
            self.reason = reason
        }

        var testDescription: String { source.debugDescription }
    }
}

/// The error parsing `source` gives, or nil when it parses.
func formulaError(parsing source: String) -> FormulaError? {
    do {
        _ = try Formula(source)
        return nil
    } catch {
        return error
    }
}
