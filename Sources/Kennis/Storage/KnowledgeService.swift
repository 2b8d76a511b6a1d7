import AccessDomain
import Fluent
import Foundation
import KennisDomain
import Platform
import SQLKit
import SafeMarkdown

/// A change the Kennis pillar refused, said in both languages and located by field where it can be.
public struct KennisRefused: Error, Sendable, Hashable, CustomStringConvertible {
    public let problems: [KnowledgeProblem]

    public init(_ problems: [KnowledgeProblem]) { self.problems = problems }
    public init(field: String = "", nl: String, en: String) { problems = [KnowledgeProblem(field: field, nl: nl, en: en)] }

    public var description: String { problems.map(\.nl).joined(separator: "; ") }

    public func messages(_ language: String) -> [String] { problems.map { language == "en" ? $0.en : $0.nl } }
}

/// Who acts, as the Kennis service needs it.
public struct KennisActor: Sendable, Hashable {
    public let audit: AuditActor
    public let userID: Int?
    public let organisationID: Int?
    public let isEditor: Bool

    public init(audit: AuditActor, userID: Int?, organisationID: Int?, isEditor: Bool) {
        self.audit = audit
        self.userID = userID
        self.organisationID = organisationID
        self.isEditor = isEditor
    }

    public init(_ principal: Principal) {
        self.init(audit: AuditActor(principal), userID: principal.userID, organisationID: principal.organisationID,
                  isEditor: KennisAccess.isEditor(principal))
    }

    public static let commandLine = KennisActor(audit: .commandLine, userID: nil, organisationID: nil, isEditor: true)

    func workflow(for item: StoredKnowledge) -> WorkflowActor {
        WorkflowActor(isEditor: isEditor, isAuthor: userID != nil && item.authorUserID == userID)
    }
}

/// Every change in the Kennis pillar: each in one transaction with its audit entry and the search index.
public struct KnowledgeService: Sendable {
    public static let module = "kennis"
    let database: any Database
    let files: any FileStore
    let rules: KnowledgeRules

