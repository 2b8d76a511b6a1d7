import Fluent
import Foundation
import Logging

/// Delivers what is due in the outbox: claims messages, sends each over SMTP, marks it sent or records the error and
/// schedules the next attempt. Several workers (one per app server) may run against one database.
public struct MailWorker: Sendable {
    public typealias Sender = @Sendable (SMTPEnvelope) async throws -> Void

    public let settings: SMTPSettings
    public let database: any Database
    public let logger: Logger
    public let sender: Sender

    public init(settings: SMTPSettings, database: any Database, logger: Logger = Logger(label: "stadsbeeld.mail"), sender: Sender? = nil) {
        self.settings = settings
        self.database = database
        self.logger = logger
        let client = SMTPClient(settings: settings)
        self.sender = sender ?? { try await client.send($0) }
    }

    public struct Outcome: Sendable, Equatable {
        public var sent = 0
        public var retrying = 0
        public var failed = 0

        public init(sent: Int = 0, retrying: Int = 0, failed: Int = 0) {
            self.sent = sent
            self.retrying = retrying
            self.failed = failed
        }
    }

    /// One pass: everything due at `now`, in batches, then returns.
    @discardableResult
    public func deliverDue(now: Date = Date(), batchSize: Int = 50) async throws -> Outcome {
        var outcome = Outcome()
        while true {
            let batch = try await MailOutbox.claimDue(limit: batchSize, now: now, on: database)
            if batch.isEmpty { return outcome }
            for message in batch {
                try await deliver(message, now: now, outcome: &outcome)
            }
        }
    }

    private func deliver(_ message: OutboxMessage, now: Date, outcome: inout Outcome) async throws {
        do {
            let recipients = try message.to.map { text throws(MailError) in try MailAddress(text) }
            let text = MailFormat.message(
                from: settings.from, to: recipients, subject: message.subject, text: message.text, html: message.html,
                messageID: "outbox-\(message.id)-\(Int(message.createdAt.timeIntervalSince1970))@\(settings.from.domain)",
                date: now, extraHeaders: message.headers)
            try await sender(SMTPEnvelope(from: settings.from, to: recipients, message: text))
            try await MailOutbox.markSent(id: message.id, now: Date(), on: database)
            outcome.sent += 1
            logger.info("mail \(message.id) (\(message.module)) verstuurd")
        } catch {
            let permanent = (error as? SMTPError)?.isPermanent ?? (error is MailError)
            let description = settings.scrub((error as? CustomStringConvertible)?.description ?? "\(error)")
            try await MailOutbox.markAttemptFailed(message, error: description, permanent: permanent, now: now, on: database)
            let failed = permanent || MailBackoff.delay(afterFailedAttempt: message.attempts) == nil
            if failed { outcome.failed += 1 } else { outcome.retrying += 1 }
            logger.warning("mail \(message.id) (\(message.module)), poging \(message.attempts): \(description)")
        }
    }

    /// Delivers what is due every `interval` seconds until the task is cancelled; a failing pass is logged, not fatal.
    public func run(interval: TimeInterval = 30) async {
        while !Task.isCancelled {
            do {
                try await deliverDue()
            } catch {
                logger.error("mail: de wachtrij kon niet verwerkt worden: \(settings.scrub("\(error)"))")
            }
            try? await Task.sleep(for: .seconds(interval))
        }
    }
}
