/// Swing's codes for a value that is not there, stored in place of the value.
/// They differ in whether they break a sum: an empty cell adds nothing, but a figure the source withheld
/// or never received makes any total that includes it unknown.
public enum MissingCode: Int, Sendable, CaseIterable, Codable {
    case empty = -99996
    case sourceSuppressed = -99997
    case notApplicable = -99998
    case noAnswer = -99999

    public var breaksSums: Bool {
        switch self {
        case .sourceSuppressed, .noAnswer: true
        case .empty, .notApplicable: false
        }
    }

    /// A stable word for APIs and exports.
    public var status: String {
        switch self {
        case .empty: "empty"
        case .sourceSuppressed: "source_suppressed"
        case .notApplicable: "not_applicable"
        case .noAnswer: "no_answer"
        }
    }
}
