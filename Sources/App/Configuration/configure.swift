import Cijfers
import Maturiteit
import Platform
import Toegang
import Vapor

/// The pillars Stadsbeeld runs, in the order of the menu's ties and the audit filter. Adding a pillar: a new module
/// and one line here (docs/architecture.md).
public enum Pillars {
    public static let all: [any Pillar] = [
        CijfersPillar(),
        MaturiteitPillar(),
        ToegangPillar(),
    ]
}

/// Sets up the application: the platform (database, middleware), then every pillar. Used by the executable and by tests.
public func configure(_ app: Application, database: DatabaseSettings = .fromEnvironment()) async throws {
    try app.configurePlatform(database: database)
    try app.install(Pillars.all)
}

/// Brings the schema up to date and lets every pillar prepare: what every command that touches data does first.
public func prepareData(_ app: Application) async throws {
    try await app.prepareData()
}
