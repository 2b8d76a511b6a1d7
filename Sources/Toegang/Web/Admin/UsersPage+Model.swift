import AccessDomain
import Platform
import Vapor

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
    /// For the sentences that say what a reset and disabling do.
    var strings: SiteStrings = .nl
}
