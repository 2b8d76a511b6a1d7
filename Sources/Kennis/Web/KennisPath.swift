import Foundation
import KennisDomain
import Platform
import Vapor

/// The pages of the Kennis pillar. Routes are registered from `Route.x.pattern`; links come from `path`/`url`.
/// Slugs that are also fixed words of these addresses are refused (`KennisPath.reservedSlugs`).
enum KennisPath: TypedPath {
    case home
    case list(KnowledgeKind)
    case review
    case newItem
    case item(String)
    case edit(String)
    case step(String)
    case upload(String)
    case removeFile(String, file: Int)
    case file(String, file: Int, name: String)
    case register(String)
    case registrations(String)
    case registrationsCSV(String)
    case calendar(String)
    case eventsCalendar
    case cancelRegistration(id: Int, signature: String)
    case feed(Feed)
    case newsletter
    case subscribe
    case confirmSubscription(id: Int, signature: String)
    case unsubscribe(id: Int, signature: String)
    case newsletterIssue(Int)
    case newsletterManage
    case newsletterNew
    case newsletterEdit(Int)
    case newsletterSend(Int)

    /// The Atom feeds.
    enum Feed: String, CaseIterable {
        case news = "nieuws.atom"
        case practices = "praktijken.atom"
        case events = "evenementen.atom"

        var kinds: [KnowledgeKind] {
            switch self {
            case .news: [.nieuws]
            case .practices: [.praktijk]
            case .events: [.evenement]
            }
        }
    }

    static let reservedSlugs: Set<String> = ["soort", "nazicht", "nieuw", "inschrijving", "feeds", "evenementen-ics", "agenda"]

    enum Route: PathRoute {
        case home, list, review, newItem, item, edit, step, upload, removeFile, file, register, registrations, registrationsCSV,
             calendar, eventsCalendar, cancelRegistration, feed, newsletter, subscribe, confirmSubscription, unsubscribe,
             newsletterIssue, newsletterManage, newsletterNew, newsletterEdit, newsletterSend

        var pattern: [PathComponent] {
            switch self {
            case .home: ["kennis"]
            case .list: ["kennis", "soort", ":kind"]
            case .review: ["kennis", "nazicht"]
            case .newItem: ["kennis", "nieuw"]
            case .item: ["kennis", ":slug"]
            case .edit: ["kennis", ":slug", "bewerken"]
            case .step: ["kennis", ":slug", "stap"]
            case .upload: ["kennis", ":slug", "bestanden"]
            case .removeFile: ["kennis", ":slug", "bestanden", ":file", "verwijderen"]
            case .file: ["kennis", ":slug", "bestanden", ":file", ":name"]
            case .register: ["kennis", ":slug", "inschrijven"]
            case .registrations: ["kennis", ":slug", "inschrijvingen"]
            case .registrationsCSV: ["kennis", ":slug", "inschrijvingen.csv"]
            case .calendar: ["kennis", ":slug", "agenda.ics"]
            case .eventsCalendar: ["kennis", "agenda", "evenementen.ics"]
            case .cancelRegistration: ["kennis", "inschrijving", ":registration", ":signature"]
            case .feed: ["kennis", "feeds", ":feed"]
            case .newsletter: ["nieuwsbrief"]
            case .subscribe: ["nieuwsbrief", "inschrijven"]
            case .confirmSubscription: ["nieuwsbrief", "bevestigen", ":subscriber", ":signature"]
            case .unsubscribe: ["nieuwsbrief", "uitschrijven", ":subscriber", ":signature"]
            case .newsletterIssue: ["nieuwsbrief", "nummer", ":number"]
            case .newsletterManage: ["nieuwsbrief", "beheer"]
            case .newsletterNew: ["nieuwsbrief", "beheer", "nieuw"]
            case .newsletterEdit: ["nieuwsbrief", "beheer", ":number"]
            case .newsletterSend: ["nieuwsbrief", "beheer", ":number", "versturen"]
            }
        }
    }

    var route: Route {
        switch self {
        case .home: .home
        case .list: .list
        case .review: .review
        case .newItem: .newItem
        case .item: .item
        case .edit: .edit
        case .step: .step
        case .upload: .upload
        case .removeFile: .removeFile
        case .file: .file
        case .register: .register
        case .registrations: .registrations
        case .registrationsCSV: .registrationsCSV
        case .calendar: .calendar
        case .eventsCalendar: .eventsCalendar
        case .cancelRegistration: .cancelRegistration
        case .feed: .feed
        case .newsletter: .newsletter
        case .subscribe: .subscribe
        case .confirmSubscription: .confirmSubscription
        case .unsubscribe: .unsubscribe
        case .newsletterIssue: .newsletterIssue
        case .newsletterManage: .newsletterManage
        case .newsletterNew: .newsletterNew
        case .newsletterEdit: .newsletterEdit
        case .newsletterSend: .newsletterSend
        }
    }

    var parameters: [String: String] {
        switch self {
        case .home, .review, .newItem, .eventsCalendar, .newsletter, .subscribe, .newsletterManage, .newsletterNew: [:]
        case .list(let kind): ["kind": kind.rawValue]
        case .item(let slug), .edit(let slug), .step(let slug), .upload(let slug), .register(let slug), .registrations(let slug),
             .registrationsCSV(let slug), .calendar(let slug):
            ["slug": slug]
        case .removeFile(let slug, let file): ["slug": slug, "file": String(file)]
        case .file(let slug, let file, let name): ["slug": slug, "file": String(file), "name": name]
        case .cancelRegistration(let id, let signature): ["registration": String(id), "signature": signature]
        case .feed(let feed): ["feed": feed.rawValue]
        case .confirmSubscription(let id, let signature), .unsubscribe(let id, let signature):
            ["subscriber": String(id), "signature": signature]
        case .newsletterIssue(let number), .newsletterEdit(let number), .newsletterSend(let number): ["number": String(number)]
        }
    }
}

/// The JSON API of the Kennis pillar (read only).
enum KennisAPIPath: TypedPath {
    case items
    case item(String)

    enum Route: PathRoute {
        case items, item

        var pattern: [PathComponent] {
            switch self {
            case .items: ["api", "v1", "kennis"]
            case .item: ["api", "v1", "kennis", ":slug"]
            }
        }
    }

    var route: Route {
        switch self {
        case .items: .items
        case .item: .item
        }
    }

    var parameters: [String: String] {
        switch self {
        case .items: [:]
        case .item(let slug): ["slug": slug]
        }
    }
}
