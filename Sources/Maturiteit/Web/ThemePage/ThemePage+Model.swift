import AccessDomain
import MaturiteitDomain
import Platform
import Vapor

/// One theme of a maturity model: what it means and asks (from the newest version of the model), how the
/// organisations scored on it in the newest published campaign of the model, the recommendations and work packages
/// of that campaign on this theme, and what other pillars have on it (the knowledge base's practices).
struct ThemePageModel {
    struct Score {
        let organisation: MaturityOrganisation
        /// Nil when the organisation's evaluation has no answer on this theme (or is not shown to this visitor).
        let score: ThemeScore?
        let validated: Double?
    }

    /// The newest published campaign of the model, with the scores on this theme.
    struct CampaignScores {
        let campaign: StoredCampaign
        let scale: MaturityScale
        let scores: [Score]
        let statistics: ThemeStatistics?
        let recommendations: [Recommendation]
        let workPackages: [WorkPackage]
    }

    let model: StoredModel
    let theme: MaturityModel.Theme
    let campaign: CampaignScores?
    let related: [RelatedLink]
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> ThemePageModel {
        let modelCode = try request.parameters.require("model")
        let themeCode = try request.parameters.require("theme")
        let store = MaturityStore(database: request.db)
        let models = try await store.models()
        // The newest version that has the theme (a theme left out of a later version keeps its page for older campaigns).
        guard let model = models.filter({ $0.model.code == modelCode && $0.model.theme(themeCode) != nil })
                .max(by: { $0.model.version < $1.model.version }),
              let theme = model.model.theme(themeCode)
        else {
            throw Abort(.notFound, reason: request.language == .en ? "this maturity theme does not exist" : "dit maturiteitsthema bestaat niet")
        }
        let versions = Set(models.filter { $0.model.code == modelCode }.map(\.id))
        var scores: CampaignScores?
        if let stored = try await store.campaigns().first(where: { $0.campaign.published && versions.contains($0.modelID) }) {
            let visible = VisibleCampaign(data: try await store.data(for: stored), principal: request.pagePrincipal)
            if visible.model.theme(themeCode) != nil {
                let table = visible.table()
                scores = CampaignScores(
                    campaign: stored, scale: visible.model.scale,
                    scores: visible.data.participants.filter { table.organisations.contains($0.code) }.map { organisation in
                        let cell = table.cell(organisation.code, themeCode)
                        return Score(organisation: organisation, score: cell?.score, validated: cell?.validated)
                    },
                    statistics: table.statistics[themeCode],
                    recommendations: Recommendation.ranked(try await store.recommendations(campaignID: stored.id).filter { $0.theme == themeCode }),
                    workPackages: try await store.workPackages(campaignID: stored.id).filter { $0.themes.contains(themeCode) })
            }
        }
        return ThemePageModel(
            model: model, theme: theme, campaign: scores,
            related: try await request.related(to: .maturityTheme(model: modelCode, theme: themeCode)), language: request.language)
    }
}
