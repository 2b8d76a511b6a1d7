import Fluent
import Platform
import Vapor

/// Plans: the follow-up of the cities' multi-year plans (beleidsdoelstelling → actieplan → actie) with budgets,
/// indicators, reporting periods, the council report, the public view and the comparison between cities.
public struct PlannenPillar: Pillar {
    public init() {}

    public var strings: StringCatalogue? { PlannenText.catalogue }

    public var code: String { "plannen" }

    public var auditModules: [AuditModule] {
        [AuditModule(code: PlanService.module, label: LocalizedText(nl: "Plannen", en: "Plans"))]
    }

    public var migrations: [any Migration] { PlannenMigrations.all }

    public var searchKinds: [SearchKind] { [SearchKind(code: "planitem", label: LocalizedText(nl: "Planitem", en: "Plan item"))] }

    public var navigation: [NavigationEntry] {
        [NavigationEntry(LocalizedText(nl: "Plannen", en: "Plans"), path: PlannenPath.home.path, order: 110)]
    }

    public var writeRoutes: [WriteRoute] { WriteRoute.plannen }

    public var commands: [(name: String, command: any AnyAsyncCommand)] { [("plannen", PlannenCommand())] }

    public func configure(_ app: Application) throws {
        app.planContentCache = PlanContentCache()
    }

    public func boot(routes: any RoutesBuilder) throws {
        for controller in PlannenControllers.all { try routes.register(collection: controller) }
    }

    public func loadDemo(_ app: Application) async throws -> String? {
        try await PlannenDemo.load(into: app.db)
    }

    public func related(to subject: CrossReference, request: Request) async throws -> [RelatedLink] {
        try await PlannenRelated.links(subject, request: request)
    }

    public func searchDocuments(_ app: Application, on database: any Database) async throws -> [SearchDocument]? {
        try await PlannenSearch.documents(on: database, cache: app.planContentCache)
    }
}
