import AccessDomain
import MaturiteitDomain
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
    case openCampaign, createModelVersion, setCampaignStatus, importCampaign
    case saveEvaluation, validateEvaluation, reopenEvaluation
    case saveRecommendation, saveWorkPackage

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
        case .openCampaign: MaturiteitPath.newCampaign.pattern
        case .createModelVersion: MaturiteitPath.newModelVersion(model: "").pattern
        case .setCampaignStatus: MaturiteitPath.status(campaign: "").pattern
        case .importCampaign: MaturiteitPath.importSheet(campaign: "").pattern
        case .saveEvaluation: MaturiteitPath.evaluation(campaign: "", organisation: "").pattern
        case .validateEvaluation: MaturiteitPath.validation(campaign: "", organisation: "").pattern
        case .reopenEvaluation: MaturiteitPath.reopen(campaign: "", organisation: "").pattern
        case .saveRecommendation: MaturiteitPath.recommendations(campaign: "").pattern
        case .saveWorkPackage: MaturiteitPath.workPackages(campaign: "").pattern
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
        // An organisation fills in only its own self-evaluation; the Kenniscentrum runs the campaigns.
        case .saveEvaluation: .member(.editor)
        case .openCampaign, .createModelVersion, .setCampaignStatus, .importCampaign, .validateEvaluation, .reopenEvaluation,
             .saveRecommendation, .saveWorkPackage: MaturityAccess.manageRule
        }
    }

    var target: Target {
        switch self {
        case .addMember, .updateMember, .resetMemberPassword, .saveEvaluation: .organisationInPath
        case .importData: .ownOrganisation
        default: .none
        }
    }

    /// API routes take a token and no CSRF token; form routes take a session and a CSRF token.
    var isAPI: Bool { self == .importData }

    /// Routes whose body is a multipart upload streamed to disk (`WriteGuard.readUpload`), never collected in memory.
    var streamsUpload: Bool { self == .importData || self == .importCampaign }

    /// The largest body a route accepts: a larger declared Content-Length is refused (413) before reading, and
    /// reading stops with 413 once a body passes it. Uploads may be large; forms are small.
    var maximumBody: ByteCount {
        switch self {
        case .importData: "512mb"
        case .importCampaign: "8mb"
        // A self-evaluation carries free text for every theme.
        case .saveEvaluation: "1mb"
        default: "64kb"
        }
    }
}
