import Fluent
import SQLKit

/// The site-wide search index: one row per findable thing of any pillar, its facets, and the full-text part —
/// an FTS5 table on SQLite, a weighted tsvector with a GIN index on PostgreSQL. Both hold the same stemmed terms
/// (`SearchText`), so both find the same documents.
public struct M042_CreateSearchIndex: AsyncMigration {
    public var name: String { "Platform.M042_CreateSearchIndex" }

    public func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "search_documents")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("doc_key", type: .text, .notNull, .unique)
            .column("source", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("title_nl", type: .text, .notNull)
            .column("title_en", type: .text, .notNull)
            .column("summary_nl", type: .text, .notNull)
            .column("summary_en", type: .text, .notNull)
            .column("path", type: .text, .notNull)
            .column("body", type: .text, .notNull)
            .column("terms_title", type: .text, .notNull)
            .column("terms_body", type: .text, .notNull)
            .column("year", type: .int)
            .column("audience", type: .text, .notNull)
            .column("updated_at", type: .timestamp, .notNull)
            .run()
        try await sql.create(index: "search_documents_source").on("search_documents").column("source").run()
        try await sql.create(table: "search_facets")
            .column("document_id", type: .bigint, .notNull, .references("search_documents", "id", onDelete: .cascade))
            .column("facet", type: .text, .notNull)
            .column("value", type: .text, .notNull)
            .run()
        try await sql.create(index: "search_facets_document").on("search_facets").column("document_id").run()
        try await sql.create(index: "search_facets_value").on("search_facets").column("facet").column("value").run()
        try await sql.create(table: "search_sources")
            .column("source", type: .text, .primaryKey(autoIncrement: false))
            .column("fingerprint", type: .text, .notNull)
            .column("updated_at", type: .timestamp, .notNull)
            .run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE search_documents ADD COLUMN tsv tsvector").run()
            try await sql.raw("CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv)").run()
        } else {
            try await sql.raw("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')").run()
        }
    }

    public func revert(on database: any Database) async throws {
        let sql = database.sql
        if sql.dialect.name != "postgresql" { try await sql.raw("DROP TABLE search_fts").run() }
        try await sql.drop(table: "search_sources").run()
        try await sql.drop(table: "search_facets").run()
        try await sql.drop(table: "search_documents").run()
    }
}
