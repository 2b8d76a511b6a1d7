import Foundation
import KennisDomain
import Platform
import Vapor

/// The events as iCalendar files: one published event (`/kennis/:slug/agenda.ics`) and every published event
/// (`/kennis/agenda/evenementen.ics`, for a calendar subscription), in the visitor's language, built with
/// KennisDomain's `ICalendar`.
enum EventCalendar {
    static let contentType = "text/calendar; charset=utf-8"
    static let productID = "-//Kenniscentrum Vlaamse Steden//Stadsbeeld//NL"

    static func one(_ req: Request) async throws -> Response {
        let item = try await KennisAccess.visibleItem(req)
        guard item.kind == .evenement, item.status == .gepubliceerd, let event = event(item, req) else {
            throw Abort(.notFound, reason: KennisText.strings(req.language)["events.notAnEvent"])
        }
        let name = KennisText.text(item.content.title, req.language)
        return Download.file(ICalendar.document(events: [event], productID: productID, calendarName: name), type: contentType,
                             name: "\(item.slug).ics")
    }

    static func all(_ req: Request) async throws -> Response {
        let items = try await KnowledgeStore(database: req.db).latestPublished(kinds: [.evenement], limit: 10_000)
        let events = items.compactMap { event($0, req) }.sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }
        let name = KennisText.strings(req.language)["events.calendar.name"]
        return Download.file(ICalendar.document(events: events, productID: productID, calendarName: name), type: contentType,
                             name: "evenementen.ics")
    }

    /// An item as a calendar event; nil when it has no start time.
    static func event(_ item: StoredKnowledge, _ req: Request) -> CalendarEvent? {
        let details = item.content.details
        guard let start = details.starts.flatMap(LocalDateTime.parse)?.instant else { return nil }
        let end = details.ends.flatMap(LocalDateTime.parse)?.instant ?? start
        let language = req.language
        return CalendarEvent(
            uid: "kennis-evenement-\(item.id)@stadsbeeld", start: start, end: end, timeZone: "Europe/Brussels",
            summary: KennisText.text(item.content.title, language), description: KennisText.text(item.content.summary, language),
            location: KennisText.text(details.place, language), url: req.siteBaseURL + KennisPath.item(item.slug).path,
            lastModified: item.updatedAt, status: .confirmed, sequence: item.revision)
    }
}
