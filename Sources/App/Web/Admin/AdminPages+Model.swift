import AccessDomain
import Storage
import Vapor

/// The platform admins' pages: organisations, users, access groups and the audit trail.
struct OrganisationsPageModel {
    let organisations: [OrganisationModel]
    let memberCounts: [Int: Int]
    var problems: [String] = []
    var notice: String?
    let csrf: String

    static func load(_ request: Request) async throws -> OrganisationsPageModel {
        let users = try await AccountService(database: request.db).users()
        return OrganisationsPageModel(
            organisations: try await OrganisationService(database: request.db).all(),
            memberCounts: Dictionary(grouping: users, by: \.organisationID).mapValues(\.count),
            csrf: CSRF.token(for: request).token)
    }
}

struct OrganisationEditModel {
    let organisation: OrganisationModel
    var problems: [String] = []
    let csrf: String
}

struct UsersPageModel {
    let users: [UserModel]
    let organisations: [OrganisationModel]
    var problems: [String] = []
    var notice: String?
    var oneTimePassword: (email: String, password: String)?
    let csrf: String

    static func load(_ request: Request) async throws -> UsersPageModel {
        UsersPageModel(
            users: try await AccountService(database: request.db).users(),
            organisations: try await OrganisationService(database: request.db).all(),
            csrf: CSRF.token(for: request).token)
    }

    func organisation(_ id: Int) -> OrganisationModel? { organisations.first { $0.id == id } }
}

struct UserEditModel {
    let user: UserModel
    let organisation: OrganisationModel
    var problems: [String] = []
    let csrf: String
}

struct AccessGroupsPageModel {
    let groups: [AccessGroupService.Group]
    var problems: [String] = []
    var notice: String?
    let csrf: String
}

struct AccessGroupEditModel {
    let group: AccessGroupService.Group
    let organisations: [OrganisationModel]
    let levels: [(code: String, name: String)]
    var problems: [String] = []
    let csrf: String

    /// Restrictions as the form's text area shows them: one per line, `indicator` or `indicator@level`.
    var restrictionLines: String {
        group.restrictions.map { restriction in restriction.level.map { "\(restriction.indicator)@\($0)" } ?? restriction.indicator }
            .joined(separator: "\n")
    }
}

struct AdminHomeModel {
    let organisations: Int
    let users: Int
    let groups: Int
    let events: [AuditEvent]
}

enum AdminNotices {
    static let all = [
        "aangemaakt": "Aangemaakt.", "gewijzigd": "De wijziging is bewaard.", "verwijderd": "Verwijderd.",
    ]
}
