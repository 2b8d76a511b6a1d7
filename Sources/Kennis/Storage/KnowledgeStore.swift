import Fluent
import Foundation
import KennisDomain
import Platform
import SQLKit

/// Reads the Kennis pillar.
public struct KnowledgeStore: Sendable {
    let database: any Database
    var sql: any SQLDatabase { database.sql }

    public init(database: any Database) {
        self.database = database
    }

    static let decoder = JSONDecoder()

    // MARK: Items

    public func item(slug: String) async throws -> StoredKnowledge? {
        guard let row = try await sql.raw("SELECT * FROM knowledge_items WHERE slug = \(bind: slug)").first() else { return nil }
        var item = try Self.item(row)
        item.files = try await files(itemID: item.id)
        return item
    }

    public func item(id: Int) async throws -> StoredKnowledge? {
        guard let row = try await sql.raw("SELECT * FROM knowledge_items WHERE id = \(bind: id)").first() else { return nil }
        var item = try Self.item(row)
        item.files = try await files(itemID: item.id)
        return item
    }

    /// Items by status (and kind), newest change first.
    public func items(kind: KnowledgeKind? = nil, statuses: [KnowledgeStatus], authorUserID: Int? = nil, limit: Int = 500) async throws -> [KnowledgeSummary] {
        var query = sql.select().columns("id", "slug", "kind", "status", "content", "author_user_id", "updated_at", "published_at", "created_at")
            .from("knowledge_items")
            .where("status", .in, SQLBind.group(statuses.map(\.rawValue)))
        if let kind { query = query.where("kind", .equal, SQLBind(kind.rawValue)) }
        if let authorUserID { query = query.where("author_user_id", .equal, SQLBind(authorUserID)) }
        return try await query.orderBy("updated_at", .descending).orderBy("id", .descending).limit(limit).all().map(Self.summary)
    }

    /// Published items with a tag (`theme`, `city`, `maturity`, `workpackage`, `recommendation`) of one of `values`.
    public func published(tag: String, values: [String], limit: Int = 50) async throws -> [KnowledgeSummary] {
        guard !values.isEmpty else { return [] }
        return try await publishedTagged(tag: tag, values: values, limit: limit)
    }

    private func publishedTagged(tag: String, values: [String], limit: Int) async throws -> [KnowledgeSummary] {
        try await sql.raw("""
            SELECT id, slug, kind, status, content, author_user_id, updated_at, published_at, created_at FROM knowledge_items
            WHERE status = \(bind: KnowledgeStatus.gepubliceerd.rawValue)
              AND id IN (SELECT item_id FROM knowledge_tags WHERE tag = \(bind: tag) AND value IN (\(binds: values)))
            ORDER BY kind, published_at DESC, id DESC LIMIT \(unsafeRaw: String(limit))
            """).all().map(Self.summary)
    }

    /// Published items by slug, in the order given (unknown or unpublished slugs are left out).
    public func published(slugs: [String]) async throws -> [StoredKnowledge] {
        var out: [StoredKnowledge] = []
        for slug in slugs {
            if let item = try await item(slug: slug), item.status == .gepubliceerd { out.append(item) }
        }
        return out
    }

    /// Published items of a kind, newest first (feeds, lists).
    public func latestPublished(kinds: [KnowledgeKind], limit: Int) async throws -> [StoredKnowledge] {
        let rows = try await sql.select().column("*").from("knowledge_items")
            .where("status", .equal, SQLBind(KnowledgeStatus.gepubliceerd.rawValue))
            .where("kind", .in, SQLBind.group(kinds.map(\.rawValue)))
            .orderBy("published_at", .descending).orderBy("id", .descending).limit(limit).all()
        return try rows.map(Self.item)
    }

    /// Every item, for the search index rebuild and exports.
    public func allItems() async throws -> [StoredKnowledge] {
        let rows = try await sql.select().column("*").from("knowledge_items").orderBy("id").all()
        var items = try rows.map(Self.item)
        let files = try await sql.select().column("*").from("knowledge_files").orderBy("id").all().map(Self.file)
        let byItem = Dictionary(grouping: files, by: \.itemID)
        for index in items.indices { items[index].files = byItem[items[index].id] ?? [] }
        return items
    }

    public func count(statuses: [KnowledgeStatus]) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("knowledge_items")
            .where("status", .in, SQLBind.group(statuses.map(\.rawValue))).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    // MARK: Files

    public func files(itemID: Int) async throws -> [StoredFile] {
        try await sql.select().column("*").from("knowledge_files").where("item_id", .equal, SQLBind(itemID)).orderBy("id").all().map(Self.file)
    }

    public func file(id: Int) async throws -> StoredFile? {
        try await sql.select().column("*").from("knowledge_files").where("id", .equal, SQLBind(id)).first().map(Self.file)
    }

    // MARK: Registrations

    public func registrations(itemID: Int) async throws -> [StoredRegistration] {
        try await sql.select().column("*").from("event_registrations").where("item_id", .equal, SQLBind(itemID)).orderBy("id").all()
            .map(Self.registration)
    }

    public func registration(id: Int) async throws -> StoredRegistration? {
        try await sql.select().column("*").from("event_registrations").where("id", .equal, SQLBind(id)).first().map(Self.registration)
    }

    // MARK: Newsletter

    public func subscriber(email: String) async throws -> StoredSubscriber? {
        try await sql.select().column("*").from("newsletter_subscribers").where("email", .equal, SQLBind(email.lowercased())).first()
            .map(Self.subscriber)
    }

