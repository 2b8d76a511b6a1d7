/// A value as it may leave the server: a number, or nothing with the reason why.
/// Every route (API, exports, pages) publishes through this type, so a suppressed figure has no way out.
public struct PublishedValue: Sendable, Hashable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case ok
        /// Hidden by our privacy rule: the base is below the indicator's threshold.
        case suppressed
        case empty
        case sourceSuppressed = "source_suppressed"
        case notApplicable = "not_applicable"
        case noAnswer = "no_answer"
        /// No observation at all, or a formula that cannot be computed.
        case noData = "no_data"
    }

    public let value: Double?
    public let status: Status

    public static func ok(_ value: Double) -> PublishedValue { PublishedValue(value: value, status: .ok) }
    public static let suppressed = PublishedValue(value: nil, status: .suppressed)
    public static let noData = PublishedValue(value: nil, status: .noData)

    public static func missing(_ code: MissingCode) -> PublishedValue {
        switch code {
        case .empty: PublishedValue(value: nil, status: .empty)
        case .sourceSuppressed: PublishedValue(value: nil, status: .sourceSuppressed)
        case .notApplicable: PublishedValue(value: nil, status: .notApplicable)
        case .noAnswer: PublishedValue(value: nil, status: .noAnswer)
        }
    }

    private init(value: Double?, status: Status) {
        self.value = value
        self.status = status
    }

    /// The mark a table shows instead of a number ('x' for suppressed, as the statistical offices do).
    public var mark: String {
        switch status {
        case .ok: ""
        case .suppressed, .sourceSuppressed: "x"
        case .notApplicable: "."
        case .empty, .noAnswer, .noData: "-"
        }
    }
}
