@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import FluentPostgresDriver
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The databases every storage test runs against: a real SQLite file always, and a real PostgreSQL server
/// when TEST_DATABASE_URL is set. In CI (CI=true) PostgreSQL is mandatory: `PostgresRequiredTests` fails without it.
enum TestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The databases available here.
    static var available: [TestDatabase] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    var testDescription: String { rawValue }
}

/// Paths to the real files in ../shared/data, the fixtures of the import tests.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    static func geography(_ name: String) -> String { shared.appendingPathComponent("gebiedsniveaus/\(name)").path }
    static func fluvius(_ name: String) -> String { shared.appendingPathComponent("fluvius/\(name)").path }
    static func demo(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Sources/Cijfers/Resources/demo/\(name)").path
    }

    /// A scratch directory for files a test writes.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Runs `body` with a configured, migrated application on a fresh database of the given kind.
/// PostgreSQL tests each get their own schema, so suites can run in parallel on one server.
func withTestApp(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
    // Bcrypt at its lowest cost: tests sign in hundreds of times; the cost itself is not what they test.
    setenv("STADSBEELD_BCRYPT_COST", "4", 1)
    let directory = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
    let settings: DatabaseSettings
    switch database {
    case .sqlite:
        settings = .sqlite(path: directory.appendingPathComponent("test.sqlite").path)
    case .postgres:
        guard let url = TestDatabase.postgresURL else {
            Issue.record("TEST_DATABASE_URL is not set")
            return
        }
        try await PostgresSchemas.create(schema, url: url)
        settings = .postgres(url: url + (url.contains("?") ? "&" : "?") + "search_path=\(schema)")
    }
    defer {
        if database == .postgres, let url = TestDatabase.postgresURL {
            Task { try? await PostgresSchemas.drop(schema, url: url) }
        }
    }
    try await withApp(configure: { app in
        app.logger.logLevel = .warning
        try await configure(app, database: settings)
        // Uploaded files go to the test's own folder, never the working directory.
        app.fileStore = FolderFileStore(root: directory.appendingPathComponent("bestanden"))
        try await prepareData(app)
    }) { app in
        try await body(app)
    }
}

/// Creates and drops the per-test schemas through a short-lived application.
enum PostgresSchemas {
    static func create(_ schema: String, url: String) async throws {
        try await run("CREATE SCHEMA \(schema)", url: url)
    }

    static func drop(_ schema: String, url: String) async throws {
        try await run("DROP SCHEMA IF EXISTS \(schema) CASCADE", url: url)
    }

    private static func run(_ statement: String, url: String) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try DatabaseSettings.postgres(url: url).configure(app)
            try await app.db.sql.raw(SQLQueryString(statement)).run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
