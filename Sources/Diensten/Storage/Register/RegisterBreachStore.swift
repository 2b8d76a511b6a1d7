import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit

/// A breach as stored.
struct RegisterBreach: Sendable {
    let id: Int
    let organisationID: Int
    let record: BreachRecord
    let updatedAt: Date
}

/// The breach log of the organisations: each change audited in its transaction; read per organisation only.
struct RegisterBreachStore {
    let database: any Database

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    func create(_ breach: BreachRecord, organisationID: Int, actor: AuditActor, now: Date = Date()) async throws -> Int {
        let content = String(decoding: try Self.encoder.encode(breach), as: UTF8.self)
        return try await database.transaction { db in
            let row = try await db.sql.insert(into: "register_breaches")
                .columns("organisation_id", "title", "became_aware_at", "decision", "content", "created_at", "updated_at")
                .values(SQLBind(organisationID), SQLBind(breach.title), SQLBind(breach.becameAwareAt), SQLBind(breach.decision.rawValue),
                        SQLBind(content), SQLBind(now), SQLBind(now))
                .returning("id").first()
            let id = try row?.decode(column: "id", as: Int.self) ?? 0
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .create, entityType: "register_breach", entityID: String(id),
                summary: "Datalek ‘\(breach.title)’ geregistreerd", changes: []), on: db)
            return id
        }
    }

    /// Replaces the record of a breach of the organisation (its decision, risk, notification); false when not its own.
    func update(_ breach: BreachRecord, id: Int, organisationID: Int, actor: AuditActor, now: Date = Date()) async throws -> Bool {
        let content = String(decoding: try Self.encoder.encode(breach), as: UTF8.self)
        return try await database.transaction { db in
            guard let old = try await Self(database: db).find(id: id, organisationID: organisationID) else { return false }
            try await db.sql.update("register_breaches").set("title", to: SQLBind(breach.title)).set("became_aware_at", to: SQLBind(breach.becameAwareAt))
                .set("decision", to: SQLBind(breach.decision.rawValue)).set("content", to: SQLBind(content)).set("updated_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(id)).where("organisation_id", .equal, SQLBind(organisationID)).run()
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "register_breach", entityID: String(id),
                summary: "Datalek ‘\(breach.title)’: \(breach.decision.rawValue)",
                changes: [AuditChange(field: "beslissing", before: old.record.decision.rawValue, after: breach.decision.rawValue),
                          AuditChange(field: "risico", before: old.record.risk.rawValue, after: breach.risk.rawValue)]), on: db)
            return true
        }
    }

    /// The organisation's breaches, newest first.
    func list(organisationID: Int) async throws -> [RegisterBreach] {
        try await select().where("organisation_id", .equal, SQLBind(organisationID)).orderBy("became_aware_at", .descending).orderBy("id", .descending)
            .all().map(Self.breach)
    }

    /// The open breaches of every organisation (for the reminders).
    func open() async throws -> [RegisterBreach] {
        try await select().where("decision", .equal, SQLBind(BreachRecord.Decision.open.rawValue)).orderBy("id").all().map(Self.breach)
    }

    func find(id: Int, organisationID: Int) async throws -> RegisterBreach? {
        try await select().where("id", .equal, SQLBind(id)).where("organisation_id", .equal, SQLBind(organisationID)).first().map(Self.breach)
    }

    private func select() -> SQLSelectBuilder {
        database.sql.select().columns("id", "organisation_id", "content", "updated_at").from("register_breaches")
    }

    private static func breach(_ row: any SQLRow) throws -> RegisterBreach {
        RegisterBreach(id: try row.decode(column: "id", as: Int.self), organisationID: try row.decode(column: "organisation_id", as: Int.self),
                       record: try decoder.decode(BreachRecord.self, from: Data(try row.decode(column: "content", as: String.self).utf8)),
                       updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }
}

/// Per organisation: the DPO's name and address, where reminders go.
struct RegisterSettingsStore {
    let database: any Database

    func dpo(organisationID: Int) async throws -> (name: String, email: String)? {
        try await database.sql.select().columns("dpo_name", "dpo_email").from("register_settings")
            .where("organisation_id", .equal, SQLBind(organisationID)).first()
            .map { (try $0.decode(column: "dpo_name", as: String.self), try $0.decode(column: "dpo_email", as: String.self)) }
    }

    func setDPO(name: String, email: String, organisationID: Int, actor: AuditActor, now: Date = Date()) async throws {
        try await database.transaction { db in
            let old = try await Self(database: db).dpo(organisationID: organisationID)
            if old == nil {
                try await db.sql.insert(into: "register_settings").columns("organisation_id", "dpo_name", "dpo_email", "updated_at")
                    .values(SQLBind(organisationID), SQLBind(name), SQLBind(email), SQLBind(now)).run()
            } else {
                try await db.sql.update("register_settings").set("dpo_name", to: SQLBind(name)).set("dpo_email", to: SQLBind(email))
                    .set("updated_at", to: SQLBind(now)).where("organisation_id", .equal, SQLBind(organisationID)).run()
            }
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "register_settings",
                entityID: String(organisationID), summary: "Contact van de DPO gewijzigd",
                changes: [AuditChange(field: "dpo_email", before: old?.email, after: email)]), on: db)
        }
    }
}
