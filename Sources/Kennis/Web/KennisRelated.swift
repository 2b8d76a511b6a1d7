import Fluent
import KennisDomain
import Maturiteit
import Platform
import Plannen
import Vapor

/// What the knowledge base has on another pillar's subject: the published items tagged with it.
enum KennisRelated {
    static func links(_ subject: CrossReference, request: Request) async throws -> [RelatedLink] {
        let store = KnowledgeStore(database: request.db)
        let found: [KnowledgeSummary]
        switch subject {
        case .cijfersThemes(let codes):
            let topics = KennisCatalog.topics(coveringCijfersThemes: codes).map(\.code)
            // Filtered before the twelve are taken: the query sorts by kind, and events, networks and news come first.
            found = Array(try await store.published(tag: "theme", values: topics + codes, limit: 500)
                .filter { [.praktijk, .publicatie, .raamcontract].contains($0.kind) }.prefix(12))
        case .maturityTheme(let model, let theme):
            guard model == MaturiteitLinks.climateModel else { return [] }
            found = try await store.published(tag: "maturity", values: [theme], limit: 20)
        case .climateWorkPackage(let number):
            found = try await store.published(tag: "workpackage", values: [String(number)], limit: 20)
        case .climateRecommendation(let number):
            found = try await store.published(tag: "recommendation", values: [String(number)], limit: 20)
        case .planItem(let organisation, let plan, let item):
            // The practices a plan item cites (its links of kind 'praktijk'), published ones only.
            let plans = PlanStore(database: request.db)
            guard let stored = try await plans.plan(organisation: organisation, code: plan) else { return [] }
            let slugs = try await plans.links(planID: stored.id).filter { $0.itemCode == item && $0.kind == .praktijk }.map(\.target)
            found = try await store.published(slugs: slugs).map { stored in
                KnowledgeSummary(id: stored.id, slug: stored.slug, kind: stored.kind, status: stored.status, title: stored.content.title,
                                 summary: stored.content.summary, date: stored.shownDate, authorUserID: stored.authorUserID,
                                 updatedAt: stored.updatedAt)
            }
        case .knowledgeItem:
            return []
        }
        return found.map { item in
            RelatedLink(kind: LocalizedText(nl: item.kind.name.nl, en: item.kind.name.en),
                        title: LocalizedText(nl: item.title.nl, en: item.title.text("en")),
                        path: KennisPath.item(item.slug).path,
                        note: item.summary.isEmpty ? nil : LocalizedText(nl: item.summary.nl, en: item.summary.text("en")))
        }
    }
}
