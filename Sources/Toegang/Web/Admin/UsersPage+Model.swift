import AccessDomain
import Platform
import Vapor

struct UsersPageModel {
    let users: [UserModel]
    let organisations: [OrganisationModel]
    var problems: [String] = []
    /// The code of a confirmation after a redirect (`AdminNotices`).
    var notice: String?
    var oneTimePassword: (email: String, password: String)?
    let csrf: String
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> UsersPageModel {
        UsersPageModel(
            users: try await AccountService(database: request.db).users(),
            organisations: try await OrganisationService(database: request.db).all(),
            csrf: CSRF.token(for: request).token, language: request.language)
    }

    func organisation(_ id: Int) -> OrganisationModel? { organisations.first { $0.id == id } }
}

struct UserEditModel {
    let user: UserModel
    let organisation: OrganisationModel
    var problems: [String] = []
    let csrf: String
    let language: SiteLanguage
}
