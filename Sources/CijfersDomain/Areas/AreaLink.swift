/// One row of an aggregation table: the child area belongs to the parent area.
public struct AreaLink: Sendable, Hashable, Codable {
    public var childLevel: String
    public var childCode: String
    public var parentLevel: String
    public var parentCode: String

    public init(childLevel: String, childCode: String, parentLevel: String, parentCode: String) {
        self.childLevel = childLevel
        self.childCode = childCode
        self.parentLevel = parentLevel
        self.parentCode = parentCode
    }
}
