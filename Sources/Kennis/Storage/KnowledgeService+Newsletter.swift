import AccessDomain
import Fluent
import Foundation
import KennisDomain
import Platform
import SQLKit
import SafeMarkdown

extension KnowledgeService {
    public static let newsletterMailModule = "kennis-nieuwsbrief"
    static let signerPurpose = "kennis"

    static func confirmMessage(_ id: Int, _ email: String) -> String { "bevestigen:\(id):\(email)" }
    static func unsubscribeMessage(_ id: Int, _ email: String) -> String { "uitschrijven:\(id):\(email)" }

    /// Starts a subscription: the address waits for its confirmation link (double opt-in). What the visitor is told
    /// is the same whether or not the address was known, so the form does not reveal who subscribes.
    public func subscribe(email: String, baseURL: String, now: Date = Date()) async throws {
        let address: MailAddress
        do {
            address = try MailAddress(email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
        } catch {
            throw KennisRefused(field: "email", nl: "Dit is geen geldig e-mailadres.", en: "This is not a valid e-mail address.")
        }
        let signer = try await LinkSigner.load(Self.signerPurpose, on: database)
        try await database.transaction { db in
            let sql = db.sql
            let existing = try await KnowledgeStore(database: db).subscriber(email: address.value)
            if existing?.status == .confirmed { return }
            let id: Int
            if let existing {
                try await sql.update("newsletter_subscribers").set("status", to: SQLBind(SubscriberStatus.pending.rawValue))
                    .set("changed_at", to: SQLBind(now)).where("id", .equal, SQLBind(existing.id)).run()
                id = existing.id
            } else {
                let row = try await sql.insert(into: "newsletter_subscribers").columns("email", "status", "created_at", "changed_at")
                    .values(SQLBind(address.value), SQLBind(SubscriberStatus.pending.rawValue), SQLBind(now), SQLBind(now))
                    .returning("id").first()
                id = try row?.decode(column: "id", as: Int.self) ?? 0
            }
            let link = baseURL + KennisPath.confirmSubscription(id: id, signature: signer.sign(Self.confirmMessage(id, address.value))).path
            // At most one confirmation mail per address per hour, however often the form is sent.
            let hour = Int(now.timeIntervalSince1970 / 3600)
            try await MailOutbox.enqueue(OutgoingMail(
                module: Self.newsletterMailModule, to: [address], subject: "Bevestig je inschrijving op de nieuwsbrief",
                text: """
                    Dag,

                    Iemand (hopelijk jij) vroeg om de nieuwsbrief van het Kenniscentrum Vlaamse Steden te ontvangen op dit adres.
                    Bevestig met deze link:
                    \(link)

                    Vroeg je dit niet? Doe dan niets: zonder bevestiging sturen we je niets.

                    Kenniscentrum Vlaamse Steden
                    """,
                key: "nieuwsbrief-bevestigen-\(id)-\(hour)"), on: db, now: now)
        }
    }

    /// Confirms a subscription from its signed link.
    @discardableResult
    public func confirm(subscriberID: Int, signature: String, now: Date = Date()) async throws -> StoredSubscriber {
        let subscriber = try await checkedSubscriber(subscriberID, signature: signature, message: Self.confirmMessage)
        guard subscriber.status == .pending else { return subscriber }
        try await setStatus(subscriber, .confirmed, summary: "inschrijving op de nieuwsbrief bevestigd", now: now)
        return subscriber
    }

    /// Ends a subscription from its signed link (the link in every newsletter and its List-Unsubscribe header).
    @discardableResult
    public func unsubscribe(subscriberID: Int, signature: String, now: Date = Date()) async throws -> StoredSubscriber {
        let subscriber = try await checkedSubscriber(subscriberID, signature: signature, message: Self.unsubscribeMessage)
        guard subscriber.status != .unsubscribed else { return subscriber }
        try await setStatus(subscriber, .unsubscribed, summary: "uitgeschreven van de nieuwsbrief", now: now)
        return subscriber
    }

    /// Marks an address to which mail failed permanently; it gets nothing more until it subscribes again.
    @discardableResult
    public func markBounced(email: String, now: Date = Date()) async throws -> Bool {
        guard let subscriber = try await KnowledgeStore(database: database).subscriber(email: email),
              subscriber.status == .confirmed || subscriber.status == .pending else { return false }
        try await setStatus(subscriber, .bounced, summary: "nieuwsbrief onbestelbaar", now: now)
        return true
    }

    /// Marks every subscriber whose newsletter mail the outbox gave up on (a permanent SMTP refusal or too many
    /// failed attempts). Run before each send and by the newsletter page.
    @discardableResult
    public func markBouncesFromOutbox(now: Date = Date()) async throws -> Int {
        let rows = try await database.sql.raw("""
            SELECT DISTINCT s.email FROM newsletter_subscribers s JOIN mail_outbox m ON m.to_addresses = s.email
            WHERE m.module = \(bind: Self.newsletterMailModule) AND m.status = 'failed' AND m.created_at >= s.changed_at
              AND s.status = \(bind: SubscriberStatus.confirmed.rawValue)
            """).all()
        var marked = 0
        for row in rows where try await markBounced(email: try row.decode(column: "email", as: String.self), now: now) { marked += 1 }
        return marked
    }

    private func checkedSubscriber(_ id: Int, signature: String, message: (Int, String) -> String) async throws -> StoredSubscriber {
        let signer = try await LinkSigner.load(Self.signerPurpose, on: database)
        guard let subscriber = try await KnowledgeStore(database: database).subscriber(id: id),
              signer.verify(message(subscriber.id, subscriber.email), signature: signature) else {
            throw KennisRefused(nl: "Deze link klopt niet of is onvolledig. Kopieer de hele link uit de e-mail.",
                                en: "This link is not valid or incomplete. Copy the whole link from the e-mail.")
        }
        return subscriber
    }

    private func setStatus(_ subscriber: StoredSubscriber, _ status: SubscriberStatus, summary: String, now: Date) async throws {
        try await database.transaction { db in
            try await db.sql.update("newsletter_subscribers").set("status", to: SQLBind(status.rawValue)).set("changed_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(subscriber.id)).run()
            // The audit trail names the subscriber by number, not by address.
            try await AuditLog.record(AuditEvent(
                actor: .anonymous(address: "nieuwsbrief"), module: Self.module, action: .update, entityType: "abonnee",
                entityID: String(subscriber.id), summary: summary,
                changes: [AuditChange(field: "status", before: subscriber.status.rawValue, after: status.rawValue)]), on: db)
        }
    }

    // MARK: Issues

    /// Writes a newsletter draft (a new number) or changes a draft.
    @discardableResult
    public func saveNewsletter(number: Int?, subject: String, intro: String, slugs: [String], by actor: KennisActor, now: Date = Date()) async throws -> Int {
        guard actor.isEditor else { throw KennisRefused(nl: "Alleen een redacteur kan een nieuwsbrief maken.", en: "Only an editor can make a newsletter.") }
        let subject = subject.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [KnowledgeProblem] = []
        if subject.isEmpty || subject.count > 200 {
            problems.append(KnowledgeProblem(field: "subject", nl: "Geef een onderwerp (hoogstens 200 tekens).", en: "Give a subject (at most 200 characters)."))
        }
        if intro.count > 20_000 { problems.append(KnowledgeProblem(field: "intro", nl: "De inleiding is te lang.", en: "The introduction is too long.")) }
        var seen = Set<String>()
        let slugs = slugs.filter { seen.insert($0).inserted }
        let store = KnowledgeStore(database: database)
        for slug in slugs {
            guard let item = try await store.item(slug: slug), item.status == .gepubliceerd else {
                problems.append(KnowledgeProblem(field: "items", nl: "Item '\(slug)' bestaat niet of is niet gepubliceerd.",
                                                 en: "Item '\(slug)' does not exist or is not published."))
                continue
            }
        }
        if slugs.isEmpty { problems.append(KnowledgeProblem(field: "items", nl: "Kies minstens één item.", en: "Choose at least one item.")) }
        guard problems.isEmpty else { throw KennisRefused(problems) }
        return try await database.transaction { db in
            let sql = db.sql
            if let number {
                guard let existing = try await KnowledgeStore(database: db).newsletter(number: number), !existing.sent else {
                    throw KennisRefused(nl: "Deze nieuwsbrief is al verstuurd en verandert niet meer.", en: "This newsletter was sent and no longer changes.")
                }
                try await sql.update("newsletters").set("subject", to: SQLBind(subject)).set("intro", to: SQLBind(intro))
                    .set("items", to: SQLBind(slugs.joined(separator: ","))).where("id", .equal, SQLBind(existing.id)).run()
                try await AuditLog.record(AuditEvent(actor: actor.audit, module: Self.module, action: .update, entityType: "nieuwsbrief",
                                                     entityID: String(number), summary: "nieuwsbrief \(number) gewijzigd"), on: db)
                return number
            }
            let last = try await sql.raw("SELECT MAX(number) AS n FROM newsletters").first()?.decode(column: "n", as: Int?.self) ?? nil
            let next = (last ?? 0) + 1
            try await sql.insert(into: "newsletters").columns("number", "subject", "intro", "items", "status", "recipients", "created_by", "created_at")
                .values(SQLBind(next), SQLBind(subject), SQLBind(intro), SQLBind(slugs.joined(separator: ",")), SQLBind("ontwerp"), SQLBind(0),
                        SQLBind(actor.userID), SQLBind(now)).run()
            try await AuditLog.record(AuditEvent(actor: actor.audit, module: Self.module, action: .create, entityType: "nieuwsbrief",
                                                 entityID: String(next), summary: "nieuwsbrief \(next) aangemaakt: \(subject)"), on: db)
            return next
        }
    }

    /// Sends a draft to every confirmed subscriber: one message each, written to the outbox in a few statements in one
    /// transaction (10,000 subscribers take well under a second); the mail worker delivers them in the background.
    @discardableResult
    public func send(newsletter number: Int, baseURL: String, by actor: KennisActor, now: Date = Date()) async throws -> Int {
        guard actor.isEditor else { throw KennisRefused(nl: "Alleen een redacteur kan een nieuwsbrief versturen.", en: "Only an editor can send a newsletter.") }
        try await markBouncesFromOutbox(now: now)
        let store = KnowledgeStore(database: database)
        guard let letter = try await store.newsletter(number: number) else {
            throw KennisRefused(nl: "Nieuwsbrief \(number) bestaat niet.", en: "Newsletter \(number) does not exist.")
        }
        guard !letter.sent else { throw KennisRefused(nl: "Deze nieuwsbrief is al verstuurd.", en: "This newsletter was already sent.") }
        let items = try await store.published(slugs: letter.itemSlugs)
        let signer = try await LinkSigner.load(Self.signerPurpose, on: database)
        let body = NewsletterBody(letter: letter, items: items, baseURL: baseURL)
        return try await database.transaction { db in
            // Claims the draft first, so two editors pressing send at once send it once.
            let claimed = try await db.sql.update("newsletters").set("status", to: SQLBind("verstuurd")).set("sent_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(letter.id)).where("status", .equal, SQLBind("ontwerp")).returning("id").all()
            guard !claimed.isEmpty else { throw KennisRefused(nl: "Deze nieuwsbrief is al verstuurd.", en: "This newsletter was already sent.") }
            let subscribers = try await KnowledgeStore(database: db).confirmedSubscribers()
            var mails: [OutgoingMail] = []
            mails.reserveCapacity(subscribers.count)
            for subscriber in subscribers {
                guard let address = try? MailAddress(subscriber.email) else { continue }
                let unsubscribe = baseURL + KennisPath.unsubscribe(id: subscriber.id, signature: signer.sign(Self.unsubscribeMessage(subscriber.id, subscriber.email))).path
                mails.append(OutgoingMail(
                    module: Self.newsletterMailModule, to: [address], subject: letter.subject,
                    text: body.text(unsubscribe: unsubscribe), html: body.html(unsubscribe: unsubscribe),
                    key: "nieuwsbrief-\(letter.number)-\(subscriber.id)",
                    headers: [MailHeader("List-Unsubscribe", "<\(unsubscribe)>"),
                              MailHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                              MailHeader("List-Id", "Nieuwsbrief Kenniscentrum Vlaamse Steden <nieuwsbrief.stadsbeeld>"),
                              MailHeader("Precedence", "bulk")]))
            }
            let written = try await MailOutbox.enqueueMany(mails, on: db, now: now)
            try await db.sql.update("newsletters").set("recipients", to: SQLBind(written)).where("id", .equal, SQLBind(letter.id)).run()
            try await AuditLog.record(AuditEvent(actor: actor.audit, module: Self.module, action: .update, entityType: "nieuwsbrief",
                                                 entityID: String(number), summary: "nieuwsbrief \(number) verstuurd naar \(written) abonnees"), on: db)
            return written
        }
    }
}

/// The text and HTML of a newsletter: its introduction and, per item, the title, summary and a link.
public struct NewsletterBody: Sendable {
    public let letter: StoredNewsletter
    public let items: [StoredKnowledge]
    public let baseURL: String

    public init(letter: StoredNewsletter, items: [StoredKnowledge], baseURL: String) {
        self.letter = letter
        self.items = items
        self.baseURL = baseURL
    }

    public func text(unsubscribe: String) -> String {
        var lines = [letter.subject, String(repeating: "=", count: min(letter.subject.count, 70)), "", SafeMarkdown.plainText(letter.intro), ""]
        for item in items {
            lines += ["■ \(item.content.title.nl) (\(item.kind.name.nl))", item.content.summary.nl, baseURL + KennisPath.item(item.slug).path, ""]
        }
        lines += ["—", "Uitschrijven met één klik: \(unsubscribe)", "Kenniscentrum Vlaamse Steden"]
        return lines.joined(separator: "\n")
    }

    public func html(unsubscribe: String) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>\(escape(letter.subject))</title></head>"
            + "<body style=\"font-family:sans-serif;max-width:40em;margin:auto;line-height:1.5\">"
            + "<h1>\(escape(letter.subject))</h1>" + SafeMarkdown.html(letter.intro, options: .init())
        for item in items {
            html += "<h2><a href=\"\(escape(baseURL + KennisPath.item(item.slug).path))\">\(escape(item.content.title.nl))</a></h2>"
                + "<p><em>\(escape(item.kind.name.nl))</em> — \(escape(item.content.summary.nl))</p>"
        }
        html += "<hr><p><a href=\"\(escape(unsubscribe))\">Uitschrijven met één klik</a> · Kenniscentrum Vlaamse Steden</p></body></html>"
        return html
    }
}
