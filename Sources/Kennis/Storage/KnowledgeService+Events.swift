import Fluent
import Foundation
import KennisDomain
import Platform
import SQLKit

extension KnowledgeService {
    public static let eventMailModule = "kennis-evenement"

    /// Registers someone for a published event: a seat while there is one, else the waiting list. A confirmation
    /// mail with a signed link to cancel goes through the outbox in the same transaction.
    @discardableResult
    public func register(for event: StoredKnowledge, name: String, email: String, organisation: String, baseURL: String,
                         actor: AuditActor, now: Date = Date()) async throws -> StoredRegistration {
        guard event.kind == .evenement, event.status == .gepubliceerd else {
            throw KennisRefused(nl: "Voor dit item kun je je niet inschrijven.", en: "You cannot register for this item.")
        }
        let details = event.content.details
        guard RegistrationRules.isOpen(registrationUntil: details.registrationUntil.flatMap(LocalDate.parse),
                                       starts: details.starts.flatMap(LocalDateTime.parse), today: KnowledgeDates.today(now)) else {
            throw KennisRefused(nl: "De inschrijvingen zijn afgesloten.", en: "Registration is closed.")
        }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let organisation = organisation.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [KnowledgeProblem] = []
        if name.isEmpty || name.count > 120 {
            problems.append(KnowledgeProblem(field: "name", nl: "Geef je naam (hoogstens 120 tekens).", en: "Give your name (at most 120 characters)."))
        }
        if organisation.count > 120 {
            problems.append(KnowledgeProblem(field: "organisation", nl: "De organisatie is langer dan 120 tekens.", en: "The organisation is longer than 120 characters."))
        }
        let address: MailAddress
        do {
            address = try MailAddress(email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
        } catch {
            problems.append(KnowledgeProblem(field: "email", nl: "Dit is geen geldig e-mailadres.", en: "This is not a valid e-mail address."))
            throw KennisRefused(problems)
        }
        guard problems.isEmpty else { throw KennisRefused(problems) }
        let signer = try await LinkSigner.load("kennis", on: database)
        return try await database.transaction { db in
            let store = KnowledgeStore(database: db)
            let existing = try await store.registrations(itemID: event.id)
            if let same = existing.first(where: { $0.email == address.value }), same.status != .geannuleerd {
                throw KennisRefused(field: "email", nl: "Dit e-mailadres is al ingeschreven (\(same.status.name.nl.lowercased())).",
                                    en: "This e-mail address is already registered (\(same.status.name.en.lowercased())).")
            }
            let status = RegistrationRules.statusOfNew(
                capacity: details.capacity, existing: existing.map { RegistrationEntry(id: $0.id, status: $0.status) })
            let sql = db.sql
            let id: Int
            if let cancelled = existing.first(where: { $0.email == address.value }) {
                try await sql.update("event_registrations").set("status", to: SQLBind(status.rawValue)).set("name", to: SQLBind(name))
                    .set("organisation", to: SQLBind(organisation)).set("changed_at", to: SQLBind(now))
                    .where("id", .equal, SQLBind(cancelled.id)).run()
                id = cancelled.id
            } else {
                let row = try await sql.insert(into: "event_registrations")
                    .columns("item_id", "name", "email", "organisation", "status", "created_at", "changed_at")
                    .values(SQLBind(event.id), SQLBind(name), SQLBind(address.value), SQLBind(organisation), SQLBind(status.rawValue),
                            SQLBind(now), SQLBind(now))
                    .returning("id").first()
                id = try row?.decode(column: "id", as: Int.self) ?? 0
            }
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .create, entityType: "inschrijving", entityID: "\(event.slug)/\(id)",
                summary: "inschrijving voor '\(event.content.title.nl)': \(status.name.nl.lowercased())"), on: db)
            let registration = StoredRegistration(id: id, itemID: event.id, name: name, email: address.value, organisation: organisation,
                                                  status: status, createdAt: now)
            try await MailOutbox.enqueue(Self.registrationMail(registration, event: event, signer: signer, baseURL: baseURL, promoted: false), on: db, now: now)
            return registration
        }
    }

    /// The signature of a registration's cancel link.
    static func cancelMessage(_ registration: StoredRegistration) -> String { "annuleren:\(registration.id):\(registration.email)" }

    /// Cancels a registration from its signed link; the first on the waiting list moves up and is told.
    public func cancel(registrationID: Int, signature: String, baseURL: String, now: Date = Date()) async throws -> (StoredRegistration, StoredKnowledge) {
        let store = KnowledgeStore(database: database)
        let signer = try await LinkSigner.load("kennis", on: database)
        guard let registration = try await store.registration(id: registrationID),
              signer.verify(Self.cancelMessage(registration), signature: signature),
              let event = try await store.item(id: registration.itemID) else {
            throw KennisRefused(nl: "Deze link om te annuleren klopt niet.", en: "This cancellation link is not valid.")
        }
        guard registration.status != .geannuleerd else { return (registration, event) }
        try await database.transaction { db in
            let sql = db.sql
            try await sql.update("event_registrations").set("status", to: SQLBind(RegistrationStatus.geannuleerd.rawValue))
                .set("changed_at", to: SQLBind(now)).where("id", .equal, SQLBind(registration.id)).run()
            let entries = try await KnowledgeStore(database: db).registrations(itemID: event.id)
            let promoted = RegistrationRules.promotions(capacity: event.content.details.capacity,
                                                        entries: entries.map { RegistrationEntry(id: $0.id, status: $0.status) })
            for other in entries where promoted.contains(other.id) {
                try await sql.update("event_registrations").set("status", to: SQLBind(RegistrationStatus.ingeschreven.rawValue))
                    .set("changed_at", to: SQLBind(now)).where("id", .equal, SQLBind(other.id)).run()
                let moved = StoredRegistration(id: other.id, itemID: other.itemID, name: other.name, email: other.email,
                                               organisation: other.organisation, status: .ingeschreven, createdAt: other.createdAt)
                try await MailOutbox.enqueue(Self.registrationMail(moved, event: event, signer: signer, baseURL: baseURL, promoted: true), on: db, now: now)
            }
            try await AuditLog.record(AuditEvent(
                actor: .anonymous(address: "annuleerlink"), module: Self.module, action: .update, entityType: "inschrijving",
                entityID: "\(event.slug)/\(registration.id)",
                summary: "inschrijving voor '\(event.content.title.nl)' geannuleerd" + (promoted.isEmpty ? "" : "; \(promoted.count) van de wachtlijst ingeschreven")),
                on: db)
        }
        return (registration, event)
    }

    static func registrationMail(_ registration: StoredRegistration, event: StoredKnowledge, signer: LinkSigner, baseURL: String,
                                 promoted: Bool) throws -> OutgoingMail {
        let d = event.content.details
        let cancel = baseURL + KennisPath.cancelRegistration(id: registration.id, signature: signer.sign(cancelMessage(registration))).path
        let page = baseURL + KennisPath.item(event.slug).path
        let when = [d.starts, d.ends].compactMap { $0?.replacingOccurrences(of: "T", with: " ") }.joined(separator: " – ")
        let opening: String = switch (registration.status, promoted) {
        case (.ingeschreven, true): "Er kwam een plaats vrij: je bent nu ingeschreven voor"
        case (.ingeschreven, false): "Je bent ingeschreven voor"
        default: "Het evenement is volzet. Je staat op de wachtlijst voor"
        }
        let text = """
            Dag \(registration.name),

            \(opening) "\(event.content.title.nl)".
            Wanneer: \(when)
            Waar: \(d.place.nl)
            Meer informatie: \(page)

            Kun je toch niet komen? Annuleer dan met deze link, zodat iemand anders je plaats krijgt:
            \(cancel)

            Kenniscentrum Vlaamse Steden
            """
        return OutgoingMail(
            module: eventMailModule, to: [try MailAddress(registration.email)],
            subject: "\(registration.status == .ingeschreven ? "Inschrijving" : "Wachtlijst"): \(event.content.title.nl)",
            text: text, key: "kennis-inschrijving-\(registration.id)-\(registration.status.rawValue)-\(promoted ? "opgeschoven" : "nieuw")-\(UUID().uuidString.prefix(8))")
    }

    /// Removes the registrations of events that ended more than `days` days ago: names and addresses are kept no longer
    /// than the event needs them. Returns how many were removed.
    @discardableResult
    public func purgeRegistrations(olderThan days: Int = 90, now: Date = Date()) async throws -> Int {
        let store = KnowledgeStore(database: database)
        var removed = 0
        for event in try await store.allItems() where event.kind == .evenement {
            guard let end = (event.content.details.ends ?? event.content.details.starts).flatMap(LocalDateTime.parse)?.instant,
                  now.timeIntervalSince(end) > Double(days) * 86_400 else { continue }
            let rows = try await database.sql.delete(from: "event_registrations").where("item_id", .equal, SQLBind(event.id)).returning("id").all()
            removed += rows.count
        }
        return removed
    }
}
