import Testing
@testable import CijfersDomain

@Suite("Indicator evaluator")
struct IndicatorEvaluatorTests {
    static let growthFormula = #"(pop - data_from_period(pop,"-1")) / data_from_period(pop,"-1") * 100"#

    static let indicators: [Indicator] = [
        Indicator(code: "cons", name: "consumption", roundOff: RoundOff("1")),
        Indicator(code: "n", name: "customers"),
        // The Fluvius ratio: a formula, rounded to 0.1, hidden where fewer than 5 customers.
        Indicator(code: "avg", name: "per customer", dataType: .percentageMean, aggregationCode: "n",
                  formula: "cons/n", thresholdValue: 5, roundOff: RoundOff("0.1")),
        Indicator(code: "nested", name: "twice the ratio", formula: "avg*2"),
        Indicator(code: "pop", name: "population"),
        Indicator(code: "growth", name: "growth", formula: growthFormula, roundOff: RoundOff("0.1")),
        Indicator(code: "income", name: "income", thresholdValue: 10, thresholdCode: "respondents", roundOff: RoundOff("100")),
        Indicator(code: "respondents", name: "respondents"),
        Indicator(code: "perCapita", name: "income per person", formula: "threshold(income) / pop"),
        Indicator(code: "plain", name: "income per person, unguarded", formula: "income / pop"),
        Indicator(code: "a", name: "cycle a", formula: "b + 1"),
        Indicator(code: "b", name: "cycle b", formula: "a + 1"),
        Indicator(code: "self", name: "own component", formula: "self * 2"),
        Indicator(code: "wide", name: "wide cycle", formula: "pop + wide + wide + wide + wide"),
        Indicator(code: "unparsed", name: "formula that did not parse", formula: "pop +"),
    ]

    static func values(_ entries: [(area: Int, period: String, value: Double)]) -> IndicatorEvaluator.Values {
        Dictionary(uniqueKeysWithValues: entries.map {
            (ObservationKey(area: $0.area, period: $0.period), ObservationValue(raw: $0.value))
        })
    }

    static let stored: [String: IndicatorEvaluator.Values] = [
        "cons": values([(1, "2021", 1234.56), (2, "2021", 800), (3, "2021", 800), (4, "2021", 0), (6, "2021", -99999)]),
        "n": values([(1, "2021", 10), (2, "2021", 3), (3, "2021", 0), (4, "2021", 2), (5, "2021", 10), (6, "2021", 10)]),
        "pop": values([
            (1, "2020", 200), (1, "2021", 210), (1, "2020-Q4", 100), (1, "2021-Q1", 110),
            (1, "2020Q4", 400), (1, "2021Q1", 440), (2, "2021", 10), (3, "2021", 10), (9, "2021", -99997),
        ]),
        "income": values([(1, "2021", 5049), (2, "2021", 5049), (3, "2021", 0)]),
        "respondents": values([(1, "2021", 12), (2, "2021", 8), (3, "2021", 2)]),
        // A value stored for a formula indicator by mistake is never used.
        "avg": values([(1, "2021", 999)]),
    ]

