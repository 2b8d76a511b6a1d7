import Testing
@testable import CijfersDomain

/// Values up the hierarchy of `Territory` (see AreaHierarchyTests.swift), worked out by hand.
@Suite("Aggregator")
struct AggregatorTests {
    typealias Values = [ObservationKey: ObservationValue]
    let steps = Territory.hierarchy.aggregationSteps()

    func key(_ area: Int, _ period: String = "2021") -> ObservationKey {
        ObservationKey(area: area, period: period)
    }

    /// Raw numbers (missing codes included, as stored) per area for one period.
    func values(_ raw: [Int: Double], period: String = "2021") -> Values {
        Dictionary(uniqueKeysWithValues: raw.map { (key($0.key, period), ObservationValue(raw: $0.value)) })
    }

    func sum(_ loaded: Values) -> Values {
        Aggregator.aggregate(rule: .sum, loaded: loaded, steps: steps)
    }

    /// S1..S5 = 10, 20, 5, 7, 1.
    var statsecCounts: Values { values([1: 10, 2: 20, 3: 5, 4: 7, 5: 1]) }

    // MARK: - Sums

    @Test("Counts are summed statsec → wijk → gemeente → provincie, and into the group level")
    func multiStepSum() {
        let result = sum(statsecCounts)
        #expect(result[key(Territory.w1)] == .number(30))
        #expect(result[key(Territory.w2)] == .number(5))
        #expect(result[key(Territory.w3)] == .number(8))
        #expect(result[key(Territory.g1)] == .number(35))
        #expect(result[key(Territory.g2)] == .number(8))
        #expect(result[key(Territory.province)] == .number(43))
        #expect(result[key(Territory.centrumsteden)] == .number(35))
        #expect(result.count == 7)
    }

