import AccessDomain
import Platform
import Vapor

struct AdminHomeModel {
    let organisations: Int
    let users: Int
    let groups: Int
    let events: [AuditEvent]
    let language: SiteLanguage
}
