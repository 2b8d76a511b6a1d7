/// One field that changed, as the audit trail shows it: before → after. A nil side means the field did not exist
/// (creation or deletion).
public struct AuditChange: Sendable, Hashable, Codable {
    public let field: String
    public let before: String?
    public let after: String?

    public init(field: String, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }

    /// The fields that differ between two snapshots of a record, in field order. Creation has no `before`,
    /// deletion no `after`. Secrets never enter a snapshot; a changed password is recorded as a field whose
    /// value says only that it changed.
    public static func between(_ before: [String: String]?, _ after: [String: String]?) -> [AuditChange] {
        let fields = Set((before ?? [:]).keys).union((after ?? [:]).keys).sorted()
        return fields.compactMap { field in
            let old = before?[field]
            let new = after?[field]
            return old == new ? nil : AuditChange(field: field, before: old, after: new)
        }
    }
}

/// What kind of change an audit event records.
public enum AuditAction: String, Sendable, CaseIterable, Codable {
    case create
    case update
    case delete
    case importData = "import"
    case signIn = "sign_in"
    case signInFailed = "sign_in_failed"
    case signOut = "sign_out"
    /// Someone opened a record that holds personal data (a saved screening case), recorded for accountability.
    case read

    public var label: String {
        switch self {
        case .create: "aangemaakt"
        case .update: "gewijzigd"
        case .delete: "verwijderd"
        case .importData: "import"
        case .signIn: "aangemeld"
        case .signInFailed: "aanmelding mislukt"
        case .signOut: "afgemeld"
        case .read: "geopend"
        }
    }
}
