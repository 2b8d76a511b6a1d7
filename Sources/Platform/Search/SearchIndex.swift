import Crypto
import FluentKit
import Foundation
import SQLKit
import SearchText

/// The site-wide search index. Pillars write their documents here — inside the transaction of the change, so the
/// index never disagrees with the content — and the search page reads it. The linguistic work (folding, stemming)
/// is done in Swift by `SearchText`, so SQLite's FTS5 and PostgreSQL's full-text search get the same terms and find
/// the same documents; only the relevance score is each database's own (bm25 / ts_rank, title terms weighted higher).
public enum SearchIndex {
    /// Plain text kept per document for snippets.
    public static let maximumBody = 60_000
    /// Text read for terms per document.
    public static let maximumIndexedText = 400_000
    static let batchSize = 200

    /// Adds or replaces one document (by its key). Call it on the transaction of the change.
    public static func put(_ document: SearchDocument, source: String, on database: any Database, now: Date = Date()) async throws {
        try await remove(key: document.key, on: database)
        try await insert([document], source: source, on: database, now: now)
    }

    /// Removes a document, if it is there.
    public static func remove(key: String, on database: any Database) async throws {
        let sql = database.sql
        if !isPostgres(sql) {
            try await sql.raw("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_documents WHERE doc_key = \(bind: key))").run()
        }
        try await sql.raw("DELETE FROM search_facets WHERE document_id IN (SELECT id FROM search_documents WHERE doc_key = \(bind: key))").run()
        try await sql.raw("DELETE FROM search_documents WHERE doc_key = \(bind: key)").run()
    }

    /// Replaces every document of `source` by `documents`.
    public static func replace(source: String, with documents: [SearchDocument], on database: any Database, now: Date = Date()) async throws {
        let sql = database.sql
        if !isPostgres(sql) {
            try await sql.raw("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_documents WHERE source = \(bind: source))").run()
        }
        try await sql.raw("DELETE FROM search_facets WHERE document_id IN (SELECT id FROM search_documents WHERE source = \(bind: source))").run()
        try await sql.raw("DELETE FROM search_documents WHERE source = \(bind: source)").run()
        try await insert(documents, source: source, on: database, now: now)
    }

    /// Replaces the documents of `source` only when they differ from what was indexed last time (a fingerprint of
    /// the documents is kept), so a server start does no work when nothing changed. Returns whether it wrote.
    @discardableResult
    public static func refresh(source: String, with documents: [SearchDocument], on database: any Database, now: Date = Date()) async throws -> Bool {
        let fingerprint = Self.fingerprint(documents)
        let sql = database.sql
        let stored = try await sql.raw("SELECT fingerprint FROM search_sources WHERE source = \(bind: source)").first()
            .map { try $0.decode(column: "fingerprint", as: String.self) }
        if stored == fingerprint { return false }
        try await database.transaction { tx in
            try await replace(source: source, with: documents, on: tx, now: now)
            let sql = tx.sql
            try await sql.raw("DELETE FROM search_sources WHERE source = \(bind: source)").run()
            try await sql.raw("INSERT INTO search_sources (source, fingerprint, updated_at) VALUES (\(bind: source), \(bind: fingerprint), \(bind: now))").run()
        }
        return true
    }

    /// Forgets the fingerprints, so the next `refresh` of every source rewrites it (the `search reindex` command).
    public static func forgetFingerprints(on database: any Database) async throws {
        try await database.sql.raw("DELETE FROM search_sources").run()
    }

    static func fingerprint(_ documents: [SearchDocument]) -> String {
        var hasher = SHA256()
        for d in documents {
            for part in [d.key, d.kind, d.title.nl, d.title.en, d.summary.nl, d.summary.en, d.path, d.body, d.year.map(String.init) ?? "",
                         d.themes.joined(separator: ","), d.cities.joined(separator: ","), d.audiences.map(\.code).joined(separator: ",")] {
                hasher.update(data: Data(part.utf8))
                hasher.update(data: Data([0]))
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The number of documents of a source (or all).
    public static func count(source: String? = nil, on database: any Database) async throws -> Int {
        let sql = database.sql
        let row = if let source {
            try await sql.raw("SELECT COUNT(*) AS n FROM search_documents WHERE source = \(bind: source)").first()
        } else {
            try await sql.raw("SELECT COUNT(*) AS n FROM search_documents").first()
        }
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    private static func insert(_ documents: [SearchDocument], source: String, on database: any Database, now: Date) async throws {
        guard !documents.isEmpty else { return }
        let sql = database.sql
        let postgres = isPostgres(sql)
        var start = 0
        while start < documents.count {
            let batch = Array(documents[start..<min(start + batchSize, documents.count)])
            start += batchSize
            var rows: [[any SQLExpression]] = []
            for d in batch {
                let body = d.body.count > maximumIndexedText ? String(d.body.prefix(maximumIndexedText)) : d.body
                let titleTerms = SearchText.termString(d.title.nl + " " + d.title.en)
                let bodyTerms = SearchText.termString(d.summary.nl + " " + d.summary.en + " " + body)
                rows.append([
                    SQLBind(d.key), SQLBind(source), SQLBind(d.kind), SQLBind(d.title.nl), SQLBind(d.title.en),
                    SQLBind(d.summary.nl), SQLBind(d.summary.en), SQLBind(d.path),
                    SQLBind(body.count > maximumBody ? String(body.prefix(maximumBody)) : body),
                    SQLBind(titleTerms), SQLBind(bodyTerms), SQLBind(d.year), SQLBind(d.audiences.map(\.code).joined(separator: " ")),
                    SQLBind(now),
                ])
            }
            let inserted = try await sql.insert(into: "search_documents")
                .columns("doc_key", "source", "kind", "title_nl", "title_en", "summary_nl", "summary_en", "path", "body",
                         "terms_title", "terms_body", "year", "audience", "updated_at")
                .rows(rows)
                .returning("id", "doc_key")
                .all()
            var ids: [String: Int] = [:]
            for row in inserted {
                ids[try row.decode(column: "doc_key", as: String.self)] = try row.decode(column: "id", as: Int.self)
            }
            var facetRows: [[any SQLExpression]] = []
            for d in batch {
                guard let id = ids[d.key] else { continue }
                for audience in Set(d.audiences.map(\.code)) { facetRows.append([SQLBind(id), SQLBind("audience"), SQLBind(audience)]) }
                for theme in Set(d.themes) { facetRows.append([SQLBind(id), SQLBind("theme"), SQLBind(theme)]) }
                for city in Set(d.cities) { facetRows.append([SQLBind(id), SQLBind("city"), SQLBind(city)]) }
            }
            var facetStart = 0
            while facetStart < facetRows.count {
                let chunk = Array(facetRows[facetStart..<min(facetStart + 1000, facetRows.count)])
                facetStart += 1000
                try await sql.insert(into: "search_facets").columns("document_id", "facet", "value").rows(chunk).run()
            }
            let idList = Array(ids.values)
            if postgres {
                try await sql.raw("""
                    UPDATE search_documents SET tsv = setweight(to_tsvector('simple', terms_title), 'A') || setweight(to_tsvector('simple', terms_body), 'D')
                    WHERE id IN (\(binds: idList))
                    """).run()
            } else {
                try await sql.raw("INSERT INTO search_fts (rowid, title, body) SELECT id, terms_title, terms_body FROM search_documents WHERE id IN (\(binds: idList))").run()
            }
        }
    }

    static func isPostgres(_ sql: any SQLDatabase) -> Bool { sql.dialect.name == "postgresql" }
}
