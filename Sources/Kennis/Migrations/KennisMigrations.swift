import Fluent
import Platform
import SQLKit

/// The Kennis migrations, in order; names pinned ("Kennis.M0xx"), new ones appended.
enum KennisMigrations {
    static let all: [any Migration] = [
        M045_CreateKnowledgeItems(),
        M046_CreateKnowledgeTags(),
        M047_CreateKnowledgeFiles(),
        M048_CreateEventRegistrations(),
        M049_CreateNewsletterSubscribers(),
        M050_CreateNewsletters(),
    ]
}

/// The items of the knowledge base. `content` holds the item as written (`KnowledgeContent` as JSON); the columns
/// beside it are what lists and rights need without reading it.
struct M045_CreateKnowledgeItems: AsyncMigration {
    var name: String { "Kennis.M045_CreateKnowledgeItems" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "knowledge_items")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("slug", type: .text, .notNull, .unique)
            .column("kind", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("title", type: .text, .notNull)
            .column("content", type: .text, .notNull)
            .column("author_user_id", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("author_organisation_id", type: .bigint, .references("organisations", "id", onDelete: .setNull))
            .column("review_note", type: .text)
            .column("revision", type: .int, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .column("updated_at", type: .timestamp, .notNull)
            .column("published_at", type: .timestamp)
            .run()
        try await database.sql.create(index: "knowledge_items_kind_status").on("knowledge_items").column("kind").column("status").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "knowledge_items").run()
    }
}

/// The tags of an item, one row each, so other pillars' pages find what concerns them in one query:
/// theme, city, maturity (theme code), workpackage, recommendation, planitem ("org/plan/code").
struct M046_CreateKnowledgeTags: AsyncMigration {
    var name: String { "Kennis.M046_CreateKnowledgeTags" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "knowledge_tags")
            .column("item_id", type: .bigint, .notNull, .references("knowledge_items", "id", onDelete: .cascade))
            .column("tag", type: .text, .notNull)
            .column("value", type: .text, .notNull)
            .run()
        try await database.sql.create(index: "knowledge_tags_value").on("knowledge_tags").column("tag").column("value").run()
        try await database.sql.create(index: "knowledge_tags_item").on("knowledge_tags").column("item_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "knowledge_tags").run()
    }
}

/// Attachments and images of items. The bytes live in the file store (`FileStore`), named by `storage_key`;
/// `extracted_text` is the text of a PDF (pdftotext), searched with the item.
struct M047_CreateKnowledgeFiles: AsyncMigration {
    var name: String { "Kennis.M047_CreateKnowledgeFiles" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "knowledge_files")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("item_id", type: .bigint, .notNull, .references("knowledge_items", "id", onDelete: .cascade))
            .column("name", type: .text, .notNull)
            .column("title", type: .text, .notNull)
            .column("file_kind", type: .text, .notNull)
            .column("media_type", type: .text, .notNull)
            .column("size", type: .bigint, .notNull)
            .column("sha256", type: .text, .notNull)
            .column("storage_key", type: .text, .notNull)
            .column("version_label", type: .text)
            .column("extracted_text", type: .text, .notNull)
            .column("uploaded_by", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("created_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(index: "knowledge_files_item").on("knowledge_files").column("item_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "knowledge_files").run()
    }
}

/// Registrations for events: first come first served up to the cap, then the waiting list.
struct M048_CreateEventRegistrations: AsyncMigration {
    var name: String { "Kennis.M048_CreateEventRegistrations" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "event_registrations")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("item_id", type: .bigint, .notNull, .references("knowledge_items", "id", onDelete: .cascade))
            .column("name", type: .text, .notNull)
            .column("email", type: .text, .notNull)
            .column("organisation", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .column("changed_at", type: .timestamp, .notNull)
            .unique("item_id", "email")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "event_registrations").run()
    }
}

/// Newsletter subscribers: only the address, its state and when it changed.
struct M049_CreateNewsletterSubscribers: AsyncMigration {
    var name: String { "Kennis.M049_CreateNewsletterSubscribers" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "newsletter_subscribers")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("email", type: .text, .notNull, .unique)
            .column("status", type: .text, .notNull)
            .column("created_at", type: .timestamp, .notNull)
            .column("changed_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(index: "newsletter_subscribers_status").on("newsletter_subscribers").column("status").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "newsletter_subscribers").run()
    }
}

/// Newsletter issues: composed from items, sent once.
struct M050_CreateNewsletters: AsyncMigration {
    var name: String { "Kennis.M050_CreateNewsletters" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "newsletters")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("number", type: .int, .notNull, .unique)
            .column("subject", type: .text, .notNull)
            .column("intro", type: .text, .notNull)
            .column("items", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("recipients", type: .int, .notNull)
            .column("created_by", type: .bigint, .references("users", "id", onDelete: .setNull))
            .column("created_at", type: .timestamp, .notNull)
            .column("sent_at", type: .timestamp)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "newsletters").run()
    }
}
