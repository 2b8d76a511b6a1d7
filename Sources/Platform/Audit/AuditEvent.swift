import AccessDomain
import Foundation

/// One entry of the audit trail: who, which organisation, when, in which module, what, and the fields before → after.
public struct AuditEvent: Sendable, Hashable {
    public var id: Int?
    public var occurredAt: Date
    public var actor: AuditActor
    public var module: String
    public var action: AuditAction
    public var entityType: String
    public var entityID: String
    public var summary: String
    public var changes: [AuditChange]

    public init(id: Int? = nil, occurredAt: Date = Date(), actor: AuditActor, module: String, action: AuditAction,
                entityType: String, entityID: String, summary: String, changes: [AuditChange] = []) {
        self.id = id
        self.occurredAt = occurredAt
        self.actor = actor
        self.module = module
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.summary = summary
        self.changes = changes
    }
}
