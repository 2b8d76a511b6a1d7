import Fluent
import Foundation
import SQLKit

/// A message to send, as a module writes it.
public struct OutgoingMail: Sendable, Equatable {
    public var module: String
    public var to: [MailAddress]
    public var subject: String
    public var text: String
    public var html: String?
    /// The same key is queued once: a second `enqueue` with it does nothing (e.g. "plannen-herinnering-42-2026-12-01").
    public var key: String
    /// Extra header lines, only of the names in `MailFormat.extraHeaderNames` (e.g. List-Unsubscribe).
    public var headers: [MailHeader]

    public init(module: String, to: [MailAddress], subject: String, text: String, html: String? = nil, key: String = UUID().uuidString,
                headers: [MailHeader] = []) {
        self.module = module
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.key = key
        self.headers = headers
    }
}

/// An extra header line of a message.
public struct MailHeader: Sendable, Equatable {
    public let name: String
    public let value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    static func encode(_ headers: [MailHeader]) -> String? {
        headers.isEmpty ? nil : headers.map { "\($0.name): \(MailFormat.singleLine($0.value))" }.joined(separator: "\n")
    }

    static func decode(_ text: String?) -> [MailHeader] {
        (text ?? "").split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = String(line[..<colon])
            guard MailFormat.extraHeaderNames.contains(name) else { return nil }
            return MailHeader(name, line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }
}

public enum MailStatus: String, Sendable, CaseIterable, Codable {
    case queued, sending, sent, failed

    public var label: String {
        switch self {
        case .queued: "in de wachtrij"
        case .sending: "wordt verstuurd"
        case .sent: "verstuurd"
        case .failed: "mislukt"
        }
    }
}

/// A row of the outbox.
public struct OutboxMessage: Sendable, Equatable {
    public let id: Int
    public let createdAt: Date
    public let module: String
    public let key: String
    public let to: [String]
    public let subject: String
    public let text: String
    public let html: String?
    public let status: MailStatus
    public let attempts: Int
    public let nextAttemptAt: Date
    public let lastError: String?
    public let sentAt: Date?
    public var headers: [MailHeader] = []
}

/// The outbox: `enqueue` inside the transaction of the change that causes the message, so both land or neither;
/// the mail worker claims what is due, sends it and records the outcome.
public enum MailOutbox {
    /// How long a claimed message stays with the worker that claimed it; after that (the worker died) it is due again.
    public static let claimLease: TimeInterval = 10 * 60

    /// Writes the message on `database` — pass the transaction's database. Returns false when the key was already queued.
    @discardableResult
    public static func enqueue(_ mail: OutgoingMail, on database: any Database, now: Date = Date()) async throws -> Bool {
        guard MailFormat.isValidModule(mail.module) else { throw MailError.invalidModule(mail.module) }
        guard !mail.to.isEmpty else { throw MailError.noRecipients }
        guard mail.headers.allSatisfy({ MailFormat.extraHeaderNames.contains($0.name) }) else { throw MailError.invalidModule(mail.module) }
        let sql = database.sql
        let existing = try await sql.select().column("id").from("mail_outbox")
            .where("message_key", .equal, SQLBind(mail.key)).first()
        guard existing == nil else { return false }
        try await sql.insert(into: "mail_outbox")
            .columns("created_at", "module", "message_key", "to_addresses", "subject", "body_text", "body_html", "status",
                     "attempts", "next_attempt_at", "extra_headers")
            .values(SQLBind(now), SQLBind(mail.module), SQLBind(mail.key), SQLBind(mail.to.map(\.value).joined(separator: "\n")),
                    SQLBind(MailFormat.singleLine(mail.subject)), SQLBind(mail.text), SQLBind(mail.html),
                    SQLBind(MailStatus.queued.rawValue), SQLBind(0), SQLBind(now), SQLBind(MailHeader.encode(mail.headers)))
            .run()
        return true
    }

    /// Writes many messages with few statements (a newsletter to thousands of subscribers): rows whose key was
    /// already queued are skipped. Returns how many were written. Pass the transaction's database.
    @discardableResult
    public static func enqueueMany(_ mails: [OutgoingMail], on database: any Database, now: Date = Date()) async throws -> Int {
        for mail in mails {
            guard MailFormat.isValidModule(mail.module) else { throw MailError.invalidModule(mail.module) }
            guard !mail.to.isEmpty else { throw MailError.noRecipients }
            guard mail.headers.allSatisfy({ MailFormat.extraHeaderNames.contains($0.name) }) else { throw MailError.invalidModule(mail.module) }
        }
        let sql = database.sql
        var written = 0
        var start = 0
        while start < mails.count {
            let chunk = mails[start..<min(start + 500, mails.count)]
            start += 500
            let rows: [[any SQLExpression]] = chunk.map { mail in
                [SQLBind(now), SQLBind(mail.module), SQLBind(mail.key), SQLBind(mail.to.map(\.value).joined(separator: "\n")),
                 SQLBind(MailFormat.singleLine(mail.subject)), SQLBind(mail.text), SQLBind(mail.html),
                 SQLBind(MailStatus.queued.rawValue), SQLBind(0), SQLBind(now), SQLBind(MailHeader.encode(mail.headers))]
            }
            let inserted = try await sql.insert(into: "mail_outbox")
                .columns("created_at", "module", "message_key", "to_addresses", "subject", "body_text", "body_html", "status",
                         "attempts", "next_attempt_at", "extra_headers")
                .rows(rows)
                .ignoringConflicts(with: ["message_key"])
                .returning("id")
                .all()
            written += inserted.count
        }
        return written
    }

