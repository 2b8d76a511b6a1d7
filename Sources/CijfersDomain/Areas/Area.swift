/// One area of one level: a statistical sector, a wijk, a gemeente, …
public struct Area: Sendable, Hashable, Codable {
    public var levelCode: String
    public var code: String
    public var shortName: String
    public var name: String
    /// Swing's 'sequence nr': the order in which lists show the areas.
    public var sequence: Int
    /// GeoJSON geometry (WGS84) or nil: 'ONB'/unknown areas have none.
    public var geometry: String?

    public init(levelCode: String, code: String, shortName: String, name: String, sequence: Int, geometry: String? = nil) {
        self.levelCode = levelCode
        self.code = code
        self.shortName = shortName
        self.name = name
        self.sequence = sequence
        self.geometry = geometry
    }
}
