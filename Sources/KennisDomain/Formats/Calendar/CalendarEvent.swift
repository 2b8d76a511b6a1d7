import Foundation

/// One event as it goes into an iCalendar file.
public struct CalendarEvent: Sendable, Equatable {
    /// Whether the event takes place.
    public enum Status: String, Sendable, Equatable {
        /// It goes ahead as planned.
        case confirmed = "CONFIRMED"
        /// It was called off; calendars that have it show it as cancelled.
        case cancelled = "CANCELLED"
    }

    /// A stable, globally unique id, such as `evenement-42@stadsbeeld.be`. Calendars match updates on it.
    public var uid: String
    /// When the event begins.
    public var start: Date
    /// After `start`; an end at or before the start is left out of the file.
    public var end: Date
    /// An IANA zone name. Zones on Central European Time (`Europe/Brussels`, …) are written as local times with
    /// their VTIMEZONE; any other zone is written in UTC.
    public var timeZone: String
    /// The title shown in the calendar.
    public var summary: String
    /// Plain text; may hold line ends.
    public var description: String
    /// Where it takes place, as one line of text; empty to leave it out.
    public var location: String
    /// The event's page.
    public var url: String?
    /// When the event last changed; also written as the DTSTAMP.
    public var lastModified: Date
    /// Confirmed or cancelled.
    public var status: Status
    /// Raise it with every change that calendars should pick up (a new time, a cancellation).
    public var sequence: Int

    /// An event; the zone defaults to Brussels, the status to confirmed.
    public init(
        uid: String, start: Date, end: Date, timeZone: String = "Europe/Brussels", summary: String,
        description: String = "", location: String = "", url: String? = nil, lastModified: Date,
        status: Status = .confirmed, sequence: Int = 0
    ) {
        self.uid = uid
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.summary = summary
        self.description = description
        self.location = location
        self.url = url
        self.lastModified = lastModified
        self.status = status
        self.sequence = sequence
    }
}
