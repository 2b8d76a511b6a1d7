import Fluent
import Platform
import Vapor

/// The Diensten pillar: the services the cities build together in their city deals. Each service is a part with its
/// own folder (Rights: the Rechtenverkenner and its LPDC import; Screening: screening a client profile against the
/// rights and the cases a worker keeps; Leefloon: the leefloon advice as rules as code); this type adds them up.
public struct DienstenPillar: Pillar {
    public init() {}

    public var code: String { "diensten" }

    public var strings: StringCatalogue? { DienstenText.catalogue }

    public var auditModules: [AuditModule] {
        [AuditModule(code: DienstenAudit.module, label: LocalizedText(nl: "Diensten", en: "Services"))]
    }

    public var migrations: [any Migration] { DienstenMigrations.all }

    public var searchKinds: [SearchKind] { [SearchKind(code: RightsSearch.kind, label: LocalizedText(nl: "Recht", en: "Right"))] }

    public var navigation: [NavigationEntry] {
        [NavigationEntry(LocalizedText(nl: "Diensten", en: "Services"), path: DienstenPath.home.path, order: 400)]
    }

    public var writeRoutes: [WriteRoute] { WriteRoute.rights + WriteRoute.screening + WriteRoute.leefloon + WriteRoute.parking + WriteRoute.energy
        + WriteRoute.register + WriteRoute.demad }

    public var commands: [(name: String, command: any AnyAsyncCommand)] { DienstenCommands.all }

    public func boot(routes: any RoutesBuilder) throws {
        let controllers: [any RouteCollection] = [DienstenHomeController()] + RightsControllers.all + RightsAPIControllers.all + ScreeningControllers.all
            + LeefloonControllers.all + ParkingControllers.all + EnergyControllers.all + RegisterControllers.all + DemadControllers.all
        for controller in controllers { try routes.register(collection: controller) }
    }

    /// Deletes the screening cases past their retention period, each time the server or a command starts (and
    /// `stadsbeeld rights purge-cases`, for a daily cron job); until then an expired case is hidden.
    public func prepare(_ app: Application) async throws {
        let purged = try await ScreeningCases.purgeExpired(app)
        app.storage[PurgedAtStart.self] = purged
        if purged > 0 { app.logger.info("screening: \(purged) dossier(s) verwijderd na hun bewaartermijn") }
        for (part, purge) in [("parking", ParkingDemo.purgeExpired), ("energy", EnergyDemo.purgeExpired), ("register", RegisterDemo.purgeExpired),
                              ("demad", DemadDemo.purgeExpired)] {
            let removed = try await purge(app)
            if removed > 0 { app.logger.info("\(part): \(removed) record(s) verwijderd na hun bewaartermijn") }
        }
    }

    public func loadDemo(_ app: Application) async throws -> String? {
        try await DienstenDemo.load(into: app)
    }

    public func searchDocuments(_ app: Application, on database: any Database) async throws -> [SearchDocument]? {
        try await DienstenSearch.documents(app, on: database)
    }
}

/// How many screening cases `prepare` deleted, for the command that asks to purge.
struct PurgedAtStart: StorageKey {
    typealias Value = Int
}

/// The code Diensten events carry in the audit trail.
enum DienstenAudit {
    static let module = "diensten"
}
