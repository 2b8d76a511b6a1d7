import FluentKit
import Vapor

/// A thing of one pillar that another pillar may have something on. Pillars answer `Pillar.related(to:request:)`
/// for the subjects they know; the page of the subject asks every pillar (`Request.related(to:)`).
public enum CrossReference: Sendable, Hashable {
    /// A Cijfers theme (an indicator page passes its theme and the theme's parents).
    case cijfersThemes([String])
    /// A theme of a maturity model ("klimaatgovernance", "strategie").
    case maturityTheme(model: String, theme: String)
    /// A climate work package or top-10 recommendation by its number.
    case climateWorkPackage(Int)
    case climateRecommendation(Int)
    /// An item of a plan: the organisation's code, the plan's code and the item's code.
    case planItem(organisation: String, plan: String, item: String)
    /// An item of the knowledge base by its slug.
    case knowledgeItem(String)
}

/// One thing another pillar has on a subject: what kind it is, its title and where it lives.
public struct RelatedLink: Sendable, Hashable {
    public let kind: LocalizedText
    public let title: LocalizedText
    public let path: String
    public let note: LocalizedText?

    public init(kind: LocalizedText, title: LocalizedText, path: String, note: LocalizedText? = nil) {
        self.kind = kind
        self.title = title
        self.path = path
        self.note = note
    }
}

extension Request {
    /// What every pillar has on `subject`, in the order of the pillars.
    public func related(to subject: CrossReference) async throws -> [RelatedLink] {
        var out: [RelatedLink] = []
        for pillar in application.pillars.all {
            out += try await pillar.related(to: subject, request: self)
        }
        return out
    }
}

extension Application {
    /// Brings the search index up to date with every pillar that computes its documents (skipped when unchanged).
    public func refreshSearch(on database: (any Database)? = nil) async throws {
        let database = database ?? db
        for pillar in pillars.all {
            if let documents = try await pillar.searchDocuments(self, on: database) {
                try await SearchIndex.refresh(source: pillar.code, with: documents, on: database)
            }
        }
    }
}