    public init(database: any Database, files: any FileStore, rules: KnowledgeRules) {
        self.database = database
        self.files = files
        self.rules = rules
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    // MARK: Items

    /// Writes a new item as a concept (or, for an editor who asks, published at once).
    @discardableResult
    public func create(_ content: KnowledgeContent, by actor: KennisActor, publish: Bool = false, now: Date = Date()) async throws -> Int {
        let content = Self.normalised(content)
        let problems = rules.problems(content)
        guard problems.isEmpty else { throw KennisRefused(problems) }
        guard actor.isEditor || content.kind.mayBeProposedByMembers else {
            throw KennisRefused(field: "kind", nl: "Alleen een redacteur van het Kenniscentrum kan een \(content.kind.name.nl.lowercased()) maken.",
                                en: "Only a Kenniscentrum editor can create a \(content.kind.name.en.lowercased()).")
        }
        let status: KnowledgeStatus = publish && actor.isEditor ? .gepubliceerd : .concept
        return try await database.transaction { db in
            let sql = db.sql
            if try await sql.select().column("id").from("knowledge_items").where("slug", .equal, SQLBind(content.slug)).first() != nil {
                throw KennisRefused(field: "slug", nl: "Het webadres '\(content.slug)' is al in gebruik.", en: "The web address '\(content.slug)' is already used.")
            }
            let row = try await sql.insert(into: "knowledge_items")
                .columns("slug", "kind", "status", "title", "content", "author_user_id", "author_organisation_id", "revision",
                         "created_at", "updated_at", "published_at")
                .values(SQLBind(content.slug), SQLBind(content.kind.rawValue), SQLBind(status.rawValue), SQLBind(content.title.nl),
                        SQLBind(try Self.json(content)), SQLBind(actor.userID), SQLBind(actor.organisationID), SQLBind(1),
                        SQLBind(now), SQLBind(now), SQLBind(status == .gepubliceerd ? now : nil))
                .returning("id").first()
            let id = try row?.decode(column: "id", as: Int.self) ?? 0
            try await Self.writeTags(id, content, sql)
            try await AuditLog.record(AuditEvent(
                actor: actor.audit, module: Self.module, action: .create, entityType: content.kind.rawValue, entityID: content.slug,
                summary: "\(content.kind.name.nl) '\(content.title.nl)' aangemaakt (\(status.name.nl.lowercased()))",
                changes: [AuditChange(field: "status", before: nil, after: status.rawValue)]), on: db)
            try await Self.reindex(id: id, on: db)
            return id
        }
    }

    /// Changes an item's content. `revision` is the one the editor started from: if someone saved in between, the
    /// change is refused rather than silently overwriting theirs.
    public func update(_ item: StoredKnowledge, to content: KnowledgeContent, revision: Int, by actor: KennisActor, now: Date = Date()) async throws {
        var edited = Self.normalised(content)
        edited.slug = item.slug
        edited.kind = item.kind
        let content = edited
        guard Workflow.mayEdit(item.status, by: actor.workflow(for: item)) else {
            throw KennisRefused(nl: "Je kunt dit item nu niet wijzigen (status: \(item.status.name.nl.lowercased())).",
                                en: "You cannot change this item now (status: \(item.status.name.en.lowercased())).")
        }
        let problems = rules.problems(content)
        guard problems.isEmpty else { throw KennisRefused(problems) }
        try await database.transaction { db in
            let sql = db.sql
            let updated = try await sql.update("knowledge_items")
                .set("content", to: SQLBind(try Self.json(content))).set("title", to: SQLBind(content.title.nl))
                .set("revision", to: SQLBind(revision + 1)).set("updated_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(item.id)).where("revision", .equal, SQLBind(revision))
                .returning("id").all()
            guard !updated.isEmpty else {
                throw KennisRefused(nl: "Iemand anders heeft dit item intussen bewaard. Herlaad de pagina en voer je wijziging opnieuw in.",
                                    en: "Someone else saved this item in the meantime. Reload the page and make your change again.")
            }
            try await sql.delete(from: "knowledge_tags").where("item_id", .equal, SQLBind(item.id)).run()
            try await Self.writeTags(item.id, content, sql)
            try await AuditLog.record(AuditEvent(
                actor: actor.audit, module: Self.module, action: .update, entityType: item.kind.rawValue, entityID: item.slug,
                summary: "\(item.kind.name.nl) '\(content.title.nl)' gewijzigd",
                changes: AuditChange.between(Self.auditFields(item.content), Self.auditFields(content))), on: db)
            try await Self.reindex(id: item.id, on: db)
        }
    }

    /// Takes a workflow step (submit, publish, send back, withdraw, publish again), with an optional note.
    public func take(_ step: WorkflowStep, on item: StoredKnowledge, note: String? = nil, by actor: KennisActor, now: Date = Date()) async throws {
        let next: KnowledgeStatus
        switch Workflow.apply(step, to: item.status, by: actor.workflow(for: item)) {
        case .success(let status): next = status
        case .failure(let refusal): throw KennisRefused(nl: refusal.nl, en: refusal.en)
        }
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines).prefix(2000).description
        if step == .sendBack, (note ?? "").isEmpty {
            throw KennisRefused(field: "note", nl: "Zeg de auteur wat er nog moet veranderen.", en: "Tell the author what still has to change.")
        }
        try await database.transaction { db in
            var update = db.sql.update("knowledge_items").set("status", to: SQLBind(next.rawValue)).set("updated_at", to: SQLBind(now))
                .set("review_note", to: SQLBind(step == .sendBack ? note : nil))
            if next == .gepubliceerd, item.publishedAt == nil { update = update.set("published_at", to: SQLBind(now)) }
            try await update.where("id", .equal, SQLBind(item.id)).where("status", .equal, SQLBind(item.status.rawValue)).run()
            try await AuditLog.record(AuditEvent(
                actor: actor.audit, module: Self.module, action: .update, entityType: item.kind.rawValue, entityID: item.slug,
                summary: "\(item.kind.name.nl) '\(item.content.title.nl)': \(step.name.nl.lowercased())" + ((note ?? "").isEmpty ? "" : " — \(note ?? "")"),
                changes: [AuditChange(field: "status", before: item.status.rawValue, after: next.rawValue)]), on: db)
            try await Self.reindex(id: item.id, on: db)
        }
    }

    // MARK: Files

    /// Keeps an uploaded file (already checked by `FileSniff`) with the item; a PDF's text is extracted and searched.
    @discardableResult
    public func attach(_ data: Data, checked: CheckedUpload, title: String, versionLabel: String? = nil, to item: StoredKnowledge,
                       by actor: KennisActor, now: Date = Date()) async throws -> Int {
        guard Workflow.mayEdit(item.status, by: actor.workflow(for: item)) else {
            throw KennisRefused(nl: "Je kunt aan dit item nu geen bestanden toevoegen.", en: "You cannot add files to this item now.")
        }
        let key = try await files.put(data)
        let text = checked.mediaType == "application/pdf" ? (await PDFText.extract(data) ?? "") : ""
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? checked.fileName : String(title.prefix(200))
        return try await database.transaction { db in
            let row = try await db.sql.insert(into: "knowledge_files")
                .columns("item_id", "name", "title", "file_kind", "media_type", "size", "sha256", "storage_key", "version_label",
                         "extracted_text", "uploaded_by", "created_at")
                .values(SQLBind(item.id), SQLBind(checked.fileName), SQLBind(title), SQLBind(checked.kind), SQLBind(checked.mediaType),
                        SQLBind(data.count), SQLBind(key), SQLBind(key), SQLBind(versionLabel), SQLBind(text), SQLBind(actor.userID), SQLBind(now))
                .returning("id").first()
            let id = try row?.decode(column: "id", as: Int.self) ?? 0
            try await db.sql.update("knowledge_items").set("updated_at", to: SQLBind(now)).where("id", .equal, SQLBind(item.id)).run()
            try await AuditLog.record(AuditEvent(
                actor: actor.audit, module: Self.module, action: .create, entityType: "bestand", entityID: "\(item.slug)/\(id)",
                summary: "bestand '\(checked.fileName)' (\(data.count) bytes) toegevoegd aan '\(item.content.title.nl)'"), on: db)
            try await Self.reindex(id: item.id, on: db)
            return id
        }
    }

    public func removeFile(_ file: StoredFile, of item: StoredKnowledge, by actor: KennisActor) async throws {
        guard Workflow.mayEdit(item.status, by: actor.workflow(for: item)) else {
            throw KennisRefused(nl: "Je kunt de bestanden van dit item nu niet wijzigen.", en: "You cannot change this item's files now.")
        }
        try await database.transaction { db in
            try await db.sql.delete(from: "knowledge_files").where("id", .equal, SQLBind(file.id)).run()
            try await AuditLog.record(AuditEvent(
                actor: actor.audit, module: Self.module, action: .delete, entityType: "bestand", entityID: "\(item.slug)/\(file.id)",
                summary: "bestand '\(file.name)' verwijderd uit '\(item.content.title.nl)'"), on: db)
            try await Self.reindex(id: item.id, on: db)
        }
        // The bytes go only when no other file row uses them.
        let others = try await database.sql.select().column("id").from("knowledge_files").where("storage_key", .equal, SQLBind(file.storageKey)).all()
        if others.isEmpty { try await files.delete(file.storageKey) }
    }

    // MARK: Index

    /// Writes the item's search document (or removes it), on the transaction of the change.
    static func reindex(id: Int, on db: any Database) async throws {
        guard let item = try await KnowledgeStore(database: db).item(id: id) else { return }
        try await SearchIndex.put(document(item), source: "kennis", on: db)
    }

    /// What the search knows of an item: its texts, its files' texts, tags; public once published, else for editors
    /// and its author.
    static func document(_ item: StoredKnowledge) -> SearchDocument {
        let c = item.content
        let d = c.details
        var parts: [String] = [SafeMarkdown.plainText(c.body.nl), SafeMarkdown.plainText(c.body.en)]
        for text in [d.problem, d.approach, d.results, d.costs, d.whoMayJoin, d.howToJoin, d.place] {
            parts.append(SafeMarkdown.plainText(text.nl))
            parts.append(SafeMarkdown.plainText(text.en))
        }
        parts += [d.authority ?? "", d.suppliers.joined(separator: " "), d.lots.joined(separator: " "), d.experts.joined(separator: " "),
                  d.publisher ?? "", d.documentKind ?? "", d.contact ?? ""]
        parts += d.meetings.map { $0.summary.nl + " " + $0.summary.en }
        parts += d.versions.map { $0.note.nl + " " + $0.note.en }
        parts += item.files.map { $0.title + " " + $0.extractedText }
        var cities = c.cities
        if let city = d.city, !cities.contains(city) { cities.append(city) }
        var audiences: [SearchAudience] = item.status == .gepubliceerd ? [.everyone] : [.editors]
        if item.status != .gepubliceerd, let author = item.authorUserID { audiences.append(.user(author)) }
        return SearchDocument(
            key: "kennis:\(c.slug)", kind: c.kind.rawValue,
            title: LocalizedText(nl: c.title.nl, en: c.title.text("en")),
            summary: LocalizedText(nl: c.summary.nl, en: c.summary.text("en")),
            path: "/kennis/\(c.slug)",
            body: parts.filter { !$0.isEmpty }.joined(separator: "\n"),
            year: item.year, themes: c.themes, cities: cities, audiences: audiences)
    }

    /// Rebuilds the documents of every item (the `kennis reindex` command; normally each change writes its own).
    public func reindexAll() async throws -> Int {
        try await database.transaction { db in
            let items = try await KnowledgeStore(database: db).allItems()
            try await SearchIndex.replace(source: "kennis", with: items.map(Self.document), on: db)
            return items.count
        }
    }

    // MARK: Helpers

    static func normalised(_ content: KnowledgeContent) -> KnowledgeContent {
        var c = content
        func trim(_ b: Bilingual) -> Bilingual {
            Bilingual(nl: b.nl.trimmingCharacters(in: .whitespacesAndNewlines), en: b.en.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        c.title = trim(c.title)
        c.summary = trim(c.summary)
        c.slug = c.slug.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        func unique(_ list: [String]) -> [String] {
            var seen = Set<String>()
            return list.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
        }
        c.themes = unique(c.themes)
        c.cities = unique(c.cities)
        c.maturityThemes = unique(c.maturityThemes)
        c.workPackages = Array(Set(c.workPackages)).sorted()
        c.recommendations = Array(Set(c.recommendations)).sorted()
        return c
    }

    static func json(_ content: KnowledgeContent) throws -> String {
        String(decoding: try encoder.encode(content), as: UTF8.self)
    }

    static func writeTags(_ id: Int, _ content: KnowledgeContent, _ sql: any SQLDatabase) async throws {
        var rows: [[any SQLExpression]] = []
        func add(_ tag: String, _ values: [String]) {
            for value in values { rows.append([SQLBind(id), SQLBind(tag), SQLBind(value)]) }
        }
        add("theme", content.themes)
        add("city", content.cities + (content.details.city.map { [$0] } ?? []))
        add("maturity", content.maturityThemes)
        add("workpackage", content.workPackages.map(String.init))
        add("recommendation", content.recommendations.map(String.init))
        guard !rows.isEmpty else { return }
        try await sql.insert(into: "knowledge_tags").columns("item_id", "tag", "value").rows(rows).run()
    }

    static func auditFields(_ c: KnowledgeContent) -> [String: String] {
        [
            "titel": c.title.nl, "title (en)": c.title.en, "samenvatting": c.summary.nl, "tekst": "\(c.body.nl.count) tekens",
            "onderwerpen": c.themes.joined(separator: ", "), "steden": c.cities.joined(separator: ", "),
            "maturiteitsthema's": c.maturityThemes.joined(separator: ", "),
            "werkpakketten": c.workPackages.map(String.init).joined(separator: ", "),
            "aanbevelingen": c.recommendations.map(String.init).joined(separator: ", "),
        ]
    }
}

/// An upload that passed the checks: what the service keeps of it.
public struct CheckedUpload: Sendable, Hashable {
    public let fileName: String
    public let kind: String
    public let mediaType: String

    public init(fileName: String, kind: String, mediaType: String) {
        self.fileName = fileName
        self.kind = kind
        self.mediaType = mediaType
    }
}
