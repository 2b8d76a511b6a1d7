import Foundation
import Vapor

/// The pages of accounts, organisations and administration. Routes are registered from `pattern` and links built
/// from `path`, as for the Cijfers pages.
public enum AccessPath: TypedPath {
    case signIn
    case signOut
    case account
    case accountPassword
    case accountTokens
    case revokeToken(id: Int)
    case members(organisation: String)
    case member(organisation: String, user: Int)
    case memberPassword(organisation: String, user: Int)
    case admin
    case organisations
    case organisation(id: Int)
    case users
    case user(id: Int)
    case accessGroups
    case accessGroup(id: Int)
    case deleteAccessGroup(id: Int)
    case audit
    case auditCSV
    case mailOutbox

    public enum Route: PathRoute {
        case signIn, signOut, account, accountPassword, accountTokens, revokeToken, members, member, memberPassword, admin, organisations, organisation, users, user, accessGroups, accessGroup, deleteAccessGroup, audit, auditCSV, mailOutbox

        public var pattern: [PathComponent] {
            switch self {
            case .signIn: ["aanmelden"]
            case .signOut: ["afmelden"]
            case .account: ["account"]
            case .accountPassword: ["account", "wachtwoord"]
            case .accountTokens: ["account", "sleutels"]
            case .revokeToken: ["account", "sleutels", ":token", "intrekken"]
            case .members: ["organisatie", ":organisation", "leden"]
            case .member: ["organisatie", ":organisation", "leden", ":user"]
            case .memberPassword: ["organisatie", ":organisation", "leden", ":user", "wachtwoord"]
            case .admin: ["beheer"]
            case .organisations: ["beheer", "organisaties"]
            case .organisation: ["beheer", "organisaties", ":id"]
            case .users: ["beheer", "gebruikers"]
            case .user: ["beheer", "gebruikers", ":id"]
            case .accessGroups: ["beheer", "toegangsgroepen"]
            case .accessGroup: ["beheer", "toegangsgroepen", ":id"]
            case .deleteAccessGroup: ["beheer", "toegangsgroepen", ":id", "verwijderen"]
            case .audit: ["beheer", "audit"]
            case .auditCSV: ["beheer", "audit.csv"]
            case .mailOutbox: ["beheer", "mail"]
            }
        }
    }

    public var route: Route {
        switch self {
        case .signIn: .signIn
        case .signOut: .signOut
        case .account: .account
        case .accountPassword: .accountPassword
        case .accountTokens: .accountTokens
        case .revokeToken: .revokeToken
        case .members: .members
        case .member: .member
        case .memberPassword: .memberPassword
        case .admin: .admin
        case .organisations: .organisations
        case .organisation: .organisation
        case .users: .users
        case .user: .user
        case .accessGroups: .accessGroups
        case .accessGroup: .accessGroup
        case .deleteAccessGroup: .deleteAccessGroup
        case .audit: .audit
        case .auditCSV: .auditCSV
        case .mailOutbox: .mailOutbox
        }
    }

    public var parameters: [String: String] {
        switch self {
        case .revokeToken(let id): ["token": String(id)]
        case .members(let organisation): ["organisation": organisation]
        case .member(let organisation, let user), .memberPassword(let organisation, let user):
            ["organisation": organisation, "user": String(user)]
        case .organisation(let id), .user(let id), .accessGroup(let id), .deleteAccessGroup(let id): ["id": String(id)]
        default: [:]
        }
    }
}
