import Foundation
import Vapor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A claim on an SQLite database file that every `stadsbeeld` process using it holds for as long as it runs: a
/// shared lock (`flock`) on `<database>.lock`. `restore` needs the lock to itself, so it can tell that a server or
/// a command still uses the file. The system drops the lock when a process ends, however it ends, so a crash leaves
/// nothing stale behind.
public final class DatabaseClaim: Sendable {
    private let descriptor: Int32
    public let lockPath: String

    private init(descriptor: Int32, lockPath: String) {
        self.descriptor = descriptor
        self.lockPath = lockPath
    }

    public struct Busy: Error, CustomStringConvertible {
        public let description: String
    }

    public static func lockPath(forDatabaseAt path: String) -> String { path + ".lock" }

    /// Claims the database next to others; nil (with a warning in the log) where no lock file can be made, e.g. a
    /// read-only folder: the server then runs as before, only `restore` cannot check it.
    /// - Throws: `Busy` while a restore has the database to itself.
    public static func shared(forDatabaseAt path: String, logger: Logger? = nil) throws -> DatabaseClaim? {
        let lockPath = lockPath(forDatabaseAt: path)
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            logger?.warning("Kan \(lockPath) niet aanmaken: restore kan niet nagaan of de databank in gebruik is")
            return nil
        }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else {
            close(descriptor)
            throw Busy(description: "de databank \(path) wordt hersteld (stadsbeeld restore); probeer het straks opnieuw")
        }
        return DatabaseClaim(descriptor: descriptor, lockPath: lockPath)
    }

    /// Takes the database for this process alone; false while any other process holds a claim.
    public func makeExclusive() -> Bool {
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
        // A refused conversion may have dropped the shared lock (flock(2) converts by unlocking first): take it again.
        _ = flock(descriptor, LOCK_SH | LOCK_NB)
        return false
    }

    deinit { close(descriptor) }
}

extension Application {
    private struct DatabaseClaimKey: StorageKey { typealias Value = DatabaseClaim }

    /// This process's claim on its SQLite file; nil on PostgreSQL. Released when the application shuts down.
    public var databaseClaim: DatabaseClaim? {
        get { storage[DatabaseClaimKey.self] }
        set { storage[DatabaseClaimKey.self] = newValue }
    }
}
