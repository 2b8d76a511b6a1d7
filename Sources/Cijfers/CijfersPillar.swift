import Fluent
import Platform
import Vapor

/// Figures: areas and levels, indicators, the Swing-compatible import, aggregation, suppression, the explorer's pages,
/// the data API and the Swing-compatible endpoints.
public struct CijfersPillar: Pillar {
    public init() {}

    public var strings: StringCatalogue? { CijfersText.catalogue }

    public var code: String { "cijfers" }

    public var auditModules: [AuditModule] {
        [AuditModule(code: ImportService.module, label: LocalizedText(nl: "Cijfers", en: "Figures"))]
    }

    public var migrations: [any Migration] { CijfersMigrations.all }

    public var searchKinds: [SearchKind] {
        [SearchKind(code: "indicator", label: LocalizedText(nl: "Indicator", en: "Indicator")),
         SearchKind(code: "gebied", label: LocalizedText(nl: "Gebied", en: "Area"))]
    }

    public var navigation: [NavigationEntry] {
        [
            NavigationEntry(LocalizedText(nl: "Cijfers", en: "Figures"), path: SitePath.home.path, order: 10),
            NavigationEntry(LocalizedText(nl: "Centrumsteden vergelijken", en: "Compare the centrumsteden"),
                            path: CijfersPath.benchmark.path, order: 20),
            NavigationEntry(LocalizedText(nl: "Evolutie", en: "Trends"), path: CijfersPath.evolution.path, order: 30),
            NavigationEntry(LocalizedText(nl: "Wijkrapport", en: "Neighbourhood report"), path: CijfersPath.wijkReport.path, order: 40),
            NavigationEntry(LocalizedText(nl: "API", en: "API"), path: APIPath.openAPI.path, order: 900),
        ]
    }

    public var writeRoutes: [WriteRoute] { WriteRoute.cijfers }

    public var commands: [(name: String, command: any AnyAsyncCommand)] {
        [("import", ImportCommand()), ("export", ExportCommand())]
    }

    public func configure(_ app: Application) throws {
        app.catalogStore = CatalogStore()
        app.dataAnswerCache = DataAnswerCache(enabled: Environment.get("STADSBEELD_ANSWER_CACHE") != "off")
        app.storage[Application.GeometryCacheKey.self] = GeometryCache()
    }

    public func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: APIController())
        try routes.register(collection: SwingODataController())
        try routes.register(collection: SwingSelectionTableController())
        try routes.register(collection: CijfersController())
        try routes.register(collection: ImportAPIController())
        try routes.register(collection: AccessGroupsController())
        try routes.register(collection: EmbedController())
    }

    public func prepare(_ app: Application) async throws {
        try await app.catalogStore.reload(from: app.db)
    }

    public func searchDocuments(_ app: Application, on database: any Database) async throws -> [SearchDocument]? {
        CijfersSearch.documents(await app.catalogStore.current)
    }

    public func loadDemo(_ app: Application) async throws -> String? {
        let bar = ProgressBar()
        let summary = try await DemoData.load(into: app, progress: { file, rows in bar.update(file: file, rows: rows) })
        bar.finish()
        return summary.report
    }
}
