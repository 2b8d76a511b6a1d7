import Fluent
import Platform
import Vapor

/// Maturity: self-evaluations against a maturity model, benchmarks between cities, recommendations and work packages.
public struct MaturiteitPillar: Pillar {
    public init() {}

    public var strings: StringCatalogue? { MaturiteitText.catalogue }

    public var code: String { "maturiteit" }

    public var auditModules: [AuditModule] {
        [AuditModule(code: MaturityService.module, label: LocalizedText(nl: "Maturiteit", en: "Maturity"))]
    }

    public var migrations: [any Migration] { MaturiteitMigrations.all }

    public var searchKinds: [SearchKind] {
        [SearchKind(code: "maturiteitsthema", label: LocalizedText(nl: "Maturiteitsthema", en: "Maturity theme"))]
    }

    public var navigation: [NavigationEntry] {
        [NavigationEntry(LocalizedText(nl: "Maturiteit", en: "Maturity"), path: MaturiteitPath.home.path, order: 100)]
    }

    public var writeRoutes: [WriteRoute] { WriteRoute.maturiteit }

    public var commands: [(name: String, command: any AnyAsyncCommand)] { [("maturiteit", MaturiteitCommand())] }

    public func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: MaturiteitController())
    }

    public func searchDocuments(_ app: Application, on database: any Database) async throws -> [SearchDocument]? {
        try await ThemeSearch.documents(on: database)
    }
}
