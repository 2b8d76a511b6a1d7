import Fluent
import KennisDomain
import Maturiteit
import Platform
import Vapor

/// What the knowledge base has on another pillar's subject: the published items tagged with it.
enum KennisRelated {
    static func links(_ subject: CrossReference, request: Request) async throws -> [RelatedLink] {
        let store = KnowledgeStore(database: request.db)
        let found: [KnowledgeSummary]
        switch subject {
        case .cijfersThemes(let codes):
            let topics = KennisCatalog.topics(coveringCijfersThemes: codes).map(\.code)
            found = try await store.published(tag: "theme", values: topics + codes, limit: 12)
                .filter { [.praktijk, .publicatie, .raamcontract].contains($0.kind) }
        case .maturityTheme(let model, let theme):
            guard model == MaturiteitLinks.climateModel else { return [] }
            found = try await store.published(tag: "maturity", values: [theme], limit: 20)
        case .climateWorkPackage(let number):
            found = try await store.published(tag: "workpackage", values: [String(number)], limit: 20)
        case .climateRecommendation(let number):
            found = try await store.published(tag: "recommendation", values: [String(number)], limit: 20)
        case .planItem, .knowledgeItem:
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
