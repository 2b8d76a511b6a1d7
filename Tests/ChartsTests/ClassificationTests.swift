import Testing

@testable import Charts

@Suite struct ClassificationTests {
    func expectBounds(_ breaks: ClassBreaks, _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(breaks.bounds.count == expected.count, "bounds \(breaks.bounds)", sourceLocation: sourceLocation)
        for (actual, wanted) in zip(breaks.bounds, expected) {
            #expect(abs(actual - wanted) < 1e-4, "bounds \(breaks.bounds)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Quantiles

    @Test func quantilesOnOneToTen() {
        let breaks = Classifier.breaks((1...10).map(Double.init), method: .quantiles, classes: 5)
        // Positions 9 × i/5 = 1.8, 3.6, 5.4, 7.2, interpolated between neighbours.
        expectBounds(breaks, [1, 2.8, 4.6, 6.4, 8.2, 10])
        #expect(breaks.counts == [2, 2, 2, 2, 2])
        #expect(breaks.method == .quantiles)
    }

    @Test func quantilesCannotSplitTies() {
        // The median is the minimum: a class below it would be empty, so there is one class only.
        let low = Classifier.breaks([1, 1, 1, 1, 5], method: .quantiles, classes: 2)
        #expect(low.bounds == [1, 5])
        #expect(low.counts == [5])
        // The median is the maximum: the top class holds exactly the tied maximum.
        let high = Classifier.breaks([1, 5, 5, 5, 5], method: .quantiles, classes: 2)
        #expect(high.bounds == [1, 5, 5])
        #expect(high.counts == [1, 4])
    }

    // MARK: Equal intervals

    @Test func equalIntervalsOnZeroToTen() {
        let breaks = Classifier.breaks((0...10).map(Double.init), method: .equalIntervals, classes: 5)
        #expect(breaks.bounds == [0, 2, 4, 6, 8, 10])
        // 10 is the maximum and joins the last class; 2, 4, 6, 8 go up.
        #expect(breaks.counts == [2, 2, 2, 2, 3])
    }

    @Test func equalIntervalsKeepEmptyClasses() {
        let breaks = Classifier.breaks([0, 1, 2, 3, 10], method: .equalIntervals, classes: 5)
        #expect(breaks.bounds == [0, 2, 4, 6, 8, 10])
        #expect(breaks.counts == [2, 2, 0, 0, 1])
    }

    @Test func classesAreLimitedToDistinctValues() {
        // Four distinct values allow four classes at most, whatever was asked.
        let breaks = Classifier.breaks([0, 1, 2, 10], method: .equalIntervals, classes: 5)
        #expect(breaks.bounds == [0, 2.5, 5, 7.5, 10])
        #expect(breaks.counts == [3, 0, 0, 1])
    }

    @Test func equalIntervalBoundsAreExactOnDecimals() {
        // 0 + 1 × 3 / 5 is exactly 0.6, so the value 0.6 lands in the class that starts there.
        let breaks = Classifier.breaks([0, 0.2, 0.4, 0.6, 0.8, 1], method: .equalIntervals, classes: 5)
        #expect(breaks.bounds[3] == 0.6)
        #expect(breaks.classIndex(of: 0.6) == 3)
    }

    // MARK: Swing (mean and standard deviation)

    @Test func swingOnOneToNine() {
        // Mean 5, sample SD √(60/8) = 2.7386; bounds m − SD, m − SD/3, m + SD/3, m + SD.
        let breaks = Classifier.breaks((1...9).map(Double.init), method: .swing, classes: 5)
        expectBounds(breaks, [1, 2.2614, 4.0871, 5.9129, 7.7386, 9])
        #expect(breaks.counts == [2, 2, 1, 2, 2])
    }

    @Test func swingWithThreeClassesUsesAThirdOfASDAroundTheMean() {
        // Three distinct values allow three classes; mean 5, SD 3: bounds m − SD/3 and m + SD/3.
        let breaks = Classifier.breaks([2, 5, 8], method: .swing, classes: 5)
        #expect(breaks.bounds == [2, 4, 6, 8])
        #expect(breaks.counts == [1, 1, 1])
    }

    @Test func swingOnSkewedDataDropsBoundsBelowTheMinimum() {
        // Mean 22, sample SD √(7610/4) = 43.6177: m − SD = −21.6 lies below the minimum and is dropped;
        // the classes above the mean stay, empty ones included, because their bounds mean something.
        let breaks = Classifier.breaks([1, 2, 3, 4, 100], method: .swing, classes: 5)
        #expect(breaks.classCount == 4)
        expectBounds(breaks, [1, 7.46078, 36.53922, 65.61766, 100])
        #expect(breaks.counts == [4, 0, 0, 1])
    }

    // MARK: Jenks

    @Test func jenksFindsTheThreeGroups() {
        let breaks = Classifier.breaks([1, 2, 3, 10, 11, 12, 20, 21, 22], method: .jenks, classes: 3)
        // Classic Jenks breaks are the upper ends of the groups, 3 and 12; the bounds are where the next
        // classes start, because a value on an inner bound belongs to the class above.
        #expect(breaks.valueRanges.map { $0?.upperBound } == [3, 12, 22])
        #expect(breaks.bounds == [1, 10, 20, 22])
        #expect(breaks.counts == [3, 3, 3])
        #expect(breaks.classIndex(of: 3) == 0)
        #expect(breaks.classIndex(of: 10) == 1)
    }

    @Test func jenksWithTwoClassesPicksTheLeastSquaredDeviation() {
        // {1…12}|{20…22} costs 125.5 + 2; {1,2,3}|{10…22} costs 2 + 154.
        let breaks = Classifier.breaks([1, 2, 3, 10, 11, 12, 20, 21, 22], method: .jenks, classes: 2)
        #expect(breaks.bounds == [1, 20, 22])
        #expect(breaks.valueRanges.map { $0?.upperBound } == [12, 22])
    }

    @Test func jenksKeepsTiesTogether() {
        let breaks = Classifier.breaks([5, 5, 5, 5, 6, 50, 50, 51], method: .jenks, classes: 2)
        #expect(breaks.bounds == [5, 50, 51])
        #expect(breaks.counts == [5, 3])
    }

    @Test func fastJenksMatchesExhaustiveSearch() {
        // Deterministic pseudo-random data with clusters and ties.
        var state: UInt64 = 0x5EED
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 40) / Double(1 << 24)
        }
        for trial in 0..<20 {
            let count = 40 + trial * 7
            let values = (0..<count).map { _ in
                (next() * 100).rounded() / (trial % 2 == 0 ? 1 : 7) + Double(Int(next() * 3)) * 200
            }
            .sorted()
            for classes in 2...7 {
                let k = min(classes, Classifier.distinctCount(ofSorted: values))
                let fast = Jenks.innerBounds(sorted: values, classes: k)
                let slow = Jenks.innerBounds(sorted: values, classes: k, exhaustive: true)
                #expect(abs(totalCost(values, fast) - totalCost(values, slow)) < 1e-6, "trial \(trial) k \(k)")
            }
        }
    }

