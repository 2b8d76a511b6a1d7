import AccessDomain
import Foundation
import Platform
import Vapor

/// `stadsbeeld tokens create|list|revoke …` — API tokens for scripts, from the command line.
struct TokensCommand: AnyAsyncCommand {
    var help: String {
        """
        Beheert API-sleutels.
          stadsbeeld tokens create --user E --name NAAM --scope read|write [--days N]
          stadsbeeld tokens list [--user E]
          stadsbeeld tokens revoke ID
        Een nieuwe sleutel wordt één keer getoond; Stadsbeeld bewaart alleen een vingerafdruk.
        """
    }

    func outputHelp(using context: inout CommandContext) { context.console.output(help.consoleText()) }

    func run(using context: inout CommandContext) async throws {
        let arguments = try CommandArguments(context.input.arguments, flags: ["help"], options: ["user", "name", "scope", "days"])
        if arguments.flags.contains("help") || arguments.positional.isEmpty { return outputHelp(using: &context) }
        let app = context.application
        try await app.prepareData()
        let tokens = TokenService(database: app.db)
        let accounts = AccountService(database: app.db)
        switch arguments.positional[0] {
        case "create":
            guard let email = arguments.options["user"], let name = arguments.options["name"],
                  let scope = arguments.options["scope"].flatMap(TokenScope.init(rawValue:))
            else { throw CommandArguments.UsageError(description: "geef --user, --name en --scope read|write") }
            guard let user = try await accounts.user(email: email) else {
                throw CommandArguments.UsageError(description: "er is geen account met e-mailadres \(email)")
            }
            var expires: Date?
            if let days = arguments.options["days"] {
                guard let count = Int(days), count > 0 else { throw CommandArguments.UsageError(description: "--days is een positief getal") }
                expires = Date().addingTimeInterval(Double(count) * 86_400)
            }
            let (token, secret) = try await tokens.create(userID: user.id!, name: name, scope: scope, expiresAt: expires, by: .commandLine)
            context.console.output("Sleutel \(token.id!) ‘\(token.name)’ (\(scope.label)) voor \(user.email):".consoleText())
            context.console.output(secret.consoleText())
        case "list":
            var userID: Int?
            if let email = arguments.options["user"] {
                guard let user = try await accounts.user(email: email) else {
                    throw CommandArguments.UsageError(description: "er is geen account met e-mailadres \(email)")
                }
                userID = user.id
            }
            let formatter = ISO8601DateFormatter()
            for token in try await tokens.tokens(userID: userID) {
                let status = token.revokedAt != nil ? "ingetrokken" : (token.isUsable(at: Date()) ? "geldig" : "verlopen")
                let used = token.lastUsedAt.map(formatter.string(from:)) ?? "nooit"
                context.console.output("\(token.id!)\t\(token.hint)…\t\(token.name)\t\(token.scopeCode)\tgebruiker \(token.userID)\tlaatst gebruikt \(used)\t\(status)".consoleText())
            }
        case "revoke":
            guard arguments.positional.count >= 2, let id = Int(arguments.positional[1]) else {
                throw CommandArguments.UsageError(description: "geef het nummer van de sleutel (zie stadsbeeld tokens list)")
            }
            try await tokens.revoke(tokenID: id, by: .commandLine)
            context.console.output("Sleutel \(id) ingetrokken.".consoleText())
        default:
            throw CommandArguments.UsageError(description: "onbekende opdracht '\(arguments.positional[0])'; kies create, list of revoke")
        }
    }
}
