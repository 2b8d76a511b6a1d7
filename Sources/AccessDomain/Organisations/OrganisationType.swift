/// What kind of member an organisation is. The type decides who may become a platform admin.
public enum OrganisationType: String, Sendable, CaseIterable, Codable {
    case centrumstad
    case vgc
    case kenniscentrum
    case partner

    /// The Dutch label shown in lists and forms.
    public var label: String {
        switch self {
        case .centrumstad: "centrumstad"
        case .vgc: "VGC"
        case .kenniscentrum: "Kenniscentrum"
        case .partner: "partner"
        }
    }
}