    /// Sum of squared deviations within the classes that start at `inner`.
    func totalCost(_ sorted: [Double], _ inner: [Double]) -> Double {
        var groups = Array(repeating: [Double](), count: inner.count + 1)
        for value in sorted {
            groups[inner.filter { value >= $0 }.count].append(value)
        }
        return groups.reduce(0) { total, group in
            guard !group.isEmpty else { return total }
            let mean = group.reduce(0, +) / Double(group.count)
            return total + group.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        }
    }

    // MARK: classIndex

    @Test func classIndexEdgeCases() {
        let breaks = ClassBreaks(method: .equalIntervals, bounds: [0, 10, 20, 30], values: [0, 5, 10, 30])
        #expect(breaks.classIndex(of: -5) == 0)  // below the minimum: first class
        #expect(breaks.classIndex(of: 0) == 0)
        #expect(breaks.classIndex(of: 9.999) == 0)
        #expect(breaks.classIndex(of: 10) == 1)  // on an inner bound: the upper class
        #expect(breaks.classIndex(of: 20) == 2)
        #expect(breaks.classIndex(of: 30) == 2)  // the maximum: last class
        #expect(breaks.classIndex(of: 31) == 2)  // above the maximum: last class
        #expect(breaks.classIndex(of: .nan) == 0)
        #expect(breaks.counts == [2, 1, 1])
        #expect(breaks.classCount == 3)
    }

