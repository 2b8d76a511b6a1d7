import FluentKit
import Foundation
import SQLKit

extension SearchIndex {
    /// Finds the documents matching `query` that its audiences may see: one page of hits, best first, the total
    /// and the facet counts. A query without terms lists the documents within the filters, newest year first.
    public static func search(_ query: IndexQuery, on database: any Database) async throws -> IndexResult {
        let sql = database.sql
        let postgres = isPostgres(sql)
        let groups = query.groups.map { $0.filter { !$0.text.isEmpty && $0.text.allSatisfy(isTermCharacter) } }.filter { !$0.isEmpty }
        let hasTerms = !groups.isEmpty
        let audiences = query.audiences.map(\.code)
        let limit = max(0, min(query.limit, 200))
        let offset = max(0, query.offset)

        // FROM and the full-text condition.
        let from: SQLQueryString
        let score: SQLQueryString
        if hasTerms && postgres {
            let text = groups.map { group in
                "(" + group.map { $0.text + ($0.prefix ? ":*" : "") }.joined(separator: " | ") + ")"
            }.joined(separator: " & ")
            from = "search_documents d CROSS JOIN to_tsquery('simple', \(bind: text)) q WHERE d.tsv @@ q"
            score = "ts_rank(d.tsv, q)"
        } else if hasTerms {
            let text = groups.map { group in
                "(" + group.map { "\"\($0.text)\"" + ($0.prefix ? "*" : "") }.joined(separator: " OR ") + ")"
            }.joined(separator: " AND ")
            // CROSS JOIN: SQLite keeps the full-text match as the outer loop (a facet or audience table first would
            // run the match once per row).
            from = "search_fts CROSS JOIN search_documents d ON d.id = search_fts.rowid WHERE search_fts MATCH \(bind: text)"
            // bm25 is lower for better matches; titles weigh ten times the body.
            score = "(0 - bm25(search_fts, 10.0, 1.0))"
        } else {
            from = "search_documents d WHERE 1 = 1"
            score = "0"
        }

        func filters(kind: Bool, theme: Bool, city: Bool, year: Bool) -> SQLQueryString {
            var out: SQLQueryString = " AND EXISTS (SELECT 1 FROM search_facets fa WHERE fa.document_id = d.id AND fa.facet = 'audience' AND fa.value IN (\(binds: audiences)))"
            if kind, !query.kinds.isEmpty { out = out + " AND d.kind IN (\(binds: query.kinds))" }
            if theme, let value = query.theme {
                out = out + " AND EXISTS (SELECT 1 FROM search_facets ft WHERE ft.document_id = d.id AND ft.facet = 'theme' AND ft.value = \(bind: value))"
            }
            if city, let value = query.city {
                out = out + " AND EXISTS (SELECT 1 FROM search_facets fc WHERE fc.document_id = d.id AND fc.facet = 'city' AND fc.value = \(bind: value))"
            }
            if year, let value = query.year { out = out + " AND d.year = \(bind: value)" }
            return out
        }
        guard !audiences.isEmpty else { return IndexResult(total: 0, hits: [], kinds: [], themes: [], cities: [], years: []) }

        let all = filters(kind: true, theme: true, city: true, year: true)
        let order: SQLQueryString = hasTerms ? " ORDER BY score DESC, d.id" : " ORDER BY COALESCE(d.year, 0) DESC, d.updated_at DESC, d.id DESC"
        let hitsQuery: SQLQueryString = "SELECT d.doc_key, d.kind, d.title_nl, d.title_en, d.summary_nl, d.summary_en, d.path, d.body, d.year, "
            + score + " AS score FROM " + from + all + order + " LIMIT \(unsafeRaw: String(limit)) OFFSET \(unsafeRaw: String(offset))"
        let hits = try await sql.raw(hitsQuery).all().map { row in
            IndexHit(
                key: try row.decode(column: "doc_key", as: String.self),
                kind: try row.decode(column: "kind", as: String.self),
                title: LocalizedText(nl: try row.decode(column: "title_nl", as: String.self), en: try row.decode(column: "title_en", as: String.self)),
                summary: LocalizedText(nl: try row.decode(column: "summary_nl", as: String.self), en: try row.decode(column: "summary_en", as: String.self)),
                path: try row.decode(column: "path", as: String.self),
                body: try row.decode(column: "body", as: String.self),
                year: try row.decode(column: "year", as: Int?.self))
        }

        let kindQuery: SQLQueryString = "SELECT d.kind AS value, COUNT(*) AS n FROM " + from + filters(kind: false, theme: true, city: true, year: true) + " GROUP BY d.kind"
        let kinds = try await sql.raw(kindQuery).all().map {
            FacetCount(value: try $0.decode(column: "value", as: String.self), count: try $0.decode(column: "n", as: Int.self))
        }
        let total: Int = if query.kinds.isEmpty {
            kinds.reduce(0) { $0 + $1.count }
        } else {
            kinds.filter { query.kinds.contains($0.value) }.reduce(0) { $0 + $1.count }
        }

        // The matches first, then their facets (CROSS JOIN fixes that order on SQLite; PostgreSQL plans it so itself).
        let join: SQLQueryString = postgres ? " JOIN " : " CROSS JOIN "
        let themeCityQuery: SQLQueryString = "SELECT f.facet AS facet, f.value AS value, COUNT(*) AS n FROM (SELECT d.id AS id FROM " + from + all
            + ") m" + join + "search_facets f ON f.document_id = m.id WHERE f.facet IN ('theme', 'city') GROUP BY f.facet, f.value"
        var themes: [FacetCount] = []
        var cities: [FacetCount] = []
        for row in try await sql.raw(themeCityQuery).all() {
            let count = FacetCount(value: try row.decode(column: "value", as: String.self), count: try row.decode(column: "n", as: Int.self))
            if try row.decode(column: "facet", as: String.self) == "theme" { themes.append(count) } else { cities.append(count) }
        }
        let yearQuery: SQLQueryString = "SELECT d.year AS value, COUNT(*) AS n FROM " + from + all + " AND d.year IS NOT NULL GROUP BY d.year"
        let years = try await sql.raw(yearQuery).all().map {
            FacetCount(value: String(try $0.decode(column: "value", as: Int.self)), count: try $0.decode(column: "n", as: Int.self))
        }
        func sorted(_ list: [FacetCount]) -> [FacetCount] { list.sorted { ($0.count, $1.value) > ($1.count, $0.value) } }
        return IndexResult(
            total: total, hits: hits, kinds: sorted(kinds), themes: sorted(themes), cities: sorted(cities),
            years: years.sorted { $0.value > $1.value })
    }

    static func isTermCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber)
    }
}
