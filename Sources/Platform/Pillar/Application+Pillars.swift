import Fluent
import Vapor

extension Application {
    private struct PillarsKey: StorageKey {
        typealias Value = PillarList
    }

    /// The pillars this application runs, set once by `install(_:)`.
    public var pillars: PillarList {
        storage[PillarsKey.self] ?? PillarList([])
    }

    /// Registers the pillars: their settings, migrations (after the platform's own) and routes.
    public func install(_ pillars: [any Pillar]) throws {
        let list = PillarList(pillars)
        storage[PillarsKey.self] = list
        migrations.add(PlatformMigrations.all)
        for pillar in pillars {
            try pillar.configure(self)
            migrations.add(pillar.migrations)
        }
        for pillar in pillars {
            try pillar.boot(routes: routes)
        }
    }

    /// Brings the schema up to date and lets every pillar prepare: what every command that touches data does first.
    public func prepareData() async throws {
        try await prepareSchema()
        for pillar in pillars.all {
            try await pillar.prepare(self)
        }
        try await refreshSearch()
    }

    /// Only brings the schema up to date: for a command that reads what it needs itself and keeps the search current
    /// for what it changes (the import). The pillars' start-up work (loading the catalog, the search index, the
    /// retention purges) is left to the server and the other commands; on a command-line import of the Fluvius upload
    /// it was a third of the time (docs/performance.md).
    public func prepareSchema() async throws {
        try await SQLitePragmas.apply(on: db)
        try await autoMigrate()
    }
}

/// The registered pillars and what they declare, gathered in one place.
public struct PillarList: Sendable {
    public let all: [any Pillar]

    public init(_ all: [any Pillar]) { self.all = all }

    /// The main menu: every pillar's entries by order.
    public var navigation: [NavigationEntry] {
        all.flatMap(\.navigation).enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
            .map(\.element)
    }

    /// The audit trail's modules, in the order of the pillars.
    public var auditModules: [AuditModule] { all.flatMap(\.auditModules) }

    /// The kinds of search documents, of every pillar.
    public var searchKinds: [SearchKind] { all.flatMap(\.searchKinds) }

    /// The write-route table: every route that changes something, of every pillar.
    public var writeRoutes: [WriteRoute] { all.flatMap(\.writeRoutes) }
}
