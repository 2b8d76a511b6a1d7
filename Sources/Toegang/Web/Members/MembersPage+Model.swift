import AccessDomain
import Platform
import Vapor

/// An organisation's members, for its organisation admins (and platform admins): add, change role, disable, reset password.
struct MembersPageModel {
    let organisation: OrganisationModel
    let members: [UserModel]
    let assignableRoles: [Role]
    var problems: [String] = []
    /// The code of a confirmation after a redirect (`noticeCodes`); its words are in the catalogue.
    var notice: String?
    /// A password made for a new member or by a reset, shown once.
    var oneTimePassword: (email: String, password: String)?
    var form = NewMemberForm()
    let csrf: String
    let language: SiteLanguage

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
            csrf: CSRF.token(for: request).token, language: request.language)
    }

    /// Fixed confirmations after a redirect (`members.notice.<code>`); the query names one, it cannot inject text.
    static let noticeCodes: Set<String> = ["gewijzigd"]
}
