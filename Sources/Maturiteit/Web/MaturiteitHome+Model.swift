import AccessDomain
import MaturiteitDomain
import Platform
import Vapor

/// The start of the Maturiteit pillar: the models with their themes, and the campaigns this visitor may see.
struct MaturiteitHomeModel {
    let models: [StoredModel]
    let campaigns: [StoredCampaign]
    let principal: Principal?
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> MaturiteitHomeModel {
        let store = MaturityStore(database: request.db)
        let principal = request.pagePrincipal
        return MaturiteitHomeModel(
            models: try await store.latestModels(),
            campaigns: try await store.campaigns().filter { $0.isVisible(to: principal) },
            principal: principal, language: request.language)
    }

    var mayManage: Bool { MaturityAccess.mayManage(principal) }

    func model(of campaign: StoredCampaign) -> StoredModel? { models.first { $0.id == campaign.modelID } }

    /// When the visitor's organisation takes part in an open campaign, the page points to its form.
    func evaluationLink(_ campaign: StoredCampaign) -> String? {
        guard let principal, campaign.campaign.status == .open, campaign.participants.contains(principal.organisationID) else { return nil }
        return MaturiteitPath.evaluation(campaign: campaign.code, organisation: principal.organisationCode).path
    }
}
