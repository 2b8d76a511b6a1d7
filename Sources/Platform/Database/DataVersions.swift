import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// Version numbers of data that servers keep in memory, stored in the database (`data_versions`) so that several
/// servers on one PostgreSQL, and the command line beside a running server, stay in step without a restart.
///
/// A write that changes such data calls `raise` inside its own transaction: the new number becomes visible exactly
/// when the data does. A server keeps the number its copy was built from and asks `current` at most once per
/// `DataVersionWatch.interval`; when the number moved, it rebuilds its copy.
public struct DataVersions: Sendable {
    /// The Cijfers catalog and values: raised by every import.
    public static let cijfers = "cijfers"
    /// Access groups, their members and the data they reserve: raised by every change of a group.
    public static let accessGroups = "access-groups"

    let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// The current number of `name`; 0 when nothing was ever raised.
    public func current(_ name: String) async throws -> Int64 {
        let row = try await database.sql.select().column("version").from("data_versions")
            .where("name", .equal, SQLBind(name)).first()
        return try row?.decode(column: "version", as: Int64.self) ?? 0
    }

    /// The current numbers of several names at once (0 for a name never raised).
    public func current(_ names: [String]) async throws -> [String: Int64] {
        var versions = Dictionary(uniqueKeysWithValues: names.map { ($0, Int64(0)) })
        for row in try await database.sql.select().columns("name", "version").from("data_versions")
            .where("name", .in, SQLBind.group(names)).all() {
            versions[try row.decode(column: "name", as: String.self)] = try row.decode(column: "version", as: Int64.self)
        }
        return versions
    }

    /// Raises the number of `name` by one and answers the new number. Call it in the transaction of the write.
    @discardableResult
    public func raise(_ name: String) async throws -> Int64 {
        let sql = database.sql
        // An upsert both backends understand; the row lock it takes orders concurrent writers.
        try await sql.raw("""
            INSERT INTO data_versions (name, version) VALUES (\(bind: name), 1)
            ON CONFLICT (name) DO UPDATE SET version = data_versions.version + 1
            """).run()
        return try await current(name)
    }
}

/// When a server last compared its copy with the database, so that a busy server asks at most once per interval.
public final class DataVersionWatch: Sendable {
    /// How long a verified copy is trusted: a change elsewhere is seen within this time (plus one rebuild).
    public static let interval: UInt64 = 1_000_000_000
    private let verifiedAt = NIOLockedValueBox<UInt64?>(nil)

    public init() {}

    /// True when the copy should be compared again; the caller that gets true does it, the others go on with the copy.
    public func due(now: UInt64 = DispatchTime.now().uptimeNanoseconds) -> Bool {
        verifiedAt.withLockedValue { last in
            if let last, now &- last < Self.interval { return false }
            last = now
            return true
        }
    }

    /// True while the copy counts as verified (no comparison due); unlike `due`, asking changes nothing.
    public func isFresh(now: UInt64 = DispatchTime.now().uptimeNanoseconds) -> Bool {
        verifiedAt.withLockedValue { last in
            guard let last else { return false }
            return now &- last < Self.interval
        }
    }

    /// Forget the last comparison (after a failed one, or a write on this server), so the next request compares.
    public func reset() {
        verifiedAt.withLockedValue { $0 = nil }
    }
}
