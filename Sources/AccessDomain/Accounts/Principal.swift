/// Who is acting: a signed-in user (through a browser session) or a script (through an API token).
public struct Principal: Sendable, Hashable {
    public enum Credential: Sendable, Hashable {
        case session
        case token(scope: TokenScope)
    }

    public let userID: Int
    public let userName: String
    public let organisationID: Int
    public let organisationCode: String
    public let organisationType: OrganisationType
    public let role: Role
    public let credential: Credential

    public init(userID: Int, userName: String, organisationID: Int, organisationCode: String,
                organisationType: OrganisationType, role: Role, credential: Credential) {
        self.userID = userID
        self.userName = userName
        self.organisationID = organisationID
        self.organisationCode = organisationCode
        self.organisationType = organisationType
        // A platform admin outside the Kenniscentrum cannot exist; should one slip into the database, it counts as an organisation admin.
        self.role = role == .platformAdmin && organisationType != .kenniscentrum ? .organisationAdmin : role
        self.credential = credential
    }

    public var isPlatformAdmin: Bool { role == .platformAdmin }

    /// Whether this credential may change anything at all: a read token may not.
    public var mayWrite: Bool {
        if case .token(let scope) = credential { return scope == .write }
        return true
    }
}

/// What an API token allows: reading restricted data, or also writing (imports).
public enum TokenScope: String, Sendable, CaseIterable, Codable {
    case read
    case write

    public var label: String { self == .read ? "lezen" : "lezen en schrijven" }
}