    public func subscriber(id: Int) async throws -> StoredSubscriber? {
        try await sql.select().column("*").from("newsletter_subscribers").where("id", .equal, SQLBind(id)).first().map(Self.subscriber)
    }

    public func subscriberCounts() async throws -> [SubscriberStatus: Int] {
        var out: [SubscriberStatus: Int] = [:]
        for row in try await sql.raw("SELECT status, COUNT(*) AS n FROM newsletter_subscribers GROUP BY status").all() {
            if let status = SubscriberStatus(rawValue: try row.decode(column: "status", as: String.self)) {
                out[status] = try row.decode(column: "n", as: Int.self)
            }
        }
        return out
    }

    public func confirmedSubscribers() async throws -> [StoredSubscriber] {
        try await sql.select().column("*").from("newsletter_subscribers")
            .where("status", .equal, SQLBind(SubscriberStatus.confirmed.rawValue)).orderBy("id").all().map(Self.subscriber)
    }

    public func newsletters(sentOnly: Bool = false) async throws -> [StoredNewsletter] {
        var query = sql.select().column("*").from("newsletters")
        if sentOnly { query = query.where("status", .equal, SQLBind("verstuurd")) }
        return try await query.orderBy("number", .descending).all().map(Self.newsletter)
    }

    public func newsletter(number: Int) async throws -> StoredNewsletter? {
        try await sql.select().column("*").from("newsletters").where("number", .equal, SQLBind(number)).first().map(Self.newsletter)
    }

    // MARK: Rows

    static func content(_ row: any SQLRow) throws -> KnowledgeContent {
        try decoder.decode(KnowledgeContent.self, from: Data(try row.decode(column: "content", as: String.self).utf8))
    }

    static func item(_ row: any SQLRow) throws -> StoredKnowledge {
        StoredKnowledge(
            id: try row.decode(column: "id", as: Int.self),
            content: try content(row),
            status: KnowledgeStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .concept,
            authorUserID: try row.decode(column: "author_user_id", as: Int?.self),
            authorOrganisationID: try row.decode(column: "author_organisation_id", as: Int?.self),
            reviewNote: try row.decode(column: "review_note", as: String?.self),
            revision: try row.decode(column: "revision", as: Int.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self),
            publishedAt: try row.decode(column: "published_at", as: Date?.self),
            files: [])
    }

    static func summary(_ row: any SQLRow) throws -> KnowledgeSummary {
        let content = try content(row)
        let published = try row.decode(column: "published_at", as: Date?.self)
        let created = try row.decode(column: "created_at", as: Date.self)
        return KnowledgeSummary(
            id: try row.decode(column: "id", as: Int.self), slug: content.slug, kind: content.kind,
            status: KnowledgeStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .concept,
            title: content.title, summary: content.summary,
            date: content.date ?? KnowledgeDates.isoDay(published ?? created),
            authorUserID: try row.decode(column: "author_user_id", as: Int?.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }

    static func file(_ row: any SQLRow) throws -> StoredFile {
        StoredFile(
            id: try row.decode(column: "id", as: Int.self), itemID: try row.decode(column: "item_id", as: Int.self),
            name: try row.decode(column: "name", as: String.self), title: try row.decode(column: "title", as: String.self),
            fileKind: try row.decode(column: "file_kind", as: String.self), mediaType: try row.decode(column: "media_type", as: String.self),
            size: try row.decode(column: "size", as: Int.self), sha256: try row.decode(column: "sha256", as: String.self),
            storageKey: try row.decode(column: "storage_key", as: String.self),
            versionLabel: try row.decode(column: "version_label", as: String?.self),
            extractedText: try row.decode(column: "extracted_text", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Date.self))
    }

    static func registration(_ row: any SQLRow) throws -> StoredRegistration {
        StoredRegistration(
            id: try row.decode(column: "id", as: Int.self), itemID: try row.decode(column: "item_id", as: Int.self),
            name: try row.decode(column: "name", as: String.self), email: try row.decode(column: "email", as: String.self),
            organisation: try row.decode(column: "organisation", as: String.self),
            status: RegistrationStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .geannuleerd,
            createdAt: try row.decode(column: "created_at", as: Date.self))
    }

    static func subscriber(_ row: any SQLRow) throws -> StoredSubscriber {
        StoredSubscriber(
            id: try row.decode(column: "id", as: Int.self), email: try row.decode(column: "email", as: String.self),
            status: SubscriberStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .unsubscribed,
            createdAt: try row.decode(column: "created_at", as: Date.self), changedAt: try row.decode(column: "changed_at", as: Date.self))
    }

    static func newsletter(_ row: any SQLRow) throws -> StoredNewsletter {
        StoredNewsletter(
            id: try row.decode(column: "id", as: Int.self), number: try row.decode(column: "number", as: Int.self),
            subject: try row.decode(column: "subject", as: String.self), intro: try row.decode(column: "intro", as: String.self),
            itemSlugs: try row.decode(column: "items", as: String.self).split(separator: ",").map(String.init),
            sent: try row.decode(column: "status", as: String.self) == "verstuurd",
            recipients: try row.decode(column: "recipients", as: Int.self),
            createdAt: try row.decode(column: "created_at", as: Date.self), sentAt: try row.decode(column: "sent_at", as: Date?.self))
    }
}
