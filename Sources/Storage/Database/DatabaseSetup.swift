import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

extension DatabaseSettings {
    /// Registers the database with the application and its migrations.
    public func configure(_ app: Application) throws {
        switch self {
        case .sqlite(let path):
            // WAL lets pages read while an import writes; foreign keys keep links honest.
            app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .sqlite)
        case .postgres(let url):
            var config = try SQLPostgresConfiguration(url: url)
            if url.contains("sslmode=disable") || !url.contains("sslmode") {
                config.coreConfiguration.tls = .disable
            }
            app.databases.use(.postgres(configuration: config, sqlLogLevel: .debug), as: .psql)
        }
        app.migrations.add(StorageMigrations.all)
    }
}

/// Per-connection settings for SQLite, applied before use.
public enum SQLitePragmas {
    public static func apply(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        try await sql.raw("PRAGMA synchronous=NORMAL").run()
    }
}
