import AccessDomain

/// Who made a change, as the audit trail records it. Labels are copied so the trail reads the same after renames.
public struct AuditActor: Sendable, Hashable {
    public let userID: Int?
    public let userLabel: String
    public let organisationID: Int?
    public let organisationLabel: String

    public init(userID: Int?, userLabel: String, organisationID: Int?, organisationLabel: String) {
        self.userID = userID
        self.userLabel = userLabel
        self.organisationID = organisationID
        self.organisationLabel = organisationLabel
    }

    public init(_ principal: Principal) {
        self.init(userID: principal.userID, userLabel: principal.userName,
                  organisationID: principal.organisationID, organisationLabel: principal.organisationCode)
    }

    /// Changes made on the server's command line, by whoever operates it.
    public static let commandLine = AuditActor(userID: nil, userLabel: "opdrachtregel", organisationID: nil, organisationLabel: "")

    /// Events without a known user, such as a failed login.
    public static func anonymous(address: String) -> AuditActor {
        AuditActor(userID: nil, userLabel: "anoniem (\(address))", organisationID: nil, organisationLabel: "")
    }
}
