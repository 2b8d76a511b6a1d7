import Fluent
import Storage
import Vapor

/// Sets up the application: database, migrations, error handling, routes. Used by the executable and by tests.
public func configure(_ app: Application, database: DatabaseSettings = .fromEnvironment()) async throws {
    app.logger.debug("Database: \(database.redacted)")
    try database.configure(app)
    // Bcrypt for passwords; the services run it on the thread pool, never on an event loop.
    app.passwords.use(.bcrypt(cost: PasswordHashing.cost))
    app.middleware = .init()
    // Outermost first: security headers reach every answer, errors included; the error middleware turns what the
    // access layer throws (unknown token, missing sign-in) into answers; overlong addresses are refused before anything
    // reads them; then who is acting is known to every route.
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(APIErrorMiddleware())
    app.middleware.use(RequestLimitsMiddleware())
    app.middleware.use(AccessMiddleware())
    app.catalogStore = CatalogStore()
    app.storage[Application.GeometryCacheKey.self] = GeometryCache()
    try registerRoutes(app)
}

/// Brings the schema up to date and loads the catalog: what every command that touches data does first.
public func prepareData(_ app: Application) async throws {
    try await SQLitePragmas.apply(on: app.db)
    try await app.autoMigrate()
    try await app.catalogStore.reload(from: app.db)
}

extension Application {
    private struct CatalogStoreKey: StorageKey {
        typealias Value = CatalogStore
    }

    /// The catalog snapshot shared by all requests.
    public var catalogStore: CatalogStore {
        get {
            guard let store = storage[CatalogStoreKey.self] else { fatalError("configure(_:) sets the catalog store") }
            return store
        }
        set { storage[CatalogStoreKey.self] = newValue }
    }
}
