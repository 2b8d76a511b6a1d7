/// What a user may do within their organisation. Ordered: each role includes the ones before it.
/// A platform admin (only in the Kenniscentrum) manages organisations, users and access groups everywhere.
public enum Role: String, Sendable, CaseIterable, Codable, Comparable {
    case viewer
    case editor
    case organisationAdmin = "organisation_admin"
    case platformAdmin = "platform_admin"

    var rank: Int {
        switch self {
        case .viewer: 0
        case .editor: 1
        case .organisationAdmin: 2
        case .platformAdmin: 3
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

    public var label: String {
        switch self {
        case .viewer: "lezer"
        case .editor: "redacteur"
        case .organisationAdmin: "beheerder van de organisatie"
        case .platformAdmin: "platformbeheerder"
        }
    }

    /// The roles a user of an organisation of this type can have: platform admins sit in the Kenniscentrum.
    public static func available(for type: OrganisationType) -> [Role] {
        type == .kenniscentrum ? allCases : [.viewer, .editor, .organisationAdmin]
    }

    /// The roles an actor may hand out: an organisation admin up to their own role, a platform admin all.
    public static func assignable(by actor: Role, in type: OrganisationType) -> [Role] {
        available(for: type).filter { actor == .platformAdmin || $0 <= actor }
    }
}