    /// Claims up to `limit` due messages for one delivery attempt each: queued ones whose time has come, and ones
    /// whose claim has lapsed. One UPDATE that re-checks the status, so two workers never claim the same message.
    public static func claimDue(limit: Int, now: Date = Date(), on database: any Database) async throws -> [OutboxMessage] {
        let sql = database.sql
        let candidates = try await sql.select().column("id").from("mail_outbox")
            .where("status", .in, SQLBind.group([MailStatus.queued.rawValue, MailStatus.sending.rawValue]))
            .where("next_attempt_at", .lessThanOrEqual, SQLBind(now))
            .orderBy("next_attempt_at").orderBy("id").limit(limit).all()
            .map { try $0.decode(column: "id", as: Int.self) }
        var claimed: [OutboxMessage] = []
        for id in candidates {
            // The status and time are checked again: only one worker's UPDATE matches.
            let rows = try await sql.update("mail_outbox")
                .set("status", to: SQLBind(MailStatus.sending.rawValue))
                .set("attempts", to: SQLBinaryExpression(SQLColumn("attempts"), .add, SQLLiteral.numeric("1")))
                .set("next_attempt_at", to: SQLBind(now.addingTimeInterval(claimLease)))
                .where("id", .equal, SQLBind(id))
                .where("status", .in, SQLBind.group([MailStatus.queued.rawValue, MailStatus.sending.rawValue]))
                .where("next_attempt_at", .lessThanOrEqual, SQLBind(now))
                .returning(SQLLiteral.all)
                .all()
            claimed += try rows.map(message)
        }
        return claimed
    }

    public static func markSent(id: Int, now: Date = Date(), on database: any Database) async throws {
        try await database.sql.update("mail_outbox")
            .set("status", to: SQLBind(MailStatus.sent.rawValue))
            .set("sent_at", to: SQLBind(now))
            .set("last_error", to: SQLLiteral.null)
            .where("id", .equal, SQLBind(id))
            .run()
    }

    /// Records a failed attempt: the next one after the back-off, or failed when none is left or the error is permanent.
    public static func markAttemptFailed(
        _ message: OutboxMessage, error: String, permanent: Bool, now: Date = Date(), on database: any Database
    ) async throws {
        let delay = permanent ? nil : MailBackoff.delay(afterFailedAttempt: message.attempts)
        try await database.sql.update("mail_outbox")
            .set("status", to: SQLBind((delay == nil ? MailStatus.failed : .queued).rawValue))
            .set("next_attempt_at", to: SQLBind(now.addingTimeInterval(delay ?? 0)))
            .set("last_error", to: SQLBind(String(error.prefix(500))))
            .where("id", .equal, SQLBind(message.id))
            .run()
    }

    /// The newest messages first, optionally of one status.
    public static func messages(status: MailStatus? = nil, limit: Int, offset: Int = 0, on database: any Database) async throws -> [OutboxMessage] {
        var query = database.sql.select().column("*").from("mail_outbox")
        if let status { query = query.where("status", .equal, SQLBind(status.rawValue)) }
        return try await query.orderBy("id", .descending).limit(limit).offset(offset).all().map(message)
    }

    /// How many messages have each status.
    public static func counts(on database: any Database) async throws -> [MailStatus: Int] {
        let rows = try await database.sql.select()
            .column("status").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("mail_outbox").groupBy("status").all()
        var counts: [MailStatus: Int] = [:]
        for row in rows {
            if let status = MailStatus(rawValue: try row.decode(column: "status", as: String.self)) {
                counts[status] = try row.decode(column: "n", as: Int.self)
            }
        }
        return counts
    }

    public static func message(_ row: any SQLRow) throws -> OutboxMessage {
        OutboxMessage(
            id: try row.decode(column: "id", as: Int.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            module: try row.decode(column: "module", as: String.self),
            key: try row.decode(column: "message_key", as: String.self),
            to: try row.decode(column: "to_addresses", as: String.self).split(separator: "\n").map(String.init),
            subject: try row.decode(column: "subject", as: String.self),
            text: try row.decode(column: "body_text", as: String.self),
            html: try row.decode(column: "body_html", as: String?.self),
            status: MailStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .queued,
            attempts: try row.decode(column: "attempts", as: Int.self),
            nextAttemptAt: try row.decode(column: "next_attempt_at", as: Date.self),
            lastError: try row.decode(column: "last_error", as: String?.self),
            sentAt: try row.decode(column: "sent_at", as: Date?.self),
            headers: MailHeader.decode(try? row.decode(column: "extra_headers", as: String?.self)))
    }
}
