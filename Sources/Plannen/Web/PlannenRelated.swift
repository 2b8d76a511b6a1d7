import Platform
import PlannenDomain
import Vapor

/// What the plans have on another pillar's subject: the plan items that cite a good practice of the knowledge base,
/// in the plans this visitor may see.
enum PlannenRelated {
    static func links(_ subject: CrossReference, request: Request) async throws -> [RelatedLink] {
        guard case .knowledgeItem(let slug) = subject else { return [] }
        let store = request.planStore
        let pairs = try await store.items(linkedTo: slug, kind: .praktijk)
        guard !pairs.isEmpty else { return [] }
        let principal = request.pagePrincipal
        var out: [RelatedLink] = []
        for plan in try await store.plans() where PlanAccess.maySee(plan, principal) {
            let codes = pairs.filter { $0.planID == plan.id }.map(\.itemCode)
            guard !codes.isEmpty, let version = plan.latest else { continue }
            let content = try await store.content(of: version, planCode: plan.code)
            for code in codes {
                guard let item = content.items.first(where: { $0.code == code }) else { continue }
                out.append(RelatedLink(
                    kind: LocalizedText(nl: "Actie of doel in een meerjarenplan", en: "Action or goal in a multi-year plan"),
                    title: LocalizedText(nl: "\(item.code) \(item.title)", en: "\(item.code) \(item.title)"),
                    path: PlannenPath.item(PlanRef(plan), item: code).path,
                    note: LocalizedText(nl: "\(plan.organisation.shortName) · \(plan.name)", en: "\(plan.organisation.shortName) · \(plan.name)")))
            }
        }
        return out
    }
}
