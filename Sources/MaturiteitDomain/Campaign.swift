/// One measurement: a model version answered by a set of organisations at a moment (e.g. najaar 2024).
/// While open, organisations fill in their self-evaluation; once published, everyone sees the results.
public struct Campaign: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable, Codable {
        case open
        case closed

        public var label: String { self == .open ? "open" : "afgesloten" }
    }

    public let code: String
    public let name: String
    public let moment: String
    public let status: Status
    public let published: Bool

    public init(code: String, name: String, moment: String, status: Status, published: Bool) {
        self.code = code
        self.name = name
        self.moment = moment
        self.status = status
        self.published = published
    }

    /// Campaign codes travel in URLs and file names: lower-case letters, digits and dashes.
    public static func codeProblem(_ code: String) -> String? {
        guard (2...40).contains(code.count) else { return "een code telt 2 tot 40 tekens" }
        let allowed = code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed, code.first != "-", code.last != "-" else {
            return "een code bestaat uit kleine letters, cijfers en streepjes (bv. klimaat-2026)"
        }
        return nil
    }
}
