import Fluent
import Foundation
import SQLKit

/// Whether this server may get traffic: the database answers and every migration this version knows has run.
/// A database migrated further by a newer version (during an upgrade) still counts as ready: the old server keeps
/// answering until it is replaced (docs/operations.md).
public struct Readiness: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public enum Outcome: Sendable, Equatable {
        case ready
        case databaseUnavailable
        case migrationsMissing([String])
    }

    /// - Parameter known: the names of every migration this version has, in order.
    public func check(known: [String]) async -> Outcome {
        do {
            _ = try await database.sql.raw("SELECT 1 AS one").first()
        } catch {
            database.logger.warning("gereedheid: de databank antwoordt niet (\(String(reflecting: type(of: error))))")
            return .databaseUnavailable
        }
        // A database that answers but was never migrated has no record yet: everything is missing.
        let applied = (try? await appliedMigrations()) ?? []
        let missing = known.filter { !applied.contains($0) }
        return missing.isEmpty ? .ready : .migrationsMissing(missing)
    }

    /// Fluent's record of the migrations that ran; empty when there is none yet.
    func appliedMigrations() async throws -> Set<String> {
        let tables = try await database.sql.select().column("name").from(SQLIdentifier("_fluent_migrations")).all()
            .map { try $0.decode(column: "name", as: String.self) }
        return Set(tables)
    }

    /// How long a trivial query takes, in seconds; nil when the database does not answer.
    public func ping() async -> Double? {
        let start = ContinuousClock.now
        do {
            _ = try await database.sql.raw("SELECT 1 AS one").first()
        } catch {
            return nil
        }
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
