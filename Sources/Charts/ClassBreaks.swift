/// The classes of a choropleth map: `bounds` in ascending order, one more than there are classes.
///
/// Class `i` holds values from `bounds[i]` up to but not including `bounds[i + 1]`; the last class
/// also holds the maximum. So a value exactly on an inner bound belongs to the class above it, and
/// the legend "10 – 20" means 10 ≤ x < 20. The same rule is used for counting and for colouring,
/// so the legend's counts always match the map.
public struct ClassBreaks: Sendable, Hashable {
    public let method: Classification
    /// Ascending; `bounds.first` is the minimum and `bounds.last` the maximum of the classified values.
    /// Empty when there was nothing to classify.
    public let bounds: [Double]
    /// How many of the classified values fall in each class.
    public let counts: [Int]
    /// The smallest and largest classified value in each class (nil for an empty class). For Jenks these
    /// are the classic "breaks" (the upper ends of the natural groups), while `bounds` holds where the
    /// next class starts.
    public let valueRanges: [ClosedRange<Double>?]

    /// Breaks over `values` (NaN and infinities ignored) with the given bounds, for callers that fix
    /// the bounds themselves, e.g. to keep the same classes across years.
    public init(method: Classification, bounds: [Double], values: [Double]) {
        let ordered = bounds.filter(\.isFinite).sorted()
        self.method = method
        self.bounds = ordered.count >= 2 ? ordered : []
        let classCount = max(self.bounds.count - 1, 0)
        var counts = Array(repeating: 0, count: classCount)
        var ranges: [ClosedRange<Double>?] = Array(repeating: nil, count: classCount)
        if classCount > 0 {
            for value in values where value.isFinite {
                let index = Self.classIndex(of: value, in: self.bounds)
                counts[index] += 1
                if let range = ranges[index] {
                    ranges[index] = min(range.lowerBound, value)...max(range.upperBound, value)
                } else {
                    ranges[index] = value...value
                }
            }
        }
        self.counts = counts
        self.valueRanges = ranges
    }

    public var classCount: Int { counts.count }

    /// The 0-based class of `value`. Values on an inner bound go to the upper class; values below the
    /// minimum go to the first class and values above the maximum to the last (bounds computed from one
    /// year may be reused for another). Returns 0 when there are no classes or the value is NaN;
    /// callers colour such areas as "no data" instead.
    public func classIndex(of value: Double) -> Int {
        Self.classIndex(of: value, in: bounds)
    }

    private static func classIndex(of value: Double, in bounds: [Double]) -> Int {
        guard bounds.count > 2 else { return 0 }
        // At most 8 inner bounds: a linear scan beats a binary search at this size.
        var index = 0
        for inner in bounds[1..<(bounds.count - 1)] {
            if value >= inner { index += 1 } else { break }
        }
        return index
    }
}

/// Computes class breaks for a choropleth map.
public enum Classifier {
    /// Breaks for `values` by `method`.
    ///
    /// Robust by design, because indicators are often sparse: NaN and infinite values are ignored;
    /// `classes` is clamped to 2...9 (what a palette can show) and then to the number of distinct values;
    /// no values gives no classes; a single distinct value gives one class with equal bounds.
    /// Inner bounds that would leave the class below them empty (at or under the minimum, or repeating
    /// the previous bound) are dropped, as are bounds beyond the maximum, so there can be fewer classes
    /// than asked for.
    public static func breaks(_ values: [Double], method: Classification, classes: Int) -> ClassBreaks {
        let sorted = values.filter(\.isFinite).sorted()
        guard let minimum = sorted.first, let maximum = sorted.last else {
            return ClassBreaks(method: method, bounds: [], values: [])
        }
        let distinct = distinctCount(ofSorted: sorted)
        let classCount = min(min(max(classes, 2), 9), distinct)
        guard classCount >= 2 else {
            return ClassBreaks(method: method, bounds: [minimum, maximum], values: sorted)
        }

        let inner: [Double]
        switch method {
        case .quantiles:
            inner = quantileBounds(sorted, classes: classCount)
        case .equalIntervals:
            // Multiplying before dividing keeps bounds like 0.6 exact for data on [0, 1].
            inner = (1..<classCount).map { minimum + (maximum - minimum) * Double($0) / Double(classCount) }
        case .swing:
            inner = swingBounds(sorted, classes: classCount)
        case .jenks:
            inner = Jenks.innerBounds(sorted: sorted, classes: classCount)
        }

        var kept: [Double] = []
        for bound in inner.sorted() where bound > minimum && bound <= maximum {
            if kept.last != bound { kept.append(bound) }
        }
        return ClassBreaks(method: method, bounds: [minimum] + kept + [maximum], values: sorted)
    }

    static func distinctCount(ofSorted sorted: [Double]) -> Int {
        guard !sorted.isEmpty else { return 0 }
        var count = 1
        for index in sorted.indices.dropFirst() where sorted[index] != sorted[index - 1] {
            count += 1
        }
        return count
    }

    /// Inner bounds at the i/k quantiles, interpolated between neighbouring values (the usual
    /// "type 7" definition, the default of R and spreadsheet PERCENTILE).
    static func quantileBounds(_ sorted: [Double], classes: Int) -> [Double] {
        let last = Double(sorted.count - 1)
        return (1..<classes).map { step in
            let position = last * Double(step) / Double(classes)
            let lower = Int(position.rounded(.down))
            let fraction = position - Double(lower)
            guard lower + 1 < sorted.count, fraction > 0 else { return sorted[lower] }
            return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower])
        }
    }

    /// Inner bounds symmetric around the mean, 2/3 standard deviation apart: for 5 classes
    /// m − SD, m − SD/3, m + SD/3, m + SD. The sample standard deviation (n − 1) is used, like
    /// spreadsheet STDEV. Bounds outside the data are dropped by the caller, so skewed data get
    /// fewer classes rather than empty ones.
    static func swingBounds(_ sorted: [Double], classes: Int) -> [Double] {
        let count = Double(sorted.count)
        let mean = sorted.reduce(0, +) / count
        let squares = sorted.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let deviation = sorted.count > 1 ? (squares / (count - 1)).squareRoot() : 0
        let step = deviation * 2 / 3
        let centre = Double(classes - 2) / 2
        return (0..<(classes - 1)).map { mean + (Double($0) - centre) * step }
    }
}
