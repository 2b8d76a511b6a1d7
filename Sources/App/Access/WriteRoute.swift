import AccessDomain
import Vapor

/// Every route that changes something, with the rule that governs it: the one place where write access is declared.
/// Routes are registered only through `RoutesBuilder.write(_:use:)`, which applies the rule, the CSRF check for forms
/// and the token requirement for the API before the handler runs. A test checks that no other POST route exists.
enum WriteRoute: CaseIterable {
    case signIn, signOut
    case changePassword, createToken, revokeToken
    case addMember, updateMember, resetMemberPassword
    case createOrganisation, updateOrganisation
    case createUser, updateUser
    case createAccessGroup, updateAccessGroup, deleteAccessGroup
    case importData

    /// Whose content a write touches, for the "own organisation" rule.
    enum Target {
        /// Nothing owned by an organisation (the user's own account, platform-wide settings).
        case none
        /// The organisation named in the path (`:organisation`).
        case organisationInPath
        /// The acting user's own organisation (an API import lands in what that organisation owns).
        case ownOrganisation
    }

    var pattern: [PathComponent] {
        switch self {
        case .signIn: AccessPath.signIn.pattern
        case .signOut: AccessPath.signOut.pattern
        case .changePassword: AccessPath.accountPassword.pattern
        case .createToken: AccessPath.accountTokens.pattern
        case .revokeToken: AccessPath.revokeToken(id: 0).pattern
        case .addMember: AccessPath.members(organisation: "").pattern
        case .updateMember: AccessPath.member(organisation: "", user: 0).pattern
        case .resetMemberPassword: AccessPath.memberPassword(organisation: "", user: 0).pattern
        case .createOrganisation: AccessPath.organisations.pattern
        case .updateOrganisation: AccessPath.organisation(id: 0).pattern
        case .createUser: AccessPath.users.pattern
        case .updateUser: AccessPath.user(id: 0).pattern
        case .createAccessGroup: AccessPath.accessGroups.pattern
        case .updateAccessGroup: AccessPath.accessGroup(id: 0).pattern
        case .deleteAccessGroup: AccessPath.deleteAccessGroup(id: 0).pattern
        case .importData: APIPath.imports.pattern
        }
    }

    var rule: AccessRule {
        switch self {
        case .signIn: .anyone
        case .signOut, .changePassword, .createToken, .revokeToken: .signedIn
        case .addMember, .updateMember, .resetMemberPassword: .member(.organisationAdmin)
        case .createOrganisation, .updateOrganisation, .createUser, .updateUser,
             .createAccessGroup, .updateAccessGroup, .deleteAccessGroup: .platformAdmin
        case .importData: .member(.editor)
        }
    }

    var target: Target {
        switch self {
        case .addMember, .updateMember, .resetMemberPassword: .organisationInPath
        case .importData: .ownOrganisation
        default: .none
        }
    }

    /// API routes take a token and no CSRF token; form routes take a session and a CSRF token.
    var isAPI: Bool { self == .importData }

    /// Uploads may be large; forms are small.
    var maximumBody: ByteCount { isAPI ? "512mb" : "64kb" }
}