    @Test func fixedBoundsAreSortedAndCounted() {
        let breaks = ClassBreaks(method: .quantiles, bounds: [30, 0, .nan, 10], values: [1, 15, 25, .nan])
        #expect(breaks.bounds == [0, 10, 30])
        #expect(breaks.counts == [1, 2])
        #expect(breaks.valueRanges == [1...1, 15...25])
    }

    // MARK: Degenerate inputs

    @Test(arguments: Classification.allCases)
    func degenerateInputs(method: Classification) {
        let empty = Classifier.breaks([], method: method, classes: 5)
        #expect(empty.bounds.isEmpty)
        #expect(empty.counts.isEmpty)
        #expect(empty.classCount == 0)
        #expect(empty.classIndex(of: 3) == 0)

        let single = Classifier.breaks([7], method: method, classes: 5)
        #expect(single.bounds == [7, 7])
        #expect(single.counts == [1])

        let equal = Classifier.breaks([3, 3, 3], method: method, classes: 5)
        #expect(equal.bounds == [3, 3])
        #expect(equal.counts == [3])
        #expect(equal.classIndex(of: 3) == 0)

        let onlyNaN = Classifier.breaks([.nan, .infinity, -.infinity], method: method, classes: 5)
        #expect(onlyNaN.classCount == 0)

        // NaN and infinities are ignored, not counted.
        let mixed = Classifier.breaks([.nan, 1, 2, .infinity, 3], method: method, classes: 2)
        #expect(mixed.bounds.first == 1)
        #expect(mixed.bounds.last == 3)
        #expect(mixed.counts.reduce(0, +) == 3)
    }

    @Test(arguments: Classification.allCases)
    func classCountIsClamped(method: Classification) {
        let many = (1...50).map(Double.init)
        #expect(Classifier.breaks(many, method: method, classes: 1).classCount == 2)
        #expect(Classifier.breaks(many, method: method, classes: 0).classCount == 2)
        #expect(Classifier.breaks(many, method: method, classes: 20).classCount <= 9)
        // Never more classes than distinct values.
        #expect(Classifier.breaks([1, 2, 2, 3], method: method, classes: 5).classCount <= 3)
        #expect(Classifier.breaks([4, 9], method: method, classes: 5).classCount <= 2)
    }

    @Test func equalIntervalsGiveNineClassesWhenAskedForMore() {
        let breaks = Classifier.breaks((1...50).map(Double.init), method: .equalIntervals, classes: 20)
        #expect(breaks.classCount == 9)
        #expect(breaks.counts.reduce(0, +) == 50)
    }

    @Test(arguments: Classification.allCases)
    func countsAddUpAndBoundsAscend(method: Classification) {
        let values = (0..<500).map { Double(($0 * 7919) % 503) / 3 }
        let breaks = Classifier.breaks(values, method: method, classes: 7)
        #expect(breaks.counts.reduce(0, +) == 500)
        #expect(breaks.bounds == breaks.bounds.sorted())
        #expect(breaks.bounds.count == breaks.classCount + 1)
        #expect(breaks.bounds.first == values.min())
        #expect(breaks.bounds.last == values.max())
        for value in values {
            let index = breaks.classIndex(of: value)
            #expect((0..<breaks.classCount).contains(index))
        }
    }
}
