import Cijfers
import Diensten
import Maturiteit
import Platform
import Plannen
import Kennis
import Toegang
import Vapor

/// The pillars Stadsbeeld runs, in the order of the menu's ties and the audit filter. Adding a pillar: a new module
/// and one line here (docs/architecture.md).
public enum Pillars {
    public static let all: [any Pillar] = [
        CijfersPillar(),
        MaturiteitPillar(),
        PlannenPillar(),
        KennisPillar(),
        DienstenPillar(),
        ToegangPillar(),
    ]
}

/// Sets up the application: the platform (database, middleware, mail), then every pillar. Used by the executable and
/// by tests. The settings are read from the environment once, here, unless given.
public func configure(_ app: Application, settings: PlatformSettings) async throws {
    try app.configurePlatform(settings)
    try app.install(Pillars.all)
}

/// The same with another database than the environment names (tests, tools).
public func configure(_ app: Application, database: DatabaseSettings) async throws {
    var settings = try PlatformSettings.fromEnvironment()
    settings.database = database
    try await configure(app, settings: settings)
}

/// Brings the schema up to date and lets every pillar prepare: what every command that touches data does first.
public func prepareData(_ app: Application) async throws {
    try await app.prepareData()
}
