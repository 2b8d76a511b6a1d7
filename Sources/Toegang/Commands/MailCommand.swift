import Foundation
import Platform
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
        try await app.prepareData()
        let outcome = try await MailWorker(settings: settings, database: app.db, logger: app.logger).deliverDue()
        context.console.output("Verstuurd: \(outcome.sent), later opnieuw: \(outcome.retrying), mislukt: \(outcome.failed)".consoleText())
    }
}
