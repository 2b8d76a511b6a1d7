import Testing
@testable import CijfersDomain

/// Formula cost: each component is computed once per request, a formula's cost per cell is known before
/// it is imported, and a request stops computing once it has used its work budget.
@Suite("Formula cost")
struct FormulaCostTests {
    /// `f0 = f1 + f1 + … (fanOut times)`, …, `f(depth-1) = s + s + …`, with `s` stored as 1 in area 1, 2021.
    static func chain(depth: Int, fanOut: Int) -> (indicators: [String: Indicator], formulas: [String: Formula]) {
        var indicators: [String: Indicator] = ["s": Indicator(code: "s", name: "stored")]
        var formulas: [String: Formula] = [:]
        for level in 0..<depth {
            let component = level == depth - 1 ? "s" : "f\(level + 1)"
            let source = Array(repeating: component, count: fanOut).joined(separator: " + ")
            indicators["f\(level)"] = Indicator(code: "f\(level)", name: "level \(level)", formula: source)
            formulas["f\(level)"] = try! Formula(source)
        }
        return (indicators, formulas)
    }

    static let stored: [String: IndicatorEvaluator.Values] = [
        "s": [ObservationKey(area: 1, period: "2021"): .number(1)],
    ]

    static func evaluator(_ graph: (indicators: [String: Indicator], formulas: [String: Formula]),
                          budget: Int = IndicatorEvaluator.maximumWork) -> IndicatorEvaluator {
        IndicatorEvaluator(indicators: graph.indicators, formulas: graph.formulas, stored: stored, workBudget: budget)
    }

    static func graph(_ definitions: [(String, String?)]) -> FormulaGraph {
        var indicators: [String: Indicator] = [:]
        var formulas: [String: Formula] = [:]
        for (code, source) in definitions {
            indicators[code] = Indicator(code: code, name: code, formula: source)
            if let source { formulas[code] = try! Formula(source) }
        }
        return FormulaGraph(indicators: indicators, formulas: formulas)
    }

    // MARK: - Memoisation

    @Test("Six links of fan-out ten: each component computed once, the value unchanged")
    func fanOutChain() {
        let evaluator = Self.evaluator(Self.chain(depth: 6, fanOut: 10))
        #expect(evaluator.published("f0", area: 1, period: "2021") == .ok(1_000_000))
        // One evaluation per formula, one read per term: 6 + 6 × 10, not 10⁶.
        #expect(evaluator.evaluations == 6)
        #expect(evaluator.work == 66)
        // Asking again, or for a component, computes nothing new.
        #expect(evaluator.raw("f3", area: 1, period: "2021") == .number(1_000))
        #expect(evaluator.published("f0", area: 1, period: "2021") == .ok(1_000_000))
        #expect(evaluator.evaluations == 6)
    }

    @Test("Each area and period is its own component")
    func perCell() {
        let evaluator = Self.evaluator(Self.chain(depth: 3, fanOut: 4))
        #expect(evaluator.published("f0", area: 1, period: "2021") == .ok(64))
        #expect(evaluator.published("f0", area: 2, period: "2021") == .noData)
        #expect(evaluator.published("f0", area: 1, period: "2020") == .noData)
        #expect(evaluator.evaluations == 9)
    }

    // MARK: - Cost per cell

    @Test("The cost of a chain: its depth, its distinct components and exactly the evaluator's steps")
    func chainCost() {
        let chain = Self.chain(depth: 6, fanOut: 10)
        var graph = FormulaGraph(indicators: chain.indicators, formulas: chain.formulas)
        let cost = graph.cost(of: "f0")
        #expect(cost == FormulaCost(depth: 6, components: 7, steps: 66))
        #expect(cost.excess == nil)
        let evaluator = Self.evaluator(chain)
        _ = evaluator.published("f0", area: 1, period: "2021")
        #expect(evaluator.work == cost.steps)
        #expect(graph.depth(of: "s") == 0)
        #expect(graph.depth(of: "f5") == 1)
    }

    @Test("Periods and threshold bases are components too")
    func periodsAndBases() {
        var indicators: [String: Indicator] = [
            "pop": Indicator(code: "pop", name: "pop"),
            "income": Indicator(code: "income", name: "income", thresholdValue: 10, thresholdCode: "respondents"),
            "respondents": Indicator(code: "respondents", name: "respondents"),
        ]
        let source = #"threshold(income) / pop + data_from_period(pop,"-1") + data_from_period(pop,"-1")"#
        indicators["f"] = Indicator(code: "f", name: "f", formula: source)
        var graph = FormulaGraph(indicators: indicators, formulas: ["f": try! Formula(source)])
        // f, income, respondents, pop, pop one period back; one evaluation and four reads.
        #expect(graph.cost(of: "f") == FormulaCost(depth: 1, components: 5, steps: 5))
    }

