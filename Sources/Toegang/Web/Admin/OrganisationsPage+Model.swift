import AccessDomain
import Platform
import Vapor

/// All organisations with their member counts, and the form to add one (platform admins).
struct OrganisationsPageModel {
    let organisations: [OrganisationModel]
    let memberCounts: [Int: Int]
    var problems: [String] = []
    /// The code of a confirmation after a redirect (`AdminNotices`).
    var notice: String?
    let csrf: String
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> OrganisationsPageModel {
        let users = try await AccountService(database: request.db).users()
        return OrganisationsPageModel(
            organisations: try await OrganisationService(database: request.db).all(),
            memberCounts: Dictionary(grouping: users, by: \.organisationID).mapValues(\.count),
            csrf: CSRF.token(for: request).token, language: request.language)
    }
}

struct OrganisationEditModel {
    let organisation: OrganisationModel
    var problems: [String] = []
    let csrf: String
    let language: SiteLanguage
}
