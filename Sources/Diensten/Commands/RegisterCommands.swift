import Foundation
import Platform
import Vapor

/// The commands of the register part: `stadsbeeld register remind` (for a daily cron job).
enum RegisterCommands {
    static var all: [(name: String, command: any AnyAsyncCommand)] { [("register", RegisterCommand())] }
}

struct RegisterCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "remind")
        var action: String
        @Option(name: "base-url", help: "the site's address, for the links in the mails (e.g. https://stadsbeeld.be)")
        var baseURL: String?
    }

    var help: String {
        "het verwerkingsregister: remind (zet herinneringen in de mailwachtrij voor verzoeken die bijna of te laat zijn en voor datalekken "
            + "na 48 en 72 uur, elk één keer, naar de DPO van de organisatie)"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        switch signature.action {
        case "remind":
            let app = context.application
            try await app.prepareData()
            let outcome = try await RegisterReminders(database: app.db).run(baseURL: signature.baseURL ?? "")
            context.console.print("register: \(outcome.queued) herinnering(en) in de wachtrij, \(outcome.alreadySent) al eerder verstuurd")
            if !outcome.withoutDPO.isEmpty {
                context.console.print("register: \(outcome.withoutDPO.count) organisatie(s) zonder DPO-contact kregen geen herinnering; vul het in bij Instellingen")
            }
        default:
            throw Abort(.badRequest, reason: "onbekende actie '\(signature.action)'; kies remind")
        }
    }
}
