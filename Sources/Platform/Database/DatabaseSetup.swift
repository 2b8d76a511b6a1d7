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
            // `search_path` in the URL picks the schema (tests give each run its own).
            var components = URLComponents(string: url)
            let searchPath = components?.queryItems?.first { $0.name == "search_path" }?.value
            let otherItems = components?.queryItems?.filter { $0.name != "search_path" }
            components?.queryItems = otherItems?.isEmpty == true ? nil : otherItems
            var config = try SQLPostgresConfiguration(url: components?.string ?? url)
            if let searchPath { config.searchPath = searchPath.split(separator: ",").map(String.init) }
            app.databases.use(.postgres(configuration: config, sqlLogLevel: .debug), as: .psql)
        }
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
