import Foundation
import Storage
import Vapor

/// `stadsbeeld mail deliver` — delivers what is due in the outbox once and exits.
struct MailCommand: AnyAsyncCommand {
    var help: String {
        """
        De uitgaande mail.
          stadsbeeld mail deliver   verstuurt wat klaarstaat in de wachtrij, één keer, en stopt
        De SMTP-server komt uit STADSBEELD_SMTP_URL en STADSBEELD_MAIL_FROM (zie docs/mail.md).
        """
    }

    func outputHelp(using context: inout CommandContext) { context.console.output(help.consoleText()) }

    func run(using context: inout CommandContext) async throws {
        let arguments = try CommandArguments(context.input.arguments, flags: ["help"], options: [])
        guard !arguments.flags.contains("help"), arguments.positional.first == "deliver" else { return outputHelp(using: &context) }
        let app = context.application
        guard let settings = app.mailSettings else {
            throw CommandArguments.UsageError(description: "er is geen SMTP-server ingesteld (STADSBEELD_SMTP_URL, STADSBEELD_MAIL_FROM)")
        }
        try await prepareData(app)
        let outcome = try await MailWorker(settings: settings, database: app.db, logger: app.logger).deliverDue()
        context.console.output("Verstuurd: \(outcome.sent), later opnieuw: \(outcome.retrying), mislukt: \(outcome.failed)".consoleText())
    }
}

extension Application {
    private struct MailSettingsKey: StorageKey {
        typealias Value = SMTPSettings
    }

    /// The SMTP server, when one is set; the app's configuration reads it from the environment.
    public var mailSettings: SMTPSettings? {
        get { storage[MailSettingsKey.self] }
        set { storage[MailSettingsKey.self] = newValue }
    }

    /// Starts the mail worker with the server (`stadsbeeld serve`) when an SMTP server is set.
    func startMailWorkerWithServer() {
        guard let settings = mailSettings else {
            logger.notice("Geen SMTP-server ingesteld: mail blijft in de wachtrij (docs/mail.md)")
            return
        }
        logger.info("Mail via \(settings.redacted)")
        lifecycle.use(MailWorkerLifecycle(worker: MailWorker(settings: settings, database: db, logger: logger)))
    }
}

/// Runs the worker in the background from boot to shutdown.
final class MailWorkerLifecycle: LifecycleHandler, @unchecked Sendable {
    private let worker: MailWorker
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    init(worker: MailWorker) { self.worker = worker }

    func didBootAsync(_ application: Application) async throws {
        let worker = self.worker
        lock.withLock { task = Task { await worker.run() } }
    }

    func shutdownAsync(_ application: Application) async {
        let task = lock.withLock { () -> Task<Void, Never>? in
            defer { self.task = nil }
            return self.task
        }
        task?.cancel()
        await task?.value
    }
}
