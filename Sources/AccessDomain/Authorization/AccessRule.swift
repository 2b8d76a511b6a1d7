/// The rule a write route declares: who may perform it. Routes name their rule in one table
/// (`WriteRoutes` in the web layer); the decision below is the only place the rule is interpreted.
public enum AccessRule: Sendable, Hashable, CustomStringConvertible {
    /// Anyone, signed in or not: only signing in itself.
    case anyone
    /// Any signed-in user, acting on their own account.
    case signedIn
    /// A user of the organisation that owns the target with at least this role, or a platform admin.
    case member(Role)
    /// A user of the Kenniscentrum with at least this role, or a platform admin: shared work such as validating
    /// and publishing maturity campaigns.
    case kenniscentrum(Role)
    /// Platform admins only.
    case platformAdmin

    public var description: String {
        switch self {
        case .anyone: "iedereen"
        case .signedIn: "aangemeld"
        case .member(let role): "\(role.label) van de eigen organisatie"
        case .kenniscentrum(let role): "\(role.label) van het Kenniscentrum"
        case .platformAdmin: "platformbeheerder"
        }
    }
}

/// The outcome of a check; `signInRequired` lets pages send people to the login page instead of a bare 403.
public enum AccessDecision: Sendable, Equatable {
    case allowed
    case signInRequired
    case denied(String)

    public var isAllowed: Bool { self == .allowed }
}

public enum Authorization {
    /// Decides whether `principal` may perform a write governed by `rule` on content of `targetOrganisation`
    /// (nil when the write does not belong to one organisation, e.g. the user's own account).
    public static func decide(_ rule: AccessRule, principal: Principal?, targetOrganisation: Int?) -> AccessDecision {
        if rule == .anyone { return .allowed }
        guard let principal else { return .signInRequired }
        guard principal.mayWrite else { return .denied("deze sleutel mag alleen lezen") }
        switch rule {
        case .anyone, .signedIn:
            return .allowed
        case .platformAdmin:
            return principal.isPlatformAdmin ? .allowed : .denied("alleen platformbeheerders mogen dit")
        case .kenniscentrum(let needed):
            if principal.isPlatformAdmin { return .allowed }
            guard principal.organisationType == .kenniscentrum else { return .denied("alleen het Kenniscentrum mag dit") }
            return principal.role >= needed ? .allowed : .denied("hiervoor ben je \(needed.label) bij het Kenniscentrum")
        case .member(let needed):
            if principal.isPlatformAdmin { return .allowed }
            guard let targetOrganisation, targetOrganisation == principal.organisationID else {
                return .denied("dit hoort bij een andere organisatie")
            }
            return principal.role >= needed ? .allowed : .denied("hiervoor ben je \(needed.label) van je organisatie")
        }
    }
}
