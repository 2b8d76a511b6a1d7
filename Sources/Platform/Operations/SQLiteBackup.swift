import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// Backups of the embedded SQLite database (docs/operations.md).
///
/// A backup is `VACUUM INTO`: SQLite writes a compact copy of the database as one read transaction sees it, so a
/// backup taken while the server serves and an import writes holds the database either before that import's commit
/// or after it, never half of it (the WAL keeps readers and the writer apart). It is written beside the target under
/// a temporary name, checked (`PRAGMA integrity_check`, Fluent's migration record) and only then linked into place,
/// which fails rather than overwrite an existing file.
///
/// A restore checks the file first (an SQLite file, intact, with a migration record of this version: none unknown),
/// then needs the database to itself (`DatabaseClaim`: no server or command may be using it), folds the write-ahead
/// log into the current file, keeps that file as `<database>.voor-herstel-<time>`, and renames a copy of the backup
/// over the database: the switch is one `rename`, so the database is the old one or the new one, never a mix.
public struct SQLiteBackup {
    let app: Application

    public init(app: Application) { self.app = app }

    public struct Refused: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }

    /// What was checked in a file.
    public struct FileCheck: Sendable {
        public let bytes: Int
        public let migrations: Int
        /// Migrations this version has that the file has not had yet: they run at the next start.
        public let pending: Int
    }

    /// The advice for PostgreSQL, where these commands do nothing.
    public static let postgresAdvice = """
        De databank is PostgreSQL (DATABASE_URL): stadsbeeld backup en restore gelden alleen voor het SQLite-bestand.
        Maak een reservekopie met pg_dump (terwijl de servers draaien; het is één consistente momentopname):
          pg_dump --format=custom --file=stadsbeeld.dump "postgres://GEBRUIKER@HOST:5432/DATABANK"
        Zet ze terug met de servers gestopt, in een lege of te vervangen databank:
          pg_restore --clean --if-exists --no-owner --single-transaction --dbname="postgres://GEBRUIKER@HOST:5432/DATABANK" stadsbeeld.dump
        Gebruikt de URL search_path, voeg dan --schema=SCHEMA toe aan pg_dump. Zie docs/operations.md.
        """

    // MARK: backup

    /// Writes a consistent copy of the live database to `destination`, which must not exist yet.
    public func backup(database path: String, to destination: String) async throws -> FileCheck {
        let files = FileManager.default
        guard files.fileExists(atPath: path) else { throw Refused("er is geen databank \(path)") }
        let target = URL(fileURLWithPath: destination).standardizedFileURL
        guard !files.fileExists(atPath: target.path) else {
            throw Refused("\(target.path) bestaat al; kies een nieuwe naam (een reservekopie overschrijft niets)")
        }
        guard target.path != URL(fileURLWithPath: path).standardizedFileURL.path else {
            throw Refused("de reservekopie kan niet de databank zelf zijn")
        }
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Refused("de map \(folder.path) bestaat niet")
        }
        let partial = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).deel").path
        defer { try? files.removeItem(atPath: partial) }
        guard try await hasMigrationRecord(app.db) else { throw Refused("\(path) is geen Stadsbeeld-databank") }
        // One connection for both statements: wait (up to 10 s) rather than fail while a writer holds a lock briefly.
        try await app.db.withConnection { connection in
            try await connection.sql.raw("PRAGMA busy_timeout = 10000").run()
            try await connection.sql.raw("VACUUM INTO \(bind: partial)").run()
        }
        let check = try await self.check(file: partial)
        // link(2) fails when the name exists: a file that appeared meanwhile is not replaced.
        guard link(partial, target.path) == 0 else {
            throw Refused("\(target.path) kon niet geschreven worden: \(String(cString: strerror(errno)))")
        }
        return check
    }

    // MARK: restore

    /// Replaces the database at `path` with the backup at `source`.
    /// - Returns: what was checked in the backup, and where the previous database was kept (nil when there was none).
    public func restore(database path: String, from source: String) async throws -> (FileCheck, kept: String?) {
        let files = FileManager.default
        let sourcePath = URL(fileURLWithPath: source).standardizedFileURL.path
        guard sourcePath != URL(fileURLWithPath: path).standardizedFileURL.path else {
            throw Refused("de reservekopie is de databank zelf")
        }
        let check = try await self.check(file: sourcePath)
        guard let claim = app.databaseClaim else {
            throw Refused("kan niet nagaan of de databank in gebruik is (geen \(DatabaseClaim.lockPath(forDatabaseAt: path)))")
        }
        guard claim.makeExclusive() else {
            throw Refused("de databank \(path) is in gebruik door een server of een ander commando; stop die eerst")
        }
        var kept: String?
        if files.fileExists(atPath: path) {
            // Fold the write-ahead log into the file, then close: the old database is one file, and no stale log
            // can ever be read with the new one.
            try await app.db.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            app.databases.reinitialize(.sqlite)
            let stamp = Self.stamp(Date())
            kept = path + ".voor-herstel-" + stamp
            try files.copyItem(atPath: path, toPath: kept!)
        }
        let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        let incoming = folder.appendingPathComponent(".\(URL(fileURLWithPath: path).lastPathComponent).\(UUID().uuidString).herstel").path
        defer { try? files.removeItem(atPath: incoming) }
        try files.copyItem(atPath: sourcePath, toPath: incoming)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: incoming))
        try handle.synchronize()
        try handle.close()
        for suffix in ["-wal", "-shm", "-journal"] where files.fileExists(atPath: path + suffix) {
            try files.removeItem(atPath: path + suffix)
        }
        guard rename(incoming, path) == 0 else {
            throw Refused("\(path) kon niet vervangen worden: \(String(cString: strerror(errno)))")
        }
        return (check, kept)
    }

    // MARK: checks

    /// Opens a file as a database of its own and checks it is an intact Stadsbeeld database this version knows.
    func check(file path: String) async throws -> FileCheck {
        let files = FileManager.default
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Refused("\(path) bestaat niet of is niet leesbaar") }
        let header = try handle.read(upToCount: 16) ?? Data()
        try handle.close()
        guard header == Data("SQLite format 3\0".utf8) else { throw Refused("\(path) is geen SQLite-databank") }
        let id = DatabaseID(string: "controle-\(UUID().uuidString)")
        app.databases.use(.sqlite(.file(path)), as: id)
        defer { app.databases.reinitialize(id) }
        let database = app.db(id)
        let problems = try await database.sql.raw("PRAGMA integrity_check").all()
            .map { try $0.decode(column: "integrity_check", as: String.self) }
        guard problems == ["ok"] else {
            throw Refused("\(path) is beschadigd: \(problems.prefix(3).joined(separator: "; "))")
        }
        guard try await hasMigrationRecord(database) else { throw Refused("\(path) is geen Stadsbeeld-databank") }
        let applied = try await Readiness(database: database).appliedMigrations()
        let known = Set(app.knownMigrationNames)
        let unknown = applied.subtracting(known)
        guard unknown.isEmpty else {
            throw Refused("\(path) komt van een nieuwere versie (\(unknown.count) onbekende migratie(s), bv. \(unknown.sorted()[0])); "
                + "herstel ze met die versie")
        }
        guard !applied.isEmpty else { throw Refused("\(path) is geen Stadsbeeld-databank (geen migraties)") }
        let bytes = (try? files.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return FileCheck(bytes: bytes, migrations: applied.count, pending: known.subtracting(applied).count)
    }

    private func hasMigrationRecord(_ database: any Database) async throws -> Bool {
        try await database.sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_fluent_migrations'")
            .first() != nil
    }

    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }
}
