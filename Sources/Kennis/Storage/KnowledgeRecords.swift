import Foundation
import KennisDomain
import Platform

/// An item as stored: its content, where it is in the workflow, who proposed it, and its files.
public struct StoredKnowledge: Sendable, Hashable {
    public let id: Int
    public let content: KnowledgeContent
    public let status: KnowledgeStatus
    public let authorUserID: Int?
    public let authorOrganisationID: Int?
    public let reviewNote: String?
    public let revision: Int
    public let createdAt: Date
    public let updatedAt: Date
    public let publishedAt: Date?
    public var files: [StoredFile]

    public var slug: String { content.slug }
    public var kind: KnowledgeKind { content.kind }

    /// The date shown: the item's own date, else the day it was published, else the day it was written.
    public var shownDate: String {
        if let date = content.date { return date }
        let day = publishedAt ?? createdAt
        return KnowledgeDates.isoDay(day)
    }

    public var year: Int? { Int(shownDate.prefix(4)) }
}

/// A summary line of an item, for lists and cross-references.
public struct KnowledgeSummary: Sendable, Hashable {
    public let id: Int
    public let slug: String
    public let kind: KnowledgeKind
    public let status: KnowledgeStatus
    public let title: Bilingual
    public let summary: Bilingual
    public let date: String
    public let authorUserID: Int?
    public let updatedAt: Date
}

/// A file of an item.
public struct StoredFile: Sendable, Hashable {
    public let id: Int
    public let itemID: Int
    public let name: String
    public let title: String
    public let fileKind: String
    public let mediaType: String
    public let size: Int
    public let sha256: String
    public let storageKey: String
    public let versionLabel: String?
    public let extractedText: String
    public let createdAt: Date

    public var isImage: Bool { mediaType.hasPrefix("image/") }
}

/// A registration for an event.
public struct StoredRegistration: Sendable, Hashable {
    public let id: Int
    public let itemID: Int
    public let name: String
    public let email: String
    public let organisation: String
    public let status: RegistrationStatus
    public let createdAt: Date
}

/// A newsletter subscriber's state.
public enum SubscriberStatus: String, Sendable, CaseIterable, Codable {
    /// Subscribed, waiting for the confirmation link to be followed.
    case pending = "wacht-op-bevestiging"
    case confirmed = "bevestigd"
    case unsubscribed = "uitgeschreven"
    /// Mail to it failed permanently; nothing is sent until it subscribes again.
    case bounced = "onbestelbaar"

    public var name: (nl: String, en: String) {
        switch self {
        case .pending: ("Wacht op bevestiging", "Waiting for confirmation")
        case .confirmed: ("Bevestigd", "Confirmed")
        case .unsubscribed: ("Uitgeschreven", "Unsubscribed")
        case .bounced: ("Onbestelbaar", "Bounced")
        }
    }
}

public struct StoredSubscriber: Sendable, Hashable {
    public let id: Int
    public let email: String
    public let status: SubscriberStatus
    public let createdAt: Date
    public let changedAt: Date
}

/// A newsletter issue.
public struct StoredNewsletter: Sendable, Hashable {
    public let id: Int
    public let number: Int
    public let subject: String
    /// Markdown.
    public let intro: String
    public let itemSlugs: [String]
    public let sent: Bool
    public let recipients: Int
    public let createdAt: Date
    public let sentAt: Date?
}

enum KnowledgeDates {
    static func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1)
    }

    static func today(_ now: Date = Date()) -> LocalDate {
        LocalDate.parse(isoDay(now)) ?? LocalDate(year: 2026, month: 1, day: 1)!
    }
}
