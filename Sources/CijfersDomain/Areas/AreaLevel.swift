/// A level of the area hierarchy (statsec2024, ggw72024, gemeente2024, …) or a group level such as the centrumsteden.
public struct AreaLevel: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// A partition of the territory: every area of a lower level belongs to one area of it.
        case geographic
        /// A selection of areas of another level (the centrumsteden): it does not cover the territory.
        case group
    }

    public var code: String
    public var name: String
    public var order: Int
    public var kind: Kind

    public init(code: String, name: String, order: Int, kind: Kind = .geographic) {
        self.code = code
        self.name = name
        self.order = order
        self.kind = kind
    }
}
