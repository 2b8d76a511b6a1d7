import AccessDomain
import Platform
import Vapor

/// The "my account" page: who you are, your password, your API tokens.
struct AccountPageModel {
    let principal: Principal
    let email: String
    let organisationName: String
    let tokens: [APITokenModel]
    /// Set while the user signed in with a temporary password: then only the password form is on offer.
    var temporaryPasswordExpiresAt: Date?
    var problems: [String] = []
    /// The code of a confirmation after a redirect (one of `noticeCodes`); its words are in the catalogue.
    var notice: String?
    let csrf: String
    let language: SiteLanguage
    /// The moment the tokens' status (valid, expired) is judged at.
    var now = Date()

    static func load(request: Request, principal: Principal, problems: [String] = [], notice: String? = nil) async throws -> AccountPageModel {
        let user = try await UserModel.find(principal.userID, on: request.db)
        let organisation = try await OrganisationService(database: request.db).find(id: principal.organisationID)
        return AccountPageModel(
            principal: principal, email: user?.email ?? "", organisationName: organisation?.name ?? principal.organisationCode,
            tokens: try await TokenService(database: request.db).tokens(userID: principal.userID),
            temporaryPasswordExpiresAt: user?.temporaryPasswordExpiresAt,
            problems: problems, notice: notice, csrf: CSRF.token(for: request).token, language: request.language)
    }

    /// Fixed confirmations after a redirect (`account.notice.<code>`); the query names one, it cannot inject text.
    static let noticeCodes: Set<String> = ["wachtwoord", "ingetrokken", "aangemeld"]
}
