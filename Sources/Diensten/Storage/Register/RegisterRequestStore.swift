import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit

/// A data subject request as stored: never the requester's name, only the city's own reference and a summary.
struct RegisterRequest: Sendable {
    let id: Int
    let organisationID: Int
    let reference: String
    let kind: SubjectRequestKind
    let status: SubjectRequestStatus
    let deadline: SubjectRequestDeadline
    let activityID: Int?
    let summary: String
    let closedOn: RegisterDay?
}

/// Something that happened to a request.
struct RegisterRequestEvent: Sendable {
    let at: Date
    let kind: String
    let note: String
    let userName: String?
}

/// The data subject requests of an organisation, each change with its event and audit entry in one transaction.
struct RegisterRequestStore {
    let database: any Database

    func create(reference: String, kind: SubjectRequestKind, received: RegisterDay, activityID: Int?, summary: String, organisationID: Int,
                userID: Int?, actor: AuditActor, now: Date = Date()) async throws -> Int {
        try await database.transaction { db in
            let row = try await db.sql.insert(into: "register_requests")
                .columns("organisation_id", "reference", "kind", "received_on", "status", "activity_id", "summary", "created_at")
                .values(SQLBind(organisationID), SQLBind(reference), SQLBind(kind.rawValue), SQLBind(received.description),
                        SQLBind(SubjectRequestStatus.received.rawValue), SQLBind(activityID), SQLBind(summary), SQLBind(now))
                .returning("id").first()
            let id = try row?.decode(column: "id", as: Int.self) ?? 0
            try await Self.event(id, "received", "ontvangen op \(received)", userID: userID, now: now, on: db)
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .create, entityType: "register_request", entityID: String(id),
                summary: "Verzoek \(reference) (\(kind.article)) ontvangen op \(received)", changes: []), on: db)
            return id
        }
    }

    /// Extends the deadline (the rule checks once, with a reason, within the first month); nil when not the organisation's.
    func extend(id: Int, organisationID: Int, on day: RegisterDay, reason: String, userID: Int?, actor: AuditActor,
                now: Date = Date()) async throws -> Result<RegisterDay, ExtensionProblem>? {
        try await database.transaction { db -> Result<RegisterDay, ExtensionProblem>? in
            guard let request = try await Self(database: db).find(id: id, organisationID: organisationID) else { return nil }
            var deadline = request.deadline
            do throws(ExtensionProblem) {
                try deadline.extend(on: day, reason: reason, status: request.status)
            } catch {
                return .failure(error)
            }
            try await db.sql.update("register_requests").set("extended_on", to: SQLBind(day.description))
                .set("extension_reason", to: SQLBind(deadline.extensionReason)).where("id", .equal, SQLBind(id)).run()
            try await Self.event(id, "extended", "verlengd tot \(deadline.deadline): \(deadline.extensionReason ?? "")", userID: userID, now: now, on: db)
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "register_request", entityID: String(id),
                summary: "Verzoek \(request.reference) verlengd tot \(deadline.deadline)",
                changes: [AuditChange(field: "termijn", before: request.deadline.deadline.description, after: deadline.deadline.description)]), on: db)
            return .success(deadline.deadline)
        }
    }

    /// Moves a request to a status with a note; false when not the organisation's.
    func setStatus(_ status: SubjectRequestStatus, id: Int, organisationID: Int, on day: RegisterDay, note: String, userID: Int?, actor: AuditActor,
                   now: Date = Date()) async throws -> Bool {
        try await database.transaction { db in
            guard let request = try await Self(database: db).find(id: id, organisationID: organisationID) else { return false }
            try await db.sql.update("register_requests").set("status", to: SQLBind(status.rawValue))
                .set("closed_on", to: SQLBind(status.isOpen ? nil : day.description)).where("id", .equal, SQLBind(id)).run()
            try await Self.event(id, status.rawValue, note, userID: userID, now: now, on: db)
            try await AuditLog.record(AuditEvent(
                occurredAt: now, actor: actor, module: DienstenAudit.module, action: .update, entityType: "register_request", entityID: String(id),
                summary: "Verzoek \(request.reference): \(status.rawValue)",
                changes: [AuditChange(field: "status", before: request.status.rawValue, after: status.rawValue)]), on: db)
            return true
        }
    }

    /// The organisation's requests, open ones first by deadline, then closed ones newest first.
    func list(organisationID: Int) async throws -> [RegisterRequest] {
        let all = try await select().where("organisation_id", .equal, SQLBind(organisationID)).all().map(Self.request)
        let open = all.filter { $0.status.isOpen }.sorted { ($0.deadline.deadline, $0.id) < ($1.deadline.deadline, $1.id) }
        let closed = all.filter { !$0.status.isOpen }.sorted { ($0.deadline.received, $0.id) > ($1.deadline.received, $1.id) }
        return open + closed
    }

    /// Every open request of every organisation (for the reminders).
    func open() async throws -> [RegisterRequest] {
        try await select().where("status", .in, SQLGroupExpression(SubjectRequestStatus.allCases.filter(\.isOpen).map { SQLBind($0.rawValue) as any SQLExpression }))
            .orderBy("id").all().map(Self.request)
    }

    func find(id: Int, organisationID: Int) async throws -> RegisterRequest? {
        try await select().where("id", .equal, SQLBind(id)).where("organisation_id", .equal, SQLBind(organisationID)).first().map(Self.request)
    }

    func events(id: Int) async throws -> [RegisterRequestEvent] {
        try await database.sql.select().column(SQLColumn("at", table: "register_request_events")).column(SQLColumn("kind", table: "register_request_events"))
            .column(SQLColumn("note", table: "register_request_events")).column(SQLColumn("name", table: "users"), as: "user_name")
            .from("register_request_events")
            .join("users", method: SQLJoinMethod.left, on: SQLColumn("user_id", table: "register_request_events"), .equal, SQLColumn("id", table: "users"))
            .where(SQLColumn("request_id", table: "register_request_events"), .equal, SQLBind(id))
            .orderBy(SQLColumn("id", table: "register_request_events")).all()
            .map { RegisterRequestEvent(at: try $0.decode(column: "at", as: Date.self), kind: try $0.decode(column: "kind", as: String.self),
                                        note: try $0.decode(column: "note", as: String.self), userName: try $0.decode(column: "user_name", as: String?.self)) }
    }

    private static func event(_ id: Int, _ kind: String, _ note: String, userID: Int?, now: Date, on db: any Database) async throws {
        try await db.sql.insert(into: "register_request_events").columns("request_id", "at", "kind", "note", "user_id")
            .values(SQLBind(id), SQLBind(now), SQLBind(kind), SQLBind(note), SQLBind(userID)).run()
    }

    private func select() -> SQLSelectBuilder {
        database.sql.select().columns("id", "organisation_id", "reference", "kind", "received_on", "status", "extended_on", "extension_reason",
                                      "activity_id", "summary", "closed_on").from("register_requests")
    }

    private static func request(_ row: any SQLRow) throws -> RegisterRequest {
        let received = RegisterDay(try row.decode(column: "received_on", as: String.self)) ?? RegisterDay(year: 2000, month: 1, day: 1)!
        return RegisterRequest(
            id: try row.decode(column: "id", as: Int.self), organisationID: try row.decode(column: "organisation_id", as: Int.self),
            reference: try row.decode(column: "reference", as: String.self),
            kind: SubjectRequestKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .access,
            status: SubjectRequestStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .received,
            deadline: SubjectRequestDeadline(received: received, extendedOn: try row.decode(column: "extended_on", as: String?.self).flatMap(RegisterDay.init),
                                             extensionReason: try row.decode(column: "extension_reason", as: String?.self)),
            activityID: try row.decode(column: "activity_id", as: Int?.self), summary: try row.decode(column: "summary", as: String.self),
            closedOn: try row.decode(column: "closed_on", as: String?.self).flatMap(RegisterDay.init))
    }
}
