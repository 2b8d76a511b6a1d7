/// A group of look-alike organisations to compare with, e.g. the centrumsteden of one province or the largest cities.
public struct PeerGroup: Sendable, Hashable {
    public let code: String
    public let name: String
    public let members: [String]

    public init(code: String, name: String, members: [String]) {
        self.code = code
        self.name = name
        self.members = members
    }

    /// The provinces of the centrumsteden follow from the first digit of the NIS code (and 24 for Vlaams-Brabant).
    public static func provinces(of organisations: [(code: String, nis: String?)]) -> [PeerGroup] {
        let names: [(prefix: String, code: String, name: String)] = [
            ("1", "provincie-antwerpen", "Centrumsteden in de provincie Antwerpen"),
            ("2", "provincie-vlaams-brabant", "Centrumsteden in Vlaams-Brabant"),
            ("3", "provincie-west-vlaanderen", "Centrumsteden in West-Vlaanderen"),
            ("4", "provincie-oost-vlaanderen", "Centrumsteden in Oost-Vlaanderen"),
            ("7", "provincie-limburg", "Centrumsteden in Limburg"),
        ]
        return names.compactMap { province in
            let members = organisations.filter { $0.nis?.hasPrefix(province.prefix) == true }.map(\.code)
            return members.count >= 2 ? PeerGroup(code: province.code, name: province.name, members: members) : nil
        }
    }
}
