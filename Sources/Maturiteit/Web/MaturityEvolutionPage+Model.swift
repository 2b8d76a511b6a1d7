import MaturiteitDomain
import Platform
import Vapor

/// The evolution between two campaigns: per organisation and theme the earlier and the later score, and the
/// medians of both. Only campaigns the visitor may see can be compared.
struct MaturityEvolutionPageModel {
    let visible: VisibleCampaign
    let others: [StoredCampaign]
    /// The campaign chosen to compare with.
    let other: VisibleCampaign?
    /// The two campaigns in time order, and their comparison.
    let from: VisibleCampaign?
    let to: VisibleCampaign?
    let comparison: CampaignComparison?
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> MaturityEvolutionPageModel {
        let visible = try await VisibleCampaign.load(request)
        let others = try await visible.others(request)
        let chosen = request.query[String.self, at: "met"].flatMap { code in others.first { $0.code == code } }
            // By default: the latest earlier campaign of the same model family.
            ?? others.first { other in other.createdAt < visible.campaign.createdAt }
            ?? others.first
        guard let chosen else { return MaturityEvolutionPageModel(visible: visible, others: others, other: nil, from: nil, to: nil, comparison: nil,
                                                                       language: request.language) }
        let other = try await VisibleCampaign.load(request, code: chosen.code)
        // The chosen campaign may be the newer one; the comparison always reads from the older to the newer.
        let (from, to) = other.campaign.createdAt <= visible.campaign.createdAt ? (other, visible) : (visible, other)
        return MaturityEvolutionPageModel(visible: visible, others: others, other: other, from: from, to: to,
                                  comparison: CampaignComparison(earlier: from.table(), later: to.table()), language: request.language)
    }

    func name(_ code: String) -> String { visible.data.organisation(code: code)?.shortName ?? code }
}
