import Platform
import PlannenDomain
import Vapor

/// What the site-wide search finds in the plans a visitor may see: items whose code, title or description hold every
/// word, best first (code and title count more than the description).
enum PlannenSearch {
    static func hits(_ query: SearchQuery, request: Request) async throws -> [SearchHit] {
        guard !query.words.isEmpty else { return [] }
        let principal = request.pagePrincipal
        let store = request.planStore
        let t = PlannenText.strings(request.language)
        var hits: [SearchHit] = []
        for plan in try await store.plans() where PlanAccess.maySee(plan, principal) {
            guard let version = plan.latest else { continue }
            let content = try await store.content(of: version, planCode: plan.code)
            for item in content.items {
                let title = item.title.lowercased(), code = item.code.lowercased(), description = item.description.lowercased()
                var score = 0.0
                var all = true
                for word in query.words.map({ $0.lowercased() }) {
                    if code == word { score += 5 } else if title.contains(word) { score += 2 } else if code.contains(word) {
                        score += 2
                    } else if description.contains(word) { score += 1 } else { all = false; break }
                }
                guard all else { continue }
                hits.append(SearchHit(
                    kind: t("search.kind", PlannenText.level(item.level, request.language)),
                    title: "\(item.code) \(item.title)",
                    path: PlannenPath.item(PlanRef(plan), item: item.code).path,
                    summary: "\(plan.organisation.shortName) · \(plan.name)", score: score))
            }
        }
        return Array(hits.sorted { $0.score > $1.score }.prefix(50))
    }
}
