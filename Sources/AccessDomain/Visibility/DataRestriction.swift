import Foundation

/// Part of the data reserved for the members of an access group, as in Swing: a whole indicator
/// (`level == nil`) or one area level of it (e.g. its values per statistical sector).
public struct DataRestriction: Sendable, Hashable, Codable {
    public let group: Int
    public let indicator: String
    public let level: String?

    public init(group: Int, indicator: String, level: String? = nil) {
        self.group = group
        self.indicator = indicator
        self.level = level
    }
}

extension DataRestriction {
    /// As people write it in the admin form and read it in the audit trail: `indicator`, or `indicator@level`.
    public var text: String { level.map { "\(indicator)@\($0)" } ?? indicator }

    /// Reads one line of that form; nil for an empty line.
    public static func parse(_ line: some StringProtocol) -> (indicator: String, level: String?)? {
        let parts = line.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let indicator = parts.first, !indicator.isEmpty else { return nil }
        let level = parts.count == 2 && !parts[1].isEmpty ? parts[1] : nil
        return (indicator, level)
    }
}
