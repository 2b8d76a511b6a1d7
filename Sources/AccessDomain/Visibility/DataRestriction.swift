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
