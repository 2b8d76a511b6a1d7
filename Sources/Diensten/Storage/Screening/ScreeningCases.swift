import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit
import Vapor

/// A case a worker saved: a profile, the rule version that screened it and the outcome per right then.
struct StoredCase: Sendable, Hashable {
    let id: Int
    let organisationID: Int
    let createdBy: Int?
    let reference: String
    let profile: ClientProfile
    let ruleVersion: Int
    /// Per right key: the outcome when the case was saved.
    let outcomes: [String: ScreeningOutcome]
    let createdAt: Date
    let deleteAfter: Date

    /// Days left before the case is deleted, counting a part of a day as a day (90 just after saving for 90 days).
    func daysLeft(now: Date = Date()) -> Int { max(0, Int((deleteAfter.timeIntervalSince(now) / 86_400).rounded(.up))) }
}

/// The cases of an organisation: saved on purpose by a worker, for a chosen period, read and deleted only within
/// that organisation, and removed once the period passed. Every save, opening, deletion and purge is audited —
/// without the profile's values.
struct ScreeningCases: Sendable {
    /// The periods a worker may choose, in days; the first of the form is `defaultRetention`.
    static let retentionChoices = [30, 90, 180, 365]
    static let defaultRetention = 90
    static let entityType = "screeningdossier"

    let database: any Database

    init(database: any Database) {
        self.database = database
    }

    /// Keeps a case for `organisationID`; returns its id.
    func save(
        profile: ClientProfile, reference: String, retentionDays: Int, result: ScreeningResult, organisationID: Int, userID: Int?,
        actor: AuditActor, now: Date = Date()
    ) async throws -> Int {
        precondition(Self.retentionChoices.contains(retentionDays), "retention checked by the form")
        let profileJSON = String(decoding: try JSONEncoder.sorted.encode(profile), as: UTF8.self)
        let outcomes = Dictionary(result.rights.map { ($0.right.key, $0.outcome.rawValue) }, uniquingKeysWith: { first, _ in first })
        let summary = String(decoding: try JSONEncoder.sorted.encode(outcomes), as: UTF8.self)
        let deleteAfter = now.addingTimeInterval(Double(retentionDays) * 86_400)
        return try await database.transaction { (db) async throws -> Int in
            let row = try await db.sql.insert(into: "screening_cases")
                .columns("organisation_id", "created_by", "reference", "profile", "rule_version", "result_summary", "created_at", "delete_after")
                .values(
                    SQLBind(organisationID), SQLBind(userID), SQLBind(reference), SQLBind(profileJSON), SQLBind(result.version), SQLBind(summary),
                    SQLBind(now), SQLBind(deleteAfter)
                )
                .returning("id").first()
            guard let id = try row?.decode(column: "id", as: Int.self) else { throw Abort(.internalServerError, reason: "no id for the case") }
            try await AuditLog.record(
                AuditEvent(
                    occurredAt: now, actor: actor, module: DienstenAudit.module, action: .create, entityType: Self.entityType, entityID: String(id),
                    summary: "screeningdossier \(id) bewaard voor \(retentionDays) dagen",
                    changes: [
                        AuditChange(field: "bewaartermijn", before: nil, after: "\(retentionDays) dagen"),
                        AuditChange(field: "regelversie", before: nil, after: String(result.version)),
                    ]),
                on: db)
            return id
        }
    }

    /// The organisation's cases, newest first (expired ones are left out even before the purge ran).
    func list(organisationID: Int, now: Date = Date()) async throws -> [StoredCase] {
        try await database.sql.raw("""
            SELECT * FROM screening_cases WHERE organisation_id = \(bind: organisationID) AND delete_after > \(bind: now)
            ORDER BY created_at DESC, id DESC
            """).all().map(Self.storedCase(row:))
    }

    /// The case if it belongs to `organisationID` and has not expired; nil otherwise (the page answers 404 either way).
    func find(id: Int, organisationID: Int, now: Date = Date()) async throws -> StoredCase? {
        try await database.sql.raw("""
            SELECT * FROM screening_cases WHERE id = \(bind: id) AND organisation_id = \(bind: organisationID) AND delete_after > \(bind: now)
            """).first().map(Self.storedCase(row:))
    }

    /// Records that a worker opened a case (the audit action `read`).
    func recordOpened(_ stored: StoredCase, actor: AuditActor) async throws {
        try await AuditLog.record(
            AuditEvent(
                actor: actor, module: DienstenAudit.module, action: .read, entityType: Self.entityType, entityID: String(stored.id),
                summary: "screeningdossier \(stored.id) geopend"),
            on: database)
    }

    /// Deletes a case of `organisationID`; false when there is none.
    func delete(id: Int, organisationID: Int, actor: AuditActor) async throws -> Bool {
        try await database.transaction { (db) async throws -> Bool in
            let rows = try await db.sql.raw("""
                DELETE FROM screening_cases WHERE id = \(bind: id) AND organisation_id = \(bind: organisationID) RETURNING id
                """).all()
            guard !rows.isEmpty else { return false }
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, module: DienstenAudit.module, action: .delete, entityType: Self.entityType, entityID: String(id),
                    summary: "screeningdossier \(id) verwijderd"),
                on: db)
            return true
        }
    }

    /// Deletes every case whose `delete_after` passed; returns how many. One audit entry per purge that removed any.
    @discardableResult
    func purgeExpired(now: Date = Date(), actor: AuditActor = .commandLine) async throws -> Int {
        try await database.transaction { (db) async throws -> Int in
            let rows = try await db.sql.raw("DELETE FROM screening_cases WHERE delete_after <= \(bind: now) RETURNING id").all()
            let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }.sorted()
            guard !ids.isEmpty else { return 0 }
            try await AuditLog.record(
                AuditEvent(
                    occurredAt: now, actor: actor, module: DienstenAudit.module, action: .delete, entityType: Self.entityType,
                    entityID: ids.count == 1 ? String(ids[0]) : "\(ids.count) dossiers",
                    summary: "\(ids.count) screeningdossier(s) verwijderd na de bewaartermijn",
                    changes: [AuditChange(field: "dossiers", before: ids.map(String.init).joined(separator: ", "), after: nil)]),
                on: db)
            return ids.count
        }
    }

    /// The purge for the pillar's start and for `stadsbeeld rights purge-cases`.
    @discardableResult
    static func purgeExpired(_ app: Application) async throws -> Int {
        try await ScreeningCases(database: app.db).purgeExpired()
    }

    func count() async throws -> Int {
        try await database.sql.raw("SELECT COUNT(*) AS n FROM screening_cases").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    static func storedCase(row: any SQLRow) throws -> StoredCase {
        let profile = try JSONDecoder().decode(ClientProfile.self, from: Data(try row.decode(column: "profile", as: String.self).utf8))
        let summary = (try? JSONDecoder().decode([String: String].self, from: Data(try row.decode(column: "result_summary", as: String.self).utf8))) ?? [:]
        return StoredCase(
            id: try row.decode(column: "id", as: Int.self), organisationID: try row.decode(column: "organisation_id", as: Int.self),
            createdBy: try row.decode(column: "created_by", as: Int?.self), reference: try row.decode(column: "reference", as: String.self),
            profile: profile, ruleVersion: try row.decode(column: "rule_version", as: Int.self),
            outcomes: summary.compactMapValues(ScreeningOutcome.init(rawValue:)),
            createdAt: try row.decode(column: "created_at", as: Date.self), deleteAfter: try row.decode(column: "delete_after", as: Date.self))
    }
}
