import MaturiteitDomain
import Platform
import Vapor

/// What a campaign led to: the ranked recommendations (the selected top first) and the work packages with their
/// leads, filtered by theme and by lead. The page prints as an overview.
struct PlansPageModel {
    let visible: VisibleCampaign
    let recommendations: [Recommendation]
    let workPackages: [WorkPackage]
    let theme: String?
    let lead: String?
    let csrf: String
    let language: SiteLanguage
    var problems: [String] = []
    var notice: String?

    static func load(_ request: Request, visible: VisibleCampaign? = nil) async throws -> PlansPageModel {
        let visible = if let visible { visible } else { try await VisibleCampaign.load(request) }
        let store = MaturityStore(database: request.db)
        let theme = request.query[String.self, at: "thema"].flatMap { $0.isEmpty ? nil : $0 }
        let lead = request.query[String.self, at: "trekker"].flatMap { $0.isEmpty ? nil : $0 }
        return PlansPageModel(
            visible: visible,
            recommendations: try await store.recommendations(campaignID: visible.campaign.id),
            workPackages: try await store.workPackages(campaignID: visible.campaign.id),
            theme: theme, lead: lead, csrf: CSRF.token(for: request).token, language: request.language)
    }

    var shownRecommendations: [Recommendation] {
        Recommendation.ranked(recommendations).filter { theme == nil || $0.theme == theme }
    }

    var top: [Recommendation] { Recommendation.top(10, of: recommendations).filter(\.selected) }

    var shownWorkPackages: [WorkPackage] { workPackages.filter { $0.matches(theme: theme, lead: lead) } }

    /// Every lead named in a work package, for the filter.
    var leads: [String] {
        Array(Set(workPackages.flatMap(\.leads))).sorted { $0.localizedCompare($1) == .orderedAscending }
    }

    func themeName(_ code: String) -> String { visible.model.theme(code)?.name ?? code }

    /// The confirmations after a change (`?gelukt=`), in the visitor's language; nil for an unknown code.
    static let noticeCodes: Set<String> = ["aanbeveling", "werkpakket"]

    static func notice(_ code: String?, _ language: SiteLanguage) -> String? {
        guard let code, noticeCodes.contains(code) else { return nil }
        return MaturiteitText.strings(language)["plans.notice.\(code)"]
    }
}
