import AccessDomain
import Fluent
import Foundation
import SQLKit

/// The one way every module records a change: call `record` inside the transaction that makes the change,
/// so the change and its trail land together or not at all.
public enum AuditLog {
    public static func record(_ event: AuditEvent, on database: any Database) async throws {
        let changes = String(decoding: try JSONEncoder.sorted.encode(event.changes), as: UTF8.self)
        try await database.sql.insert(into: "audit_events")
            .columns("occurred_at", "user_id", "user_label", "organisation_id", "organisation_label", "module", "action",
                     "entity_type", "entity_id", "summary", "changes")
            .values(SQLBind(event.occurredAt), SQLBind(event.actor.userID), SQLBind(event.actor.userLabel),
                    SQLBind(event.actor.organisationID), SQLBind(event.actor.organisationLabel), SQLBind(event.module),
                    SQLBind(event.action.rawValue), SQLBind(event.entityType), SQLBind(event.entityID),
                    SQLBind(event.summary), SQLBind(changes))
            .run()
        // A change to an account, a role, a token or an organisation may change who a token stands for.
        TokenPrincipalCache.shared.invalidate()
    }

    /// Records a change to a record from snapshots taken before and after it (nil before: created; nil after: deleted).
    public static func record<Record: Auditable>(
        _ action: AuditAction, _ record: Record, before: [String: String]?, module: String, summary: String,
        by actor: AuditActor, on database: any Database
    ) async throws {
        let after = action == .delete ? nil : record.auditSnapshot
        try await self.record(AuditEvent(
            actor: actor, module: module, action: action, entityType: Record.auditEntityType, entityID: record.auditID,
            summary: summary, changes: AuditChange.between(before, after)), on: database)
    }

    /// What the trail can be narrowed to.
    public struct Filter: Sendable, Equatable {
        public var organisationID: Int?
        public var module: String?
        public var action: AuditAction?
        public var from: Date?
        public var until: Date?

        public init(organisationID: Int? = nil, module: String? = nil, action: AuditAction? = nil, from: Date? = nil, until: Date? = nil) {
            self.organisationID = organisationID
            self.module = module
            self.action = action
            self.from = from
            self.until = until
        }
    }

    /// The modules that have events, for the trail's filter (next to the modules the App knows by name).
    public static func modules(on database: any Database) async throws -> [String] {
        try await database.sql.select().distinct().column("module").from("audit_events")
            .orderBy("module").all().map { try $0.decode(column: "module", as: String.self) }
    }

    /// The newest events first.
    public static func events(_ filter: Filter, limit: Int, offset: Int = 0, on database: any Database) async throws -> [AuditEvent] {
        var query = database.sql.select().column("*").from("audit_events")
        if let organisation = filter.organisationID { query = query.where("organisation_id", .equal, SQLBind(organisation)) }
        if let module = filter.module { query = query.where("module", .equal, SQLBind(module)) }
        if let action = filter.action { query = query.where("action", .equal, SQLBind(action.rawValue)) }
        if let from = filter.from { query = query.where("occurred_at", .greaterThanOrEqual, SQLBind(from)) }
        if let until = filter.until { query = query.where("occurred_at", .lessThan, SQLBind(until)) }
        let rows = try await query.orderBy("id", .descending).limit(limit).offset(offset).all()
        return try rows.map { row in
            let changes = try row.decode(column: "changes", as: String.self)
            return AuditEvent(
                id: try row.decode(column: "id", as: Int.self),
                occurredAt: try row.decode(column: "occurred_at", as: Date.self),
                actor: AuditActor(
                    userID: try row.decode(column: "user_id", as: Int?.self),
                    userLabel: try row.decode(column: "user_label", as: String.self),
                    organisationID: try row.decode(column: "organisation_id", as: Int?.self),
                    organisationLabel: try row.decode(column: "organisation_label", as: String.self)),
                module: try row.decode(column: "module", as: String.self),
                action: AuditAction(rawValue: try row.decode(column: "action", as: String.self)) ?? .update,
                entityType: try row.decode(column: "entity_type", as: String.self),
                entityID: try row.decode(column: "entity_id", as: String.self),
                summary: try row.decode(column: "summary", as: String.self),
                changes: (try? JSONDecoder().decode([AuditChange].self, from: Data(changes.utf8))) ?? [])
        }
    }
}

extension JSONEncoder {
    /// Stable output: the same changes always give the same text.
    public static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
