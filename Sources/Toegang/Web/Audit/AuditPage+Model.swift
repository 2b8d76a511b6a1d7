import Tabular
import AccessDomain
import Foundation
import Platform
import Vapor

/// The audit trail, filtered by organisation, module, kind of change and period; 100 events per page, newest first.
struct AuditPageModel {
    static let pageSize = 100

    let events: [AuditEvent]
    let organisations: [OrganisationModel]
    let query: Query
    let hasNextPage: Bool
    /// The module filter's choices (AuditModules plus any module present in the trail).
    let modules: [(String, String)]
    let language: SiteLanguage

    struct Query: Sendable {
        var organisation: String?
        var module: String?
        var action: String?
        var from: String?
        var until: String?
        var page = 1

        init(organisation: String? = nil, module: String? = nil, action: String? = nil, from: String? = nil, until: String? = nil,
             page: Int = 1) {
            self.organisation = organisation
            self.module = module
            self.action = action
            self.from = from
            self.until = until
            self.page = page
        }

        init(_ request: Request) {
            organisation = request.query[String.self, at: "organisatie"].flatMap { $0.isEmpty ? nil : $0 }
            module = request.query[String.self, at: "module"].flatMap { $0.isEmpty ? nil : $0 }
            action = request.query[String.self, at: "actie"].flatMap { $0.isEmpty ? nil : $0 }
            from = request.query[String.self, at: "van"].flatMap { $0.isEmpty ? nil : $0 }
            until = request.query[String.self, at: "tot"].flatMap { $0.isEmpty ? nil : $0 }
            page = max(1, min(request.query[Int.self, at: "pagina"] ?? 1, 100_000))
        }

        /// The storage filter; a date that does not parse is refused with the field it came from.
        func filter(organisations: [OrganisationModel]) throws -> AuditLog.Filter {
            var filter = AuditLog.Filter()
            if let organisation {
                guard let id = organisations.first(where: { $0.code == organisation })?.id else {
                    throw Abort(.badRequest, reason: "onbekende organisatie '\(organisation)'")
                }
                filter.organisationID = id
            }
            filter.module = module
            if let action {
                guard let parsed = AuditAction(rawValue: action) else { throw Abort(.badRequest, reason: "onbekende actie '\(action)'") }
                filter.action = parsed
            }
            filter.from = try from.map { try Self.day($0, field: "van") }
            // "tot en met" the given day: up to the start of the next.
            filter.until = try until.map { try Self.day($0, field: "tot").addingTimeInterval(86_400) }
            return filter
        }

        static func day(_ text: String, field: String) throws -> Date {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "Europe/Brussels")
            formatter.dateFormat = "yyyy-MM-dd"
            guard let date = formatter.date(from: text) else {
                throw Abort(.badRequest, reason: "de datum bij '\(field)' is geen datum als 2026-11-22")
            }
            return date
        }

        var items: [(String, String?)] {
            [("organisatie", organisation), ("module", module), ("actie", action), ("van", from), ("tot", until)]
        }
    }

    static func load(_ request: Request) async throws -> AuditPageModel {
        let query = Query(request)
        let organisations = try await OrganisationService(database: request.db).all()
        let filter = try query.filter(organisations: organisations)
        let events = try await AuditLog.events(filter, limit: pageSize + 1, offset: (query.page - 1) * pageSize, on: request.db)
        let readable = AuditReadable(organisations: organisations)
        return AuditPageModel(events: events.prefix(pageSize).map(readable.event), organisations: organisations, query: query,
                              hasNextPage: events.count > pageSize,
                              modules: AuditModules.options(request.application.pillars.auditModules,
                                                            present: try await AuditLog.modules(on: request.db), language: request.language),
                              language: request.language)
    }
}

/// The trail as CSV, for spreadsheets: one row per changed field, so before → after stays readable in columns.
enum AuditCSV {
    /// Ids and codes in the changes are shown as names (AuditReadable).
    static func make(_ events: [AuditEvent], organisations: [OrganisationModel]) -> String {
        let readable = AuditReadable(organisations: organisations)
        var lines = ["tijdstip;gebruiker;organisatie;module;actie;soort;id;samenvatting;veld;voor;na"]
        let formatter = ISO8601DateFormatter()
        for event in events.map(readable.event) {
            let common = [formatter.string(from: event.occurredAt), event.actor.userLabel, event.actor.organisationLabel, event.module,
                          event.action.rawValue, event.entityType, event.entityID, event.summary]
            let changes = event.changes.isEmpty ? [AuditChange(field: "", before: nil, after: nil)] : event.changes
            for change in changes {
                lines.append((common + [change.field, change.before ?? "", change.after ?? ""]).map(field).joined(separator: ";"))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes where needed; a leading =, +, - or @ is neutralised so a spreadsheet does not run it as a formula.
    static func field(_ text: String) -> String {
        CSVText.field(text, separator: ";")
    }
}