    @Test("Only computed values are returned, never the loaded ones")
    func loadedNotReturned() {
        let result = sum(statsecCounts)
        for area in [1, 2, 3, 4, 5] { #expect(result[key(area)] == nil) }
    }

    @Test("A value loaded for a wijk overrides the computed one and is what counts further up")
    func loadedParentOverrides() {
        var loaded = statsecCounts
        loaded[key(Territory.w1)] = .number(100)
        let result = sum(loaded)
        #expect(result[key(Territory.w1)] == nil)
        #expect(result[key(Territory.w2)] == .number(5))
        #expect(result[key(Territory.g1)] == .number(105))
        #expect(result[key(Territory.province)] == .number(113))
        #expect(result[key(Territory.centrumsteden)] == .number(105))
    }

    @Test("A value loaded for a gemeente without any statsec data still reaches the provincie and the group")
    func loadedOnlyAtIntermediateLevel() {
        let result = sum(values([Territory.g1: 50, Territory.g2: 25]))
        #expect(result == [key(Territory.province): .number(75), key(Territory.centrumsteden): .number(50)])
    }

    @Test("An empty value (−99996) adds nothing to a sum")
    func emptyIgnored() {
        var loaded = statsecCounts
        loaded[key(Territory.s2)] = ObservationValue(raw: -99996)
        let result = sum(loaded)
        #expect(result[key(Territory.w1)] == .number(10))
        #expect(result[key(Territory.g1)] == .number(15))
        #expect(result[key(Territory.province)] == .number(23))
    }

    @Test("Not applicable (−99998) adds nothing to a sum")
    func notApplicableIgnored() {
        var loaded = statsecCounts
        loaded[key(Territory.s4)] = ObservationValue(raw: -99998)
        #expect(sum(loaded)[key(Territory.g2)] == .number(1))
    }

    @Test("No answer (−99999) makes every total that includes it unknown")
    func noAnswerBreaks() {
        var loaded = statsecCounts
        loaded[key(Territory.s2)] = ObservationValue(raw: -99999)
        let result = sum(loaded)
        #expect(result[key(Territory.w1)] == .missing(.noAnswer))
        #expect(result[key(Territory.g1)] == .missing(.noAnswer))
        #expect(result[key(Territory.province)] == .missing(.noAnswer))
        #expect(result[key(Territory.centrumsteden)] == .missing(.noAnswer))
        // The other branch is untouched.
        #expect(result[key(Territory.w2)] == .number(5))
        #expect(result[key(Territory.g2)] == .number(8))
    }

    @Test("Suppressed by the source (−99997) breaks a sum and wins over no answer")
    func sourceSuppressedBreaks() {
        var loaded = statsecCounts
        loaded[key(Territory.s1)] = ObservationValue(raw: -99999)
        loaded[key(Territory.s2)] = ObservationValue(raw: -99997)
        #expect(sum(loaded)[key(Territory.w1)] == .missing(.sourceSuppressed))
        loaded[key(Territory.s1)] = ObservationValue(raw: -99997)
        loaded[key(Territory.s2)] = ObservationValue(raw: -99999)
        #expect(sum(loaded)[key(Territory.w1)] == .missing(.sourceSuppressed))
    }

    @Test("A loaded number for the parent hides a breaking code among its children")
    func loadedParentHidesBrokenChild() {
        var loaded = statsecCounts
        loaded[key(Territory.s2)] = ObservationValue(raw: -99999)
        loaded[key(Territory.w1)] = .number(40)
        let result = sum(loaded)
        #expect(result[key(Territory.g1)] == .number(45))
        #expect(result[key(Territory.province)] == .number(53))
    }

    @Test("Children that are all empty or not applicable give that code, not zero")
    func allMissingChildren() {
        let empty = sum(values([1: -99996, 2: -99998]))
        #expect(empty[key(Territory.w1)] == .missing(.empty))
        #expect(empty[key(Territory.g1)] == .missing(.empty))
        let notApplicable = sum(values([1: -99998, 2: -99998]))
        #expect(notApplicable[key(Territory.w1)] == .missing(.notApplicable))
        #expect(notApplicable[key(Territory.province)] == .missing(.notApplicable))
    }

    @Test("Periods are aggregated independently")
    func periodsIndependent() {
        var loaded = values([1: 1, 2: 2], period: "2020")
        loaded.merge(values([1: 10, 3: 30], period: "2021")) { $1 }
        let result = sum(loaded)
        #expect(result[key(Territory.w1, "2020")] == .number(3))
        #expect(result[key(Territory.w2, "2020")] == nil)
        #expect(result[key(Territory.g1, "2020")] == .number(3))
        #expect(result[key(Territory.w1, "2021")] == .number(10))
        #expect(result[key(Territory.g1, "2021")] == .number(40))
    }

    @Test("Labels and text are not aggregated")
    func noneRule() {
        #expect(Aggregator.aggregate(rule: .none, loaded: statsecCounts, steps: steps).isEmpty)
        #expect(IndicatorDataType.label.aggregation == .none)
        #expect(IndicatorDataType.text.aggregation == .none)
    }

    @Test("Nothing loaded, nothing computed")
    func nothingLoaded() {
        #expect(sum([:]).isEmpty)
        #expect(Aggregator.aggregate(rule: .sum, loaded: statsecCounts, steps: []).isEmpty)
    }

    // MARK: - Weighted means

    @Test("A ratio is Σ value × weight / Σ weight, all the way up")
    func weightedMean() throws {
        // Shares in % with the population as weight.
        let loaded = values([1: 50, 2: 20, 3: 40, 4: 10, 5: 30])
        let population = values([1: 10, 2: 30, 3: 20, 4: 1, 5: 3])
        // The weights of the levels above are aggregated sums, as the caller supplies them.
        var weights = population
        weights.merge(sum(population)) { $1 }
        let result = Aggregator.aggregate(rule: .weightedMean, loaded: loaded, weights: weights, steps: steps)
        // W1 = (50·10 + 20·30) / 40 = 1100 / 40 = 27.5
        #expect(result[key(Territory.w1)] == .number(27.5))
        #expect(result[key(Territory.w2)] == .number(40))
        // W3 = (10·1 + 30·3) / 4 = 25
        #expect(result[key(Territory.w3)] == .number(25))
        // G1 = (27.5·40 + 40·20) / 60 = 1900 / 60
        #expect(result[key(Territory.g1)] == .number(1900.0 / 60.0))
        // P = (1900/60·60 + 25·4) / 64 = 2000 / 64 = 31.25: the same as weighting the statsecs directly.
        let province = try #require(result[key(Territory.province)]?.number)
        #expect(abs(province - 31.25) < 1e-9)
    }

    @Test("A child without a weight is left out of the mean")
    func missingWeight() {
        let loaded = values([1: 50, 2: 20, 3: 40])
        let weights = values([1: 10, 2: 30])
        let result = Aggregator.aggregate(rule: .weightedMean, loaded: loaded, weights: weights, steps: steps)
        #expect(result[key(Territory.w1)] == .number(27.5))
        // S3 is W2's only child and has no weight: nothing can be said.
        #expect(result[key(Territory.w2)] == .missing(.empty))
    }

    @Test("An empty weight is left out, a weight nobody answered breaks the mean")
    func missingCodeWeights() {
        let loaded = values([1: 50, 2: 20])
        let emptyWeight = Aggregator.aggregate(
            rule: .weightedMean, loaded: loaded, weights: values([1: 10, 2: -99996]), steps: steps)
        #expect(emptyWeight[key(Territory.w1)] == .number(50))
        let noAnswer = Aggregator.aggregate(
            rule: .weightedMean, loaded: loaded, weights: values([1: 10, 2: -99999]), steps: steps)
        #expect(noAnswer[key(Territory.w1)] == .missing(.noAnswer))
    }

    @Test("Weights summing to zero give not applicable instead of dividing by zero")
    func zeroWeights() {
        let result = Aggregator.aggregate(
            rule: .weightedMean, loaded: values([1: 50, 2: 20]), weights: values([1: 0, 2: 0]), steps: steps)
        #expect(result[key(Territory.w1)] == .missing(.notApplicable))
    }

    @Test("Missing codes in the values of a mean behave as in a sum")
    func missingValuesInMean() {
        let weights = values([1: 10, 2: 30])
        let empty = Aggregator.aggregate(
            rule: .weightedMean, loaded: values([1: 50, 2: -99996]), weights: weights, steps: steps)
        #expect(empty[key(Territory.w1)] == .number(50))
        let suppressed = Aggregator.aggregate(
            rule: .weightedMean, loaded: values([1: 50, 2: -99997]), weights: weights, steps: steps)
        #expect(suppressed[key(Territory.w1)] == .missing(.sourceSuppressed))
    }

    @Test("Percentages and means are weighted, numbers are summed")
    func rulesPerDataType() {
        #expect(IndicatorDataType.numeric.aggregation == .sum)
        #expect(IndicatorDataType.percentageSum.aggregation == .weightedMean)
        #expect(IndicatorDataType.percentageMean.aggregation == .weightedMean)
        #expect(IndicatorDataType.mean.aggregation == .weightedMean)
        #expect(IndicatorDataType(swing: "Percentage (mean)") == .percentageMean)
        #expect(IndicatorDataType(swing: " numeric ") == .numeric)
        #expect(IndicatorDataType(swing: "") == .numeric)
        #expect(IndicatorDataType(swing: "Percentage(Sum)") == .percentageSum)
        #expect(IndicatorDataType(swing: "Pending") == .other("Pending"))
        #expect(IndicatorDataType.other("Pending").swingName == "Pending")
    }
}
