import Fluent
import KennisDomain
import Maturiteit
import Platform
import Vapor

/// The Kennis pillar: knowledge base, good practices, framework contracts, events, newsletter — and the site-wide
/// search, which reads the index every pillar writes to.
public struct KennisPillar: Pillar {
    public init() {}

    public var code: String { "kennis" }

    public var strings: StringCatalogue? { KennisText.catalogue }

    public var auditModules: [AuditModule] {
        [AuditModule(code: KnowledgeService.module, label: LocalizedText(nl: "Kennis", en: "Knowledge"))]
    }

    public var migrations: [any Migration] { KennisMigrations.all }

    public var navigation: [NavigationEntry] {
        [NavigationEntry(LocalizedText(nl: "Kennis", en: "Knowledge"), path: KennisPath.home.path, order: 300)]
    }

    public var writeRoutes: [WriteRoute] { WriteRoute.kennis }

    public var commands: [(name: String, command: any AnyAsyncCommand)] { [("kennis", KennisCommand())] }

    public func boot(routes: any RoutesBuilder) throws {
        for controller in KennisControllers.all { try routes.register(collection: controller) }
    }

    public func loadDemo(_ app: Application) async throws -> String? {
        try await KennisSeed.load(into: app)
    }

    public func related(to subject: CrossReference, request: Request) async throws -> [RelatedLink] {
        try await KennisRelated.links(subject, request: request)
    }
}
