import AccessDomain
import Platform

/// Stored events keep ids and codes (an organisation's id, a role's code); the page and the CSV show names:
/// "Gent (gent)", "platformbeheerder". Resolved when shown, so the stored trail is never rewritten.
struct AuditReadable {
    let organisations: [Int: OrganisationModel]

    init(organisations: [OrganisationModel]) {
        self.organisations = Dictionary(organisations.compactMap { organisation in organisation.id.map { ($0, organisation) } },
                                        uniquingKeysWith: { first, _ in first })
    }

    func event(_ event: AuditEvent) -> AuditEvent {
        var readable = event
        readable.changes = event.changes.map { change($0, entityType: event.entityType) }
        return readable
    }

    func change(_ change: AuditChange, entityType: String) -> AuditChange {
        let resolve: (String) -> String
        switch (entityType, change.field) {
        case (UserModel.auditEntityType, "organisatie"): resolve = organisation
        case (UserModel.auditEntityType, "rol"): resolve = { Role(rawValue: $0)?.label ?? $0 }
        case (OrganisationModel.auditEntityType, "type"): resolve = { OrganisationType(rawValue: $0)?.label ?? $0 }
        case (APITokenModel.auditEntityType, "bereik"): resolve = { TokenScope(rawValue: $0)?.label ?? $0 }
        default: return change
        }
        return AuditChange(field: change.field, before: change.before.map(resolve), after: change.after.map(resolve))
    }

    /// "Gent (gent)"; an id that no longer names an organisation stays as it was stored.
    func organisation(_ id: String) -> String {
        guard let number = Int(id), let organisation = organisations[number] else { return id }
        return "\(organisation.name) (\(organisation.code))"
    }
}
