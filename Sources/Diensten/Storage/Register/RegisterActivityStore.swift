import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit

/// An activity as the lists show it.
struct RegisterActivitySummary: Sendable, Equatable {
    let id: Int
    let organisationID: Int
    let name: String
    let reference: String
    let status: ProcessingActivity.Status
    let currentVersion: Int
    let published: Bool
    let isTemplate: Bool
    let copiedFrom: Int?
    let internalNote: String
    let dpiaVerdict: DPIAOutcome.Verdict?
    let updatedAt: Date
}

/// An activity with its current content and DPIA answers.
struct RegisterActivityRecord: Sendable {
    let summary: RegisterActivitySummary
    let activity: ProcessingActivity
    let dpia: DPIAAnswers?
    let dpiaUpdatedAt: Date?
}

/// One saved version.
struct RegisterActivityVersion: Sendable {
    let version: Int
    let activity: ProcessingActivity
    let savedAt: Date
    let userName: String?
}

/// The processing activities of the organisations. Every query names the organisation: a city reads and writes only
/// its own; templates (activities of the Kenniscentrum flagged as such) and published activities are the only ones
/// read across organisations. Each save writes a new version and its audit entry in one transaction.
struct RegisterActivityStore {
    let database: any Database

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func json(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }

    /// Creates an activity with its version 1; answers its id.
    func create(_ activity: ProcessingActivity, organisationID: Int, note: String = "", copiedFrom: Int? = nil, isTemplate: Bool = false,
                userID: Int?, actor: AuditActor, now: Date = Date()) async throws -> Int {
        let content = try Self.json(activity)
        return try await database.transaction { db in
            let row = try await db.sql.insert(into: "register_activities")
                .columns("organisation_id", "name", "reference", "status", "current_version", "published", "is_template", "copied_from",
                         "internal_note", "created_at", "updated_at")
                .values(SQLBind(organisationID), SQLBind(activity.name), SQLBind(activity.reference), SQLBind(activity.status.rawValue), SQLBind(1),
                        SQLBind(0), SQLBind(isTemplate ? 1 : 0), SQLBind(copiedFrom), SQLBind(note), SQLBind(now), SQLBind(now))
                .returning("id").first()
            let id = try row?.decode(column: "id", as: Int.self) ?? 0
            try await db.sql.insert(into: "register_activity_versions").columns("activity_id", "version", "content", "user_id", "saved_at")
                .values(SQLBind(id), SQLBind(1), SQLBind(content), SQLBind(userID), SQLBind(now)).run()
            let summary = copiedFrom.map { "Verwerking ‘\(activity.name)’ overgenomen uit sjabloon \($0)" } ?? "Verwerking ‘\(activity.name)’ aangemaakt"
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .create, entityType: "register_activity", entityID: String(id),
                summary: summary, changes: [AuditChange(field: "versie", before: nil, after: "1"),
                                            AuditChange(field: "status", before: nil, after: activity.status.rawValue)]), on: db)
            return id
        }
    }

    /// Saves a new version of an activity of the organisation; answers its number, or nil when the activity is not the
    /// organisation's. `expectedVersion` refuses a save made on an older version (someone saved in between).
    func save(_ activity: ProcessingActivity, id: Int, organisationID: Int, note: String, expectedVersion: Int?, userID: Int?, actor: AuditActor,
              now: Date = Date()) async throws -> Int? {
        let content = try Self.json(activity)
        return try await database.transaction { db -> Int? in
            guard let current = try await Self(database: db).find(id: id, organisationID: organisationID) else { return nil }
            if let expectedVersion, expectedVersion != current.summary.currentVersion { throw RegisterConflict.newerVersion(current.summary.currentVersion) }
            let version = current.summary.currentVersion + 1
            try await db.sql.insert(into: "register_activity_versions").columns("activity_id", "version", "content", "user_id", "saved_at")
                .values(SQLBind(id), SQLBind(version), SQLBind(content), SQLBind(userID), SQLBind(now)).run()
            try await db.sql.update("register_activities")
                .set("name", to: SQLBind(activity.name)).set("reference", to: SQLBind(activity.reference))
                .set("status", to: SQLBind(activity.status.rawValue)).set("current_version", to: SQLBind(version))
                .set("internal_note", to: SQLBind(note)).set("updated_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(id)).where("organisation_id", .equal, SQLBind(organisationID)).run()
            let changes = ProcessingDiff.between(current.activity, activity) { $0 }.map {
                AuditChange(field: $0.field, before: String($0.before.prefix(500)), after: String($0.after.prefix(500)))
            }
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "register_activity", entityID: String(id),
                summary: "Verwerking ‘\(activity.name)’: versie \(version)", changes: changes), on: db)
            return version
        }
    }

    /// Publishes or withdraws an activity from the public register; false when it is not the organisation's.
    func setPublished(_ published: Bool, id: Int, organisationID: Int, actor: AuditActor, now: Date = Date()) async throws -> Bool {
        try await setFlag("published", published, id: id, organisationID: organisationID, actor: actor, now: now,
                          summary: published ? "Verwerking \(id) gepubliceerd in het publieke register" : "Verwerking \(id) uit het publieke register gehaald")
    }

    /// Marks an activity of the Kenniscentrum as a template every city may copy.
    func setTemplate(_ template: Bool, id: Int, organisationID: Int, actor: AuditActor, now: Date = Date()) async throws -> Bool {
        try await setFlag("is_template", template, id: id, organisationID: organisationID, actor: actor, now: now,
                          summary: template ? "Verwerking \(id) is een sjabloon" : "Verwerking \(id) is geen sjabloon meer")
    }

    private func setFlag(_ column: String, _ value: Bool, id: Int, organisationID: Int, actor: AuditActor, now: Date, summary: String) async throws -> Bool {
        try await database.transaction { db in
            let rows = try await db.sql.update("register_activities").set(SQLIdentifier(column), to: SQLBind(value ? 1 : 0))
                .set("updated_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(id)).where("organisation_id", .equal, SQLBind(organisationID)).returning("id").all()
            guard !rows.isEmpty else { return false }
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "register_activity", entityID: String(id),
                summary: summary, changes: [AuditChange(field: column, before: value ? "0" : "1", after: value ? "1" : "0")]), on: db)
            return true
        }
    }

    /// Stores the DPIA answers and their verdict.
    func saveDPIA(_ answers: DPIAAnswers, verdict: DPIAOutcome.Verdict, id: Int, organisationID: Int, actor: AuditActor, now: Date = Date()) async throws -> Bool {
        let json = try Self.json(answers)
        return try await database.transaction { db in
            let rows = try await db.sql.update("register_activities").set("dpia_answers", to: SQLBind(json)).set("dpia_verdict", to: SQLBind(verdict.rawValue))
                .set("dpia_updated_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(id)).where("organisation_id", .equal, SQLBind(organisationID)).returning("id").all()
            guard !rows.isEmpty else { return false }
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "register_activity", entityID: String(id),
                summary: "DPIA-toets van verwerking \(id): \(verdict.rawValue)", changes: [AuditChange(field: "dpia", before: nil, after: verdict.rawValue)]), on: db)
            return true
        }
    }

    /// The organisation's activities by name.
    func list(organisationID: Int) async throws -> [RegisterActivitySummary] {
        try await select().where("organisation_id", .equal, SQLBind(organisationID)).orderBy("name").orderBy("id").all().map(Self.summary)
    }

    /// The organisation's activities with their content (for the CSV export), by name.
    func records(organisationID: Int, publishedOnly: Bool) async throws -> [RegisterActivityRecord] {
        var query = select(withContent: true).where(SQLColumn("organisation_id", table: "register_activities"), .equal, SQLBind(organisationID))
        if publishedOnly { query = query.where(SQLColumn("published", table: "register_activities"), .equal, SQLBind(1)) }
        return try await query.orderBy(SQLColumn("name", table: "register_activities")).orderBy(SQLColumn("id", table: "register_activities"))
            .all().map(Self.record)
    }

    /// One activity, only when it is the organisation's.
    func find(id: Int, organisationID: Int) async throws -> RegisterActivityRecord? {
        try await select(withContent: true).where(SQLColumn("id", table: "register_activities"), .equal, SQLBind(id))
            .where(SQLColumn("organisation_id", table: "register_activities"), .equal, SQLBind(organisationID)).first().map(Self.record)
    }

    /// The templates of the Kenniscentrum, by name.
    func templates() async throws -> [RegisterActivityRecord] {
        try await select(withContent: true).where(SQLColumn("is_template", table: "register_activities"), .equal, SQLBind(1))
            .orderBy(SQLColumn("name", table: "register_activities")).all().map(Self.record)
    }

    /// One template.
    func template(id: Int) async throws -> RegisterActivityRecord? {
        try await select(withContent: true).where(SQLColumn("id", table: "register_activities"), .equal, SQLBind(id))
            .where(SQLColumn("is_template", table: "register_activities"), .equal, SQLBind(1)).first().map(Self.record)
    }

    /// Every version of an activity of the organisation, newest first (empty when it is not the organisation's).
    func versions(id: Int, organisationID: Int) async throws -> [RegisterActivityVersion] {
        try await database.sql.select()
            .column(SQLColumn("version", table: "register_activity_versions")).column(SQLColumn("content", table: "register_activity_versions"))
            .column(SQLColumn("saved_at", table: "register_activity_versions")).column(SQLColumn("name", table: "users"), as: "user_name")
            .from("register_activity_versions")
            .join("register_activities", on: SQLColumn("activity_id", table: "register_activity_versions"), .equal, SQLColumn("id", table: "register_activities"))
            .join("users", method: SQLJoinMethod.left, on: SQLColumn("user_id", table: "register_activity_versions"), .equal, SQLColumn("id", table: "users"))
            .where(SQLColumn("id", table: "register_activities"), .equal, SQLBind(id))
            .where(SQLColumn("organisation_id", table: "register_activities"), .equal, SQLBind(organisationID))
            .orderBy(SQLColumn("version", table: "register_activity_versions"), SQLDirection.descending).all()
            .map { row in
                RegisterActivityVersion(
                    version: try row.decode(column: "version", as: Int.self),
                    activity: try JSONDecoder().decode(ProcessingActivity.self, from: Data(try row.decode(column: "content", as: String.self).utf8)),
                    savedAt: try row.decode(column: "saved_at", as: Date.self), userName: try row.decode(column: "user_name", as: String?.self))
            }
    }

    /// The organisations with at least one published activity: code, name, how many.
    func publishingOrganisations() async throws -> [(code: String, name: String, count: Int)] {
        try await database.sql.select().column(SQLColumn("code", table: "organisations")).column(SQLColumn("name", table: "organisations"))
            .column(SQLFunction("COUNT", args: SQLColumn("id", table: "register_activities")), as: "n")
            .from("register_activities")
            .join("organisations", on: SQLColumn("organisation_id", table: "register_activities"), .equal, SQLColumn("id", table: "organisations"))
            .where(SQLColumn("published", table: "register_activities"), .equal, SQLBind(1))
            .groupBy(SQLColumn("code", table: "organisations")).groupBy(SQLColumn("name", table: "organisations"))
            .orderBy(SQLColumn("name", table: "organisations")).all()
            .map { (try $0.decode(column: "code", as: String.self), try $0.decode(column: "name", as: String.self), try $0.decode(column: "n", as: Int.self)) }
    }

    static let columns = ["id", "organisation_id", "name", "reference", "status", "current_version", "published", "is_template", "copied_from",
                          "internal_note", "dpia_answers", "dpia_verdict", "dpia_updated_at", "updated_at"]

    private func select(withContent: Bool = false) -> SQLSelectBuilder {
        var builder = database.sql.select()
        for name in Self.columns { builder = builder.column(SQLColumn(name, table: "register_activities")) }
        builder = builder.from("register_activities")
        if withContent {
            builder = builder.column(SQLColumn("content", table: "register_activity_versions"))
                .join("register_activity_versions", on: SQLBinaryExpression(
                    SQLBinaryExpression(SQLColumn("activity_id", table: "register_activity_versions"), .equal, SQLColumn("id", table: "register_activities")),
                    .and,
                    SQLBinaryExpression(SQLColumn("version", table: "register_activity_versions"), .equal, SQLColumn("current_version", table: "register_activities"))))
        }
        return builder
    }

    private static func summary(_ row: any SQLRow) throws -> RegisterActivitySummary {
        RegisterActivitySummary(
            id: try row.decode(column: "id", as: Int.self), organisationID: try row.decode(column: "organisation_id", as: Int.self),
            name: try row.decode(column: "name", as: String.self), reference: try row.decode(column: "reference", as: String.self),
            status: ProcessingActivity.Status(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
            currentVersion: try row.decode(column: "current_version", as: Int.self), published: try row.decode(column: "published", as: Int.self) == 1,
            isTemplate: try row.decode(column: "is_template", as: Int.self) == 1, copiedFrom: try row.decode(column: "copied_from", as: Int?.self),
            internalNote: try row.decode(column: "internal_note", as: String.self),
            dpiaVerdict: try row.decode(column: "dpia_verdict", as: String?.self).flatMap(DPIAOutcome.Verdict.init(rawValue:)),
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }

    private static func record(_ row: any SQLRow) throws -> RegisterActivityRecord {
        let content = try row.decode(column: "content", as: String.self)
        let dpia = try row.decode(column: "dpia_answers", as: String?.self)
        return RegisterActivityRecord(
            summary: try summary(row), activity: try JSONDecoder().decode(ProcessingActivity.self, from: Data(content.utf8)),
            dpia: try dpia.map { try JSONDecoder().decode(DPIAAnswers.self, from: Data($0.utf8)) },
            dpiaUpdatedAt: try row.decode(column: "dpia_updated_at", as: Date?.self))
    }
}

/// A save made on a version that is no longer the newest.
enum RegisterConflict: Error, Equatable {
    case newerVersion(Int)
}