    let evaluator: IndicatorEvaluator = {
        let byCode = Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0) })
        var formulas: [String: Formula] = [:]
        for indicator in indicators {
            if let source = indicator.formula, let formula = try? Formula(source) { formulas[indicator.code] = formula }
        }
        return IndicatorEvaluator(indicators: byCode, formulas: formulas, stored: stored)
    }()

    func published(_ code: String, _ area: Int, _ period: String = "2021") -> PublishedValue {
        evaluator.published(code, area: area, period: period)
    }

    // MARK: - Stored indicators

    @Test("Stored values are read and rounded on output only")
    func stored() {
        #expect(published("cons", 1) == .ok(1235))
        #expect(evaluator.raw("cons", area: 1, period: "2021") == .number(1234.56))
        #expect(published("pop", 1, "2020") == .ok(200))
        #expect(published("pop", 1, "2019") == .noData)
        #expect(published("pop", 9) == .missing(.sourceSuppressed))
        #expect(published("unknown", 1) == .noData)
    }

    @Test("A stored indicator with a threshold indicator is hidden where that base is too small")
    func storedThreshold() {
        #expect(published("income", 1) == .ok(5000))
        #expect(published("income", 2) == .suppressed)
        #expect(published("income", 3) == .ok(0))
        #expect(published("income", 4) == .noData)
    }

    // MARK: - Formulas

    @Test("The Fluvius ratio: computed, rounded to 0.1")
    func ratio() {
        #expect(published("avg", 1) == .ok(123.5))
        #expect(evaluator.raw("avg", area: 1, period: "2021")?.number == 1234.56 / 10)
    }

    @Test("A formula indicator is hidden where its base (the aggregation indicator) is below the threshold")
    func formulaSuppressed() {
        #expect(published("avg", 2) == .suppressed)
        // Zero is shown even though the base (2 customers) is below the threshold.
        #expect(published("avg", 4) == .ok(0))
    }

    @Test("Division by zero gives no data")
    func divisionByZero() {
        #expect(evaluator.raw("avg", area: 3, period: "2021") == nil)
        #expect(published("avg", 3) == .noData)
    }

    @Test("A missing component gives no data, whatever its missing code")
    func missingComponent() {
        #expect(published("avg", 5) == .noData)
        #expect(published("avg", 6) == .noData)
        #expect(published("avg", 1, "2020") == .noData)
    }

    @Test("Formulas of formulas use the unrounded value")
    func nested() {
        #expect(published("nested", 1) == .ok(1234.56 / 10 * 2))
        // The ratio is hidden in area 2: a formula reading it without threshold() computes with the raw value,
        // but is hidden there too, or it would give the ratio back (secondary suppression, docs/cijfers.md).
        #expect(evaluator.raw("nested", area: 2, period: "2021")?.number == 800.0 / 3 * 2)
        #expect(published("nested", 2) == .suppressed)
    }

    @Test("data_from_period reads the previous period")
    func previousPeriod() {
        // (210 − 200) / 200 × 100 = 5
        #expect(published("growth", 1, "2021") == .ok(5))
        #expect(published("growth", 1, "2020") == .noData)
        #expect(published("growth", 1, "2019-2021") == .noData)
    }

    @Test("data_from_period finds quarters however they are written")
    func previousQuarter() {
        // (440 − 400) / 400 × 100 = 10 and (110 − 100) / 100 × 100 = 10
        #expect(published("growth", 1, "2021Q1") == .ok(10))
        #expect(published("growth", 1, "2021-Q1") == .ok(10))
    }

    @Test("threshold() gives the component only where it may be published, unrounded")
    func thresholdFunction() {
        // 12 respondents: income may be used, and it is 5049, not the published 5000 (210 inhabitants).
        #expect(published("perCapita", 1) == .ok(5049.0 / 210))
        // 8 respondents: the component counts as missing.
        #expect(published("perCapita", 2) == .noData)
        // Without threshold() the raw value is used, and the result is hidden where the component is.
        #expect(evaluator.raw("plain", area: 2, period: "2021")?.number == 504.9)
        #expect(published("plain", 2) == .suppressed)
        // Zero income is never suppressed, so it can be used.
        #expect(published("perCapita", 3) == .ok(0))
    }

    @Test("Formula cycles give no data instead of recursing forever", arguments: ["a", "b", "self", "wide"])
    func cycles(code: String) {
        #expect(evaluator.raw(code, area: 1, period: "2021") == nil)
        #expect(published(code, 1) == .noData)
    }

    @Test("A formula that did not parse gives no data")
    func unparsed() {
        #expect(published("unparsed", 1, "2020") == .noData)
    }

    // MARK: - Dependencies

    @Test("Stored dependencies: components of formulas, transitively, and every threshold base")
    func dependencies() {
        let byCode = Dictionary(uniqueKeysWithValues: Self.indicators.map { ($0.code, $0) })
        var formulas: [String: Formula] = [:]
        for indicator in Self.indicators {
            if let source = indicator.formula, let formula = try? Formula(source) { formulas[indicator.code] = formula }
        }
        func dependencies(_ codes: [String]) -> Set<String> {
            IndicatorEvaluator.storedDependencies(of: codes, indicators: byCode, formulas: formulas)
        }
        #expect(dependencies(["avg"]) == ["cons", "n"])
        #expect(dependencies(["nested"]) == ["cons", "n"])
        #expect(dependencies(["income"]) == ["income", "respondents"])
        #expect(dependencies(["perCapita"]) == ["income", "respondents", "pop"])
        #expect(dependencies(["growth", "cons"]) == ["pop", "cons"])
        #expect(dependencies(["a", "self"]).isEmpty)
        #expect(dependencies(["wide"]) == ["pop"])
        #expect(dependencies(["unknown"]).isEmpty)
    }
}
