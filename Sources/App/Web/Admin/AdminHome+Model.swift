import AccessDomain
import Storage
import Vapor

struct AdminHomeModel {
    let organisations: Int
    let users: Int
    let groups: Int
    let events: [AuditEvent]
}

enum AdminNotices {
    static let all = [
        "aangemaakt": "Aangemaakt.", "gewijzigd": "De wijziging is bewaard.", "verwijderd": "Verwijderd.",
    ]
}
