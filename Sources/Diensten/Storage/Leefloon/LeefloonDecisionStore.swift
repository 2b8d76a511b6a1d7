import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit

/// A decision as stored.
struct LeefloonDecision: Sendable, Equatable {
    enum Kind: String, Sendable, CaseIterable { case confirmed, overridden }

    let id: Int
    let organisationID: Int
    let userID: Int?
    let workerName: String?
    let reference: String
    let period: String
    let category: Int
    let situationJSON: String
    let adviceJSON: String
    let parametersFrom: String
    let advisedCents: Int
    let kind: Kind
    let decidedCents: Int
    let reason: String?
    let createdAt: Date
    let deleteAfter: Date

    var advice: LeefloonAdvice? { try? JSONDecoder().decode(LeefloonAdvice.self, from: Data(adviceJSON.utf8)) }
    var situation: LeefloonSituation? { try? JSONDecoder().decode(LeefloonSituation.self, from: Data(situationJSON.utf8)) }
}

/// What a worker decides on an advice, before it is stored.
struct LeefloonDecisionInput: Sendable {
    let reference: String
    let situation: LeefloonSituation
    let advice: LeefloonAdvice
    let kind: LeefloonDecision.Kind
    let decidedMonthly: Decimal
    let reason: String?
}

/// The decisions of an organisation's workers: recorded with their audit entry in one transaction, read per
/// organisation only, deleted after the retention period.
struct LeefloonDecisionStore {
    let database: any Database

    /// How long a decision is kept.
    static let retentionDays = 365

    static func cents(_ value: Decimal) -> Int { NSDecimalNumber(decimal: LeefloonMoney.cent(value) * 100).intValue }

    /// Records a decision for the actor's organisation and audits it (an override with its reason).
    func record(_ input: LeefloonDecisionInput, by principal: Principal, actor: AuditActor, now: Date = Date()) async throws -> Int {
        let situation = String(decoding: try JSONEncoder.leefloon.encode(input.situation), as: UTF8.self)
        let advice = String(decoding: try JSONEncoder.leefloon.encode(input.advice), as: UTF8.self)
        let deleteAfter = now.addingTimeInterval(TimeInterval(Self.retentionDays) * 86_400)
        return try await database.transaction { db in
            let row = try await db.sql.insert(into: "leefloon_decisions")
                .columns("organisation_id", "user_id", "worker_reference", "period", "category", "situation", "advice", "parameters_from",
                         "advised_cents", "decision", "decided_cents", "reason", "created_at", "delete_after")
                .values(SQLBind(principal.organisationID), SQLBind(principal.userID), SQLBind(input.reference), SQLBind(input.advice.period),
                        SQLBind(input.advice.category.rawValue), SQLBind(situation), SQLBind(advice),
                        SQLBind(input.advice.amountsFrom.description), SQLBind(Self.cents(input.advice.monthlyLeefloon)),
                        SQLBind(input.kind.rawValue), SQLBind(Self.cents(input.decidedMonthly)), SQLBind(input.reason),
                        SQLBind(now), SQLBind(deleteAfter))
                .returning("id").first()
            let id = try row?.decode(column: "id", as: Int.self) ?? 0
            var changes = [
                AuditChange(field: "beslissing", before: nil, after: input.kind.rawValue),
                AuditChange(field: "advies", before: nil, after: LeefloonMoney.text(input.advice.monthlyLeefloon)),
                AuditChange(field: "bedrag", before: nil, after: LeefloonMoney.text(input.decidedMonthly)),
                AuditChange(field: "referentie", before: nil, after: input.reference),
            ]
            if let reason = input.reason { changes.append(AuditChange(field: "reden", before: nil, after: reason)) }
            let summary = input.kind == .confirmed
                ? "Leefloonadvies \(input.advice.period) bevestigd: \(LeefloonMoney.text(input.decidedMonthly)) per maand (ref. \(input.reference))"
                : "Leefloonadvies \(input.advice.period) afgeweken: \(LeefloonMoney.text(input.decidedMonthly)) i.p.v. \(LeefloonMoney.text(input.advice.monthlyLeefloon)) per maand (ref. \(input.reference)); reden: \(input.reason ?? "")"
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .create, entityType: "leefloon_decision",
                entityID: String(id), summary: summary, changes: changes), on: db)
            return id
        }
    }

    /// An organisation's decisions, newest first (at most `limit`).
    func list(organisationID: Int, limit: Int = 200) async throws -> [LeefloonDecision] {
        try await select().where(Self.column("organisation_id"), .equal, SQLBind(organisationID))
            .orderBy(Self.column("created_at"), SQLDirection.descending).orderBy(Self.column("id"), SQLDirection.descending).limit(limit).all().map(Self.decision)
    }

    /// One decision, only when it belongs to the organisation.
    func find(id: Int, organisationID: Int) async throws -> LeefloonDecision? {
        try await select().where(Self.column("id"), .equal, SQLBind(id)).where(Self.column("organisation_id"), .equal, SQLBind(organisationID))
            .first().map(Self.decision)
    }

    /// Deletes the decisions whose retention period has passed; answers how many.
    @discardableResult
    func purgeExpired(now: Date = Date()) async throws -> Int {
        try await database.sql.delete(from: "leefloon_decisions").where("delete_after", .lessThan, SQLBind(now)).returning("id").all().count
    }

    private static func column(_ name: String) -> SQLColumn { SQLColumn(name, table: "leefloon_decisions") }

    private func select() -> SQLSelectBuilder {
        let names = ["id", "organisation_id", "user_id", "worker_reference", "period", "category", "situation", "advice", "parameters_from",
                     "advised_cents", "decision", "decided_cents", "reason", "created_at", "delete_after"]
        var builder = database.sql.select()
        for name in names { builder = builder.column(Self.column(name)) }
        return builder.column(SQLColumn("name", table: "users"), as: "worker_name")
            .from("leefloon_decisions")
            .join("users", method: SQLJoinMethod.left, on: Self.column("user_id"), .equal, SQLColumn("id", table: "users"))
    }

    private static func decision(_ row: any SQLRow) throws -> LeefloonDecision {
        LeefloonDecision(
            id: try row.decode(column: "id", as: Int.self), organisationID: try row.decode(column: "organisation_id", as: Int.self),
            userID: try row.decode(column: "user_id", as: Int?.self), workerName: try row.decode(column: "worker_name", as: String?.self),
            reference: try row.decode(column: "worker_reference", as: String.self), period: try row.decode(column: "period", as: String.self),
            category: try row.decode(column: "category", as: Int.self), situationJSON: try row.decode(column: "situation", as: String.self),
            adviceJSON: try row.decode(column: "advice", as: String.self), parametersFrom: try row.decode(column: "parameters_from", as: String.self),
            advisedCents: try row.decode(column: "advised_cents", as: Int.self),
            kind: LeefloonDecision.Kind(rawValue: try row.decode(column: "decision", as: String.self)) ?? .confirmed,
            decidedCents: try row.decode(column: "decided_cents", as: Int.self), reason: try row.decode(column: "reason", as: String?.self),
            createdAt: try row.decode(column: "created_at", as: Date.self), deleteAfter: try row.decode(column: "delete_after", as: Date.self))
    }
}
