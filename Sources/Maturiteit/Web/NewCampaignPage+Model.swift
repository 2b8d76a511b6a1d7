import MaturiteitDomain
import Platform
import Vapor

/// The Kenniscentrum opens a campaign: which model version, a code and name, the moment, the participants.
struct NewCampaignPageModel {
    let models: [StoredModel]
    let organisations: [MaturityOrganisation]
    var form = Form()
    let csrf: String
    let language: SiteLanguage
    var problems: [String] = []

    struct Form: Content {
        var model: Int?
        var code: String?
        var naam: String?
        var moment: String?
        var deelnemers: [Int]?
    }

    static func load(_ request: Request) async throws -> NewCampaignPageModel {
        let store = MaturityStore(database: request.db)
        return NewCampaignPageModel(models: try await store.models().sorted { ($0.model.name, -$0.model.version) < ($1.model.name, -$1.model.version) },
                                    organisations: try await store.organisations().filter { !$0.isKenniscentrum },
                                    csrf: CSRF.token(for: request).token, language: request.language)
    }
}
