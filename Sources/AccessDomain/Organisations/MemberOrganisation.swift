/// One organisation as seeded: the 13 centrumsteden, the VGC and the Kenniscentrum Vlaamse Steden.
/// `areaCode` is the NIS code of the city's gemeente, so city content can be tied to its figures.
public struct MemberOrganisation: Sendable, Hashable {
    public let code: String
    public let name: String
    public let type: OrganisationType
    public let areaCode: String?

    public init(code: String, name: String, type: OrganisationType, areaCode: String? = nil) {
        self.code = code
        self.name = name
        self.type = type
        self.areaCode = areaCode
    }

    /// The members at the start: the centrumsteden with their NIS codes (2024 boundaries), the VGC and the Kenniscentrum.
    public static let founding: [MemberOrganisation] = [
        .init(code: "aalst", name: "Stad Aalst", type: .centrumstad, areaCode: "41002"),
        .init(code: "antwerpen", name: "Stad Antwerpen", type: .centrumstad, areaCode: "11002"),
        .init(code: "brugge", name: "Stad Brugge", type: .centrumstad, areaCode: "31005"),
        .init(code: "genk", name: "Stad Genk", type: .centrumstad, areaCode: "71016"),
        .init(code: "gent", name: "Stad Gent", type: .centrumstad, areaCode: "44021"),
        .init(code: "hasselt", name: "Stad Hasselt", type: .centrumstad, areaCode: "71022"),
        .init(code: "kortrijk", name: "Stad Kortrijk", type: .centrumstad, areaCode: "34022"),
        .init(code: "leuven", name: "Stad Leuven", type: .centrumstad, areaCode: "24062"),
        .init(code: "mechelen", name: "Stad Mechelen", type: .centrumstad, areaCode: "12025"),
        .init(code: "oostende", name: "Stad Oostende", type: .centrumstad, areaCode: "35013"),
        .init(code: "roeselare", name: "Stad Roeselare", type: .centrumstad, areaCode: "36015"),
        .init(code: "sint-niklaas", name: "Stad Sint-Niklaas", type: .centrumstad, areaCode: "46021"),
        .init(code: "turnhout", name: "Stad Turnhout", type: .centrumstad, areaCode: "13040"),
        .init(code: "vgc", name: "Vlaamse Gemeenschapscommissie", type: .vgc),
        .init(code: "kenniscentrum", name: "Kenniscentrum Vlaamse Steden", type: .kenniscentrum),
    ]
}
