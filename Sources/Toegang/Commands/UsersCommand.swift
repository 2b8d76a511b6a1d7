import AccessDomain
import Foundation
import Platform
import Vapor

/// `stadsbeeld users create|list|disable|enable|reset-password …` — accounts from the server's command line.
/// This is how the first platform admin comes to exist: there is no default account and no default password.
struct UsersCommand: AnyAsyncCommand {
    var help: String {
        """
        Beheert accounts.
          stadsbeeld users create --email E --name NAAM --organisation CODE --role viewer|editor|organisation_admin|platform_admin [--password-stdin]
          stadsbeeld users list [--organisation CODE]
          stadsbeeld users disable E | enable E
          stadsbeeld users reset-password E [--password-stdin]
        Zonder --password-stdin maakt Stadsbeeld een tijdelijk wachtwoord en toont het één keer; het werkt 72 uur
        en moet bij de eerste aanmelding gewijzigd worden. reset-password meldt het account overal af en trekt al
        zijn API-sleutels in; disable ook (enable brengt ze niet terug).
        """
    }

    func outputHelp(using context: inout CommandContext) { context.console.output(help.consoleText()) }

    func run(using context: inout CommandContext) async throws {
        let arguments = try CommandArguments(context.input.arguments, flags: ["help", "password-stdin"],
                                             options: ["email", "name", "organisation", "role"])
        if arguments.flags.contains("help") || arguments.positional.isEmpty { return outputHelp(using: &context) }
        let app = context.application
        try await app.prepareData()
        let accounts = AccountService(database: app.db, passwords: app.passwordHashing)
        let organisations = OrganisationService(database: app.db)
        let subcommand = arguments.positional[0]
        switch subcommand {
        case "create":
            guard let email = arguments.options["email"], let name = arguments.options["name"],
                  let code = arguments.options["organisation"], let roleText = arguments.options["role"]
            else { throw CommandArguments.UsageError(description: "geef --email, --name, --organisation en --role") }
            guard let organisation = try await organisations.find(code: code) else {
                throw CommandArguments.UsageError(description: "organisatie '\(code)' bestaat niet (zie stadsbeeld organisations)")
            }
            guard let role = Role(rawValue: roleText) else {
                throw CommandArguments.UsageError(description: "rol is een van: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let (password, generated) = try Self.password(arguments)
            let user = try await accounts.createUser(
                .init(email: email, name: name, organisationID: organisation.id!, role: role, password: password, temporary: generated),
                by: .commandLine)
            context.console.output("Account \(user.email) aangemaakt bij \(organisation.name) als \(role.label).".consoleText())
            if generated { Self.showTemporary(password, context: &context) }
        case "list":
            var organisationID: Int?
            if let code = arguments.options["organisation"] {
                guard let organisation = try await organisations.find(code: code) else {
                    throw CommandArguments.UsageError(description: "organisatie '\(code)' bestaat niet")
                }
                organisationID = organisation.id
            }
            let codes = Dictionary(uniqueKeysWithValues: try await organisations.all().map { ($0.id!, $0.code) })
            for user in try await accounts.users(organisationID: organisationID) {
                let status = user.isDisabled ? "uitgeschakeld" : "actief"
                context.console.output("\(user.id!)\t\(user.email)\t\(user.name)\t\(codes[user.organisationID] ?? "")\t\(user.roleCode)\t\(status)".consoleText())
            }
        case "disable", "enable":
            let user = try await Self.user(arguments, accounts)
            _ = try await accounts.update(userID: user.id!, disabled: subcommand == "disable", by: .commandLine)
            context.console.output("Account \(user.email) \(subcommand == "disable" ? "uitgeschakeld; de sessies zijn beëindigd en de API-sleutels ingetrokken" : "weer actief (ingetrokken API-sleutels blijven ingetrokken)").".consoleText())
        case "reset-password":
            let user = try await Self.user(arguments, accounts)
            let (password, generated) = try Self.password(arguments)
            let revoked = try await accounts.resetPassword(userID: user.id!, to: password, temporary: generated, by: .commandLine)
            context.console.output("Wachtwoord van \(user.email) opnieuw ingesteld; de sessies zijn beëindigd en \(revoked) API-sleutel(s) ingetrokken.".consoleText())
            if generated { Self.showTemporary(password, context: &context) }
        default:
            throw CommandArguments.UsageError(description: "onbekende opdracht '\(subcommand)'; kies create, list, disable, enable of reset-password")
        }
    }

    static func showTemporary(_ password: String, context: inout CommandContext) {
        let hours = Int(AccountService.temporaryPasswordLifetime / 3600)
        context.console.output("Tijdelijk wachtwoord (wordt niet meer getoond): \(password)".consoleText())
        context.console.output("Het werkt \(hours) uur en moet bij de eerste aanmelding gewijzigd worden.".consoleText())
    }

    /// A password from standard input (one line) when asked, otherwise a generated temporary one.
    static func password(_ arguments: CommandArguments) throws -> (String, generated: Bool) {
        guard arguments.flags.contains("password-stdin") else { return (TemporaryPassword.make(), true) }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw CommandArguments.UsageError(description: "geen wachtwoord op de standaardinvoer")
        }
        return (line, false)
    }

    static func user(_ arguments: CommandArguments, _ accounts: AccountService) async throws -> UserModel {
        guard arguments.positional.count >= 2 else { throw CommandArguments.UsageError(description: "geef het e-mailadres van het account") }
        guard let user = try await accounts.user(email: arguments.positional[1]) else {
            throw CommandArguments.UsageError(description: "er is geen account met e-mailadres \(arguments.positional[1])")
        }
        return user
    }
}
