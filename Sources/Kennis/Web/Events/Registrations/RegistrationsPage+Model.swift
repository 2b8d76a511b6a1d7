import AccessDomain
import Foundation
import KennisDomain
import Platform
import Vapor

/// The registrations of one event, for Kenniscentrum editors: who, from where, their status, and the counts.
struct RegistrationsPageModel {
    let event: StoredKnowledge
    let registrations: [StoredRegistration]
    let language: SiteLanguage

    /// The event of the path for an editor: 401/403 for others, 404 when the item is not an event.
    static func load(_ req: Request) async throws -> RegistrationsPageModel {
        _ = try WriteGuard.requirePage(.kenniscentrum(.editor), req)
        let event = try await KennisAccess.visibleItem(req)
        guard event.kind == .evenement else { throw Abort(.notFound, reason: KennisText.strings(req.language)["events.notAnEvent"]) }
        let registrations = try await KnowledgeStore(database: req.db).registrations(itemID: event.id)
        return RegistrationsPageModel(event: event, registrations: registrations, language: req.language)
    }

    func count(_ status: RegistrationStatus) -> Int { registrations.filter { $0.status == status }.count }

    /// Places left, when the event has a cap.
    var placesLeft: Int? { event.content.details.capacity.map { max(0, $0 - count(.ingeschreven)) } }

    /// When a registration came in, Brussels time: "2026-12-02 09:15".
    static func moment(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1, c.hour ?? 0, c.minute ?? 0)
    }
}
