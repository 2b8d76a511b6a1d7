/// The values of one indicator as a flat table: one row per area slot, one column per period slot, Swing's raw
/// value (missing codes included) or NaN for 'no value'. Aggregating ten million values through dictionaries
/// keyed by area and period string spent most of its time hashing; slots make every look-up an array index.
public struct ValueGrid: Sendable, Equatable {
    public let areaCount: Int
    public let periodCount: Int
    public var raw: [Double]

    public init(areaCount: Int, periodCount: Int) {
        self.areaCount = areaCount
        self.periodCount = periodCount
        raw = [Double](repeating: .nan, count: areaCount * periodCount)
    }

    public subscript(area: Int, period: Int) -> ObservationValue? {
        get {
            let value = raw[area * periodCount + period]
            return value.isNaN ? nil : ObservationValue(raw: value)
        }
        set { raw[area * periodCount + period] = newValue?.raw ?? .nan }
    }

    /// Slots holding a value.
    public var count: Int { raw.reduce(0) { $1.isNaN ? $0 : $0 + 1 } }
}

/// One aggregation step with areas as grid slots: each child slot and its parent's slot, in a fixed order
/// (the order children are added in, so a total comes out the same bit for bit on every run).
public struct GridStep: Sendable {
    public var children: [Int32] = []
    public var parents: [Int32] = []

    public init() {}

    /// The step with the areas of `step` mapped to slots; areas without a slot are left out.
    public init(_ step: AggregationStep, slot: (Int) -> Int?) {
        for (child, parent) in step.parentOf.sorted(by: { $0.key < $1.key }) {
            guard let c = slot(child), let p = slot(parent) else { continue }
            children.append(Int32(c))
            parents.append(Int32(p))
        }
    }
}
