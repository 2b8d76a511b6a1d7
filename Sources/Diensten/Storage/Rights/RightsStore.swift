import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit

/// A right in the catalogue: the latest snapshot of one service, where it applies and when it was imported.
public struct StoredRight: Sendable, Hashable {
    /// The last path segment of the `isVersionOf` IRI; used in page URLs.
    public let key: String
    /// The latest snapshot.
    public let service: PublicService
    public let scope: RightScope
    /// NIS codes it applies to, sorted; nil = everywhere.
    public let municipalities: [String]?
    public let importedAt: Date

    public init(key: String, service: PublicService, scope: RightScope, municipalities: [String]?, importedAt: Date) {
        self.key = key
        self.service = service
        self.scope = scope
        self.municipalities = municipalities
        self.importedAt = importedAt
    }
}

/// Reads the catalogue of rights (never the archived ones). Lists are sorted by Dutch name, then key.
public struct RightsStore: Sendable {
    let database: any Database
    var sql: any SQLDatabase { database.sql }

    public init(database: any Database) {
        self.database = database
    }

    static let decoder = JSONDecoder()
    static let columns = "key, content, scope, everywhere, imported_at"

    /// By key (the last segment of the isVersionOf IRI).
    public func right(key: String) async throws -> StoredRight? {
        try await rights(where: "key = \(bind: key)").first
    }

    /// By the isVersionOf IRI (a concept's IRI for a concept) or the IRI of the snapshot held.
    public func right(id: String) async throws -> StoredRight? {
        try await rights(where: "(id = \(bind: id) OR snapshot = \(bind: id))").first
    }

    /// All rights (nil), or those that apply in the municipality with this NIS code: the ones without area and the
    /// ones whose area covers it.
    public func rights(municipality: String?) async throws -> [StoredRight] {
        guard let municipality else { return try await rights(where: nil) }
        return try await rights(where: """
            (everywhere = 1 OR key IN (SELECT service_key FROM rights_service_areas WHERE nis = \(bind: municipality)))
            """)
    }

    /// The rights with one of these product numbers.
    public func rights(productNumbers: [String]) async throws -> [StoredRight] {
        guard !productNumbers.isEmpty else { return [] }
        return try await rights(where: "product_number IN (\(binds: productNumbers))")
    }

    /// The instances (a municipality's own version) derived from the concept with this IRI.
    public func instances(ofConcept conceptID: String) async throws -> [StoredRight] {
        try await rights(where: "concept = \(bind: conceptID) AND kind = \(bind: ServiceSnapshotKind.instance.rawValue)")
    }

    /// How many rights the catalogue shows.
    public func count() async throws -> Int {
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM rights_services WHERE archived = 0").first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Where each import source stopped, newest run first.
    public func importStates() async throws -> [RightsImportState] {
        try await sql.raw("SELECT * FROM rights_import_state ORDER BY last_run_at DESC, source").all().map(RightsImportState.init(row:))
    }

    public func importState(source: String) async throws -> RightsImportState? {
        try await sql.raw("SELECT * FROM rights_import_state WHERE source = \(bind: source)").first().map(RightsImportState.init(row:))
    }

    // MARK: Rows

    private func rights(where condition: SQLQueryString?) async throws -> [StoredRight] {
        var query: SQLQueryString = "SELECT \(unsafeRaw: Self.columns) FROM rights_services WHERE archived = 0"
        if let condition { query = query + " AND " + condition }
        query = query + " ORDER BY name_nl, key"
        let rows = try await sql.raw(query).all()
        let keys = try rows.filter { try $0.decode(column: "everywhere", as: Int.self) == 0 }.map { try $0.decode(column: "key", as: String.self) }
        let areas = try await areas(of: keys)
        return try rows.map { row in
            let key = try row.decode(column: "key", as: String.self)
            let everywhere = try row.decode(column: "everywhere", as: Int.self) != 0
            let content = try row.decode(column: "content", as: String.self)
            let service = try Self.decoder.decode(PublicService.self, from: Data(content.utf8))
            let scope = RightScope(rawValue: try row.decode(column: "scope", as: String.self)) ?? RightScope.of(service)
            return StoredRight(key: key, service: service, scope: scope, municipalities: everywhere ? nil : (areas[key] ?? []),
                               importedAt: try row.decode(column: "imported_at", as: Date.self))
        }
    }

    /// The NIS codes per service key, sorted (in chunks, within every database's limit on binds).
    private func areas(of keys: [String]) async throws -> [String: [String]] {
        guard !keys.isEmpty else { return [:] }
        var out: [String: [String]] = [:]
        var start = 0
        while start < keys.count {
            let chunk = Array(keys[start..<min(start + 500, keys.count)])
            let rows = try await sql.raw("""
                SELECT service_key, nis FROM rights_service_areas WHERE service_key IN (\(binds: chunk)) ORDER BY service_key, nis
                """).all()
            for row in rows {
                out[try row.decode(column: "service_key", as: String.self), default: []].append(try row.decode(column: "nis", as: String.self))
            }
            start += 500
        }
        return out
    }
}

/// Where an import source stopped and what its last run did.
public struct RightsImportState: Sendable, Hashable {
    public let source: String
    /// The page(s) the last run ended on: the next run starts there (one per stream; a folder can hold several).
    public let lastPages: [String]
    /// The start pages the source had (a folder can hold several streams; one it did not have is read in full).
    public let startPages: [String]
    /// The newest `generatedAtTime` seen from this source (in the sortable UTC form).
    public let newestGeneratedAt: String?
    public let lastRunAt: Date
    public let pagesRead: Int
    public let members: Int
    public let added: Int
    public let replaced: Int
    public let removed: Int
    public let unchanged: Int

    init(row: any SQLRow) throws {
        source = try row.decode(column: "source", as: String.self)
        let pages = try row.decode(column: "last_pages", as: String.self)
        lastPages = (try? JSONDecoder().decode([String].self, from: Data(pages.utf8))) ?? []
        let starts = try row.decode(column: "start_pages", as: String.self)
        startPages = (try? JSONDecoder().decode([String].self, from: Data(starts.utf8))) ?? []
        newestGeneratedAt = try row.decode(column: "newest_generated_at", as: String?.self)
        lastRunAt = try row.decode(column: "last_run_at", as: Date.self)
        pagesRead = try row.decode(column: "pages_read", as: Int.self)
        members = try row.decode(column: "members", as: Int.self)
        added = try row.decode(column: "added", as: Int.self)
        replaced = try row.decode(column: "replaced", as: Int.self)
        removed = try row.decode(column: "removed", as: Int.self)
        unchanged = try row.decode(column: "unchanged", as: Int.self)
    }
}
