import Fluent
import Vapor

extension Application {
    /// Runs the server as a service: `/health`, `/ready` and `/metrics`, the time a stopping server gives running
    /// requests, and the claim on an SQLite file that lets `restore` know the database is in use. The request counter
    /// is `RequestMetricsMiddleware`, first in the platform's middleware list.
    /// - Parameter settings: nil reads them from the environment (`OperationsSettings.fromEnvironment`).
    public func configureOperations(_ settings: OperationsSettings? = nil, database: DatabaseSettings) throws {
        let settings = try settings ?? logged { try OperationsSettings.fromEnvironment() }
        operationsSettings = settings
        operationsDatabase = database
        // SIGTERM or Ctrl-C: Vapor stops accepting, lets running requests finish for this long, then closes them.
        http.server.configuration.shutdownTimeout = .seconds(Int64(settings.shutdownSeconds))
        if case .sqlite(let path) = database {
            databaseClaim = try logged { try DatabaseClaim.shared(forDatabaseAt: path, logger: logger) }
        }
        try register(collection: OperationsController())
    }

    /// The start stops on these errors; say why, since the command line reports no error of the configuration.
    private func logged<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            logger.critical("\(error)")
            throw error
        }
    }

    private struct DatabaseKey: StorageKey { typealias Value = DatabaseSettings }

    /// The database this application was configured with (the backup commands need the file's path).
    public var operationsDatabase: DatabaseSettings? {
        get { storage[DatabaseKey.self] }
        set { storage[DatabaseKey.self] = newValue }
    }

    /// The names of every migration this version knows: the platform's, then each pillar's.
    public var knownMigrationNames: [String] {
        (PlatformMigrations.all + pillars.all.flatMap(\.migrations)).map(\.name)
    }
}

extension Application {
    /// Ends serving after `execute()` returned (SIGTERM, Ctrl-C): the HTTP server stops accepting and lets running
    /// requests finish while the database is still open. Vapor's own shutdown closes the databases (a lifecycle
    /// handler) before it stops the server (application storage), which would fail every request still running.
    /// Call it before `asyncShutdown()`; without a running server it does nothing.
    public func finishServing() async {
        await server.shutdown()
    }
}