    @Test("Depth: twenty levels are allowed and computed, twenty-one are refused and give no value")
    func depthLimit() {
        let allowed = Self.chain(depth: FormulaCost.maximumDepth, fanOut: 2)
        var graph = FormulaGraph(indicators: allowed.indicators, formulas: allowed.formulas)
        #expect(graph.cost(of: "f0").excess == nil)
        #expect(Self.evaluator(allowed).published("f0", area: 1, period: "2021") == .ok(1_048_576))

        let deep = Self.chain(depth: FormulaCost.maximumDepth + 1, fanOut: 2)
        var deepGraph = FormulaGraph(indicators: deep.indicators, formulas: deep.formulas)
        let excess = deepGraph.cost(of: "f0").excess
        #expect(excess?.contains("21 niveaus") == true)
        #expect(excess?.contains("grens is 20") == true)
        #expect(Self.evaluator(deep).published("f0", area: 1, period: "2021") == .noData)
        // A component within the limit still has its value, whatever was asked first.
        #expect(Self.evaluator(deep).published("f1", area: 1, period: "2021") == .ok(1_048_576))
    }

    @Test("Cycles are named as such, also through a previous period", arguments: ["a", "b", "self", "later"])
    func cycles(code: String) {
        var graph = Self.graph([
            ("a", "b + 1"), ("b", "a + 1"), ("self", #"data_from_period(self,"-1") + 1"#), ("later", "a * 2"),
        ])
        let cost = graph.cost(of: code)
        #expect(cost.isCycle)
        #expect(cost.excess?.contains("kringverwijzing") == true)
    }

    @Test("More than a thousand distinct components are refused")
    func componentLimit() {
        let terms = (1...FormulaCost.maximumComponents).map { #"data_from_period(x,"-\#($0)")"# }
        var graph = Self.graph([("x", nil), ("wide", terms.joined(separator: "+"))])
        let cost = graph.cost(of: "wide")
        #expect(cost.components == FormulaCost.maximumComponents + 1)
        #expect(cost.excess?.contains("meer dan 1000 verschillende componenten") == true)
        var within = Self.graph([("x", nil), ("wide", terms.dropLast().joined(separator: "+"))])
        #expect(within.cost(of: "wide").excess == nil)
    }

    @Test("More than ten thousand steps per cell are refused, even with few components")
    func stepLimit() {
        var graph = Self.graph([("x", nil), ("long", Array(repeating: "x", count: FormulaCost.maximumSteps).joined(separator: "+"))])
        let cost = graph.cost(of: "long")
        #expect(cost.components == 2)
        #expect(cost.steps == FormulaCost.maximumSteps + 1)
        #expect(cost.excess?.contains("grens is 10000") == true)
    }

    @Test("A chain of a hundred thousand formulas is measured without recursion")
    func longChain() {
        var definitions: [(String, String?)] = [("c0", nil)]
        for index in 1...100_000 { definitions.append(("c\(index)", "c\(index - 1) + 1")) }
        var graph = Self.graph(definitions)
        #expect(graph.depth(of: "c100000") == 100_000)
        #expect(graph.cost(of: "c100000").excess != nil)
    }

    // MARK: - Budget per request

    @Test("Past its budget the evaluator stops computing and says so")
    func budget() {
        let chain = Self.chain(depth: 6, fanOut: 10)
        let generous = Self.evaluator(chain, budget: 66)
        #expect(generous.published("f0", area: 1, period: "2021") == .ok(1_000_000))
        #expect(!generous.exceededBudget)

        let tight = Self.evaluator(chain, budget: 65)
        #expect(tight.published("f0", area: 1, period: "2021") == .noData)
        #expect(tight.exceededBudget)
        // Nothing more is computed once the budget is gone.
        let work = tight.work
        #expect(tight.published("f0", area: 2, period: "2021") == .noData)
        #expect(tight.work == work)
    }

    @Test("The budget also bounds formulas imported before the limits, over many cells")
    func budgetWithoutImportCheck() {
        // Three links of 5000 terms each: refused on import today, but perhaps already in a database.
        var indicators: [String: Indicator] = ["s": Indicator(code: "s", name: "stored")]
        var formulas: [String: Formula] = [:]
        for (code, component) in [("g0", "g1"), ("g1", "g2"), ("g2", "s")] {
            let source = Array(repeating: component, count: 5_000).joined(separator: "+")
            indicators[code] = Indicator(code: code, name: code, formula: source)
            formulas[code] = try! Formula(source)
        }
        var graph = FormulaGraph(indicators: indicators, formulas: formulas)
        #expect(graph.cost(of: "g0").excess != nil)
        var values: IndicatorEvaluator.Values = [:]
        for area in 1...100 { values[ObservationKey(area: area, period: "2021")] = .number(1) }
        let evaluator = IndicatorEvaluator(indicators: indicators, formulas: formulas, stored: ["s": values],
                                           workBudget: 100_000)
        for area in 1...100 { _ = evaluator.published("g0", area: area, period: "2021") }
        #expect(evaluator.exceededBudget)
        #expect(evaluator.work <= 100_001)
    }
}
