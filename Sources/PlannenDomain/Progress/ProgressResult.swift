/// The progress of one item and how it came about, so a page can show the calculation.
public struct ProgressResult: Sendable, Hashable, Codable {
    /// Where the value comes from.
    public enum Source: Sendable, Hashable, Codable {
        /// A leaf's reported progress.
        case reported
        /// The default progress of the item's status (the status code).
        case statusDefault(String)
        /// The weighted average of the children.
        case children
        /// A progress set by hand on a parent, which wins over the children.
        case override
        /// Nothing is known.
        case unknown
    }

    public let code: String
    /// 0…100, nil when unknown.
    public let value: Double?
    public let source: Source
    /// The children, in code order, counted or not; empty for a leaf.
    public let terms: [ProgressTerm]
    /// The weighted average of the counted children, also when an override wins.
    public let calculated: Double?
    /// The calculation in words, e.g. "(40 × 1 + 80 × 2) ÷ 3 = 66,7 %".
    public let explanation: PlanText
    /// False when the item itself does not count in its parent (its status is stopgezet).
    public let countsInParent: Bool

    public init(code: String, value: Double?, source: Source, terms: [ProgressTerm], calculated: Double?,
                explanation: PlanText, countsInParent: Bool) {
        self.code = code
        self.value = value
        self.source = source
        self.terms = terms
        self.calculated = calculated
        self.explanation = explanation
        self.countsInParent = countsInParent
    }

    public var isOverride: Bool { source == .override }
}
