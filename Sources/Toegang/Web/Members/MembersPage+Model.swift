import AccessDomain
import Platform
import Vapor

/// An organisation's members, for its organisation admins (and platform admins): add, change role, disable, reset password.
struct MembersPageModel {
    let organisation: OrganisationModel
    let members: [UserModel]
    let assignableRoles: [Role]
    var problems: [String] = []
    var notice: String?
    /// A password made for a new member or by a reset, shown once.
    var oneTimePassword: (email: String, password: String)?
    var form = NewMemberForm()
    let csrf: String
    /// For the sentences that say what a reset and disabling do (Dutch, or English with `?lang=en`).
    var strings: SiteStrings = .nl

    struct NewMemberForm: Content {
        var email: String?
        var naam: String?
        var rol: String?
    }

    static func load(request: Request, organisation: OrganisationModel, actor: Principal) async throws -> MembersPageModel {
        MembersPageModel(
            organisation: organisation,
            members: try await AccountService(database: request.db).users(organisationID: organisation.id!),
            assignableRoles: Role.assignable(by: actor.role, in: organisation.type),
            csrf: CSRF.token(for: request).token, strings: SiteStrings.from(request))
    }

    static let notices = ["gewijzigd": "De wijziging is bewaard."]
}
