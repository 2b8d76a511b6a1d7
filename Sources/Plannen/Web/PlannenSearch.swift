import Fluent
import Platform
import PlannenDomain
import Vapor

/// What the site-wide search can find in the plans: every item of each plan's newest version. Items of a published
/// plan are found by everyone; the others only by the plan's organisation and platform admins.
enum PlannenSearch {
    /// Re-indexes the plans in the transaction of a change to a plan, its versions or its publication.
    static func refresh(on database: any Database) async throws {
        try await SearchIndex.refresh(source: "plannen", with: documents(on: database), on: database)
    }

    static func documents(on database: any Database, cache: PlanContentCache? = nil) async throws -> [SearchDocument] {
        let store = PlanStore(database: database, cache: cache)
        var documents: [SearchDocument] = []
        for plan in try await store.plans() {
            guard let version = plan.latest else { continue }
            let content = try await store.content(of: version, planCode: plan.code)
            let audiences: [SearchAudience] = plan.published ? [.everyone] : [.organisation(plan.organisation.id), .platformAdmins]
            for item in content.items {
                let level = PlannenText.level(item.level, .nl)
                documents.append(SearchDocument(
                    key: "plannen:\(plan.organisation.code)/\(plan.code)/\(item.code)",
                    kind: "planitem",
                    title: LocalizedText(nl: "\(item.code) \(item.title)", en: "\(item.code) \(item.title)"),
                    summary: LocalizedText(nl: "\(level) · \(plan.organisation.shortName) · \(plan.name)",
                                           en: "\(PlannenText.level(item.level, .en)) · \(plan.organisation.shortName) · \(plan.name)"),
                    path: PlannenPath.item(PlanRef(plan), item: item.code).path,
                    body: item.description,
                    year: version.adoptedOn?.year,
                    cities: [plan.organisation.code],
                    audiences: audiences))
            }
        }
        return documents
    }
}
