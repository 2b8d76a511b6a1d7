import Foundation
import Vapor

extension Application {
    private struct MailSettingsKey: StorageKey {
        public typealias Value = SMTPSettings
    }

    /// The SMTP server, when one is set; the app's configuration reads it from the environment.
    public var mailSettings: SMTPSettings? {
        get { storage[MailSettingsKey.self] }
        set { storage[MailSettingsKey.self] = newValue }
    }

    /// Starts the mail worker with the server (`stadsbeeld serve`) when an SMTP server is set.
    public func startMailWorkerWithServer() {
        guard let settings = mailSettings else {
            logger.notice("Geen SMTP-server ingesteld: mail blijft in de wachtrij (docs/mail.md)")
            return
        }
        logger.info("Mail via \(settings.redacted)")
        lifecycle.use(MailWorkerLifecycle(worker: MailWorker(settings: settings, database: db, logger: logger)))
    }
}

/// Runs the worker in the background from boot to shutdown.
public final class MailWorkerLifecycle: LifecycleHandler, @unchecked Sendable {
    private let worker: MailWorker
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    public init(worker: MailWorker) { self.worker = worker }

    public func didBootAsync(_ application: Application) async throws {
        let worker = self.worker
        lock.withLock { task = Task { await worker.run() } }
    }

    public func shutdownAsync(_ application: Application) async {
        let task = lock.withLock { () -> Task<Void, Never>? in
            defer { self.task = nil }
            return self.task
        }
        task?.cancel()
        await task?.value
    }
}
