import Testing
@testable import CijfersDomain

@Suite("Index series and own-group summaries")
struct ComparisonTests {
    @Test func theFirstYearWithAValueIs100() {
        // setup: the first year is missing (suppressed), so the base is 2020; 2022 is a gap
        let points: [(period: String, value: Double?)] = [("2019", nil), ("2020", 200), ("2021", 250), ("2022", nil), ("2023", 150)]
        // act
        let result = IndexSeries.indexed(points)
        // check
        #expect(result.basePeriod == "2020")
        #expect(result.problem == nil)
        #expect(result.values == ["2020": 100, "2021": 125, "2023": 75])
    }

    @Test func aZeroOrMissingBaseIsSaidNotGuessed() {
        let zero = IndexSeries.indexed([("2020", 0), ("2021", 10)])
        #expect(zero.problem == .zeroBase(period: "2020"))
        #expect(zero.values.isEmpty)
        #expect(zero.basePeriod == nil)
        let empty = IndexSeries.indexed([("2020", nil), ("2021", .nan)])
        #expect(empty.problem == .noValue)
        #expect(empty.values.isEmpty)
    }

    @Test func negativeValuesKeepTheirSign() {
        let result = IndexSeries.indexed([("2020", -4), ("2021", -2)], base: 100)
        #expect(result.values == ["2020": 100, "2021": 50])
    }

    @Test func aGroupSaysWhatItsFiguresAreAndHowManyCounted() {
        let summary = GroupSummary([10, nil, 30, 20, .infinity])
        #expect(summary.count == 3)
        #expect(summary.missing == 2)
        #expect(summary.sum == 60)
        #expect(summary.mean == 20)
        #expect(summary.median == 20)
        #expect(GroupSummary([1, 2, 3, 10]).median == 2.5)
        let none = GroupSummary([nil])
        #expect(none.sum == nil && none.mean == nil && none.median == nil && none.missing == 1)
    }
}
