import DienstenDomain
import Foundation
import Platform
import Vapor

/// `stadsbeeld leefloon amounts --date D | check [--parameters MAP] [--cases MAP] | purge`
enum LeefloonCommands {
    static var all: [(name: String, command: any AnyAsyncCommand)] { [("leefloon", LeefloonCommand())] }
}

struct LeefloonCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "amounts, check or purge")
        var action: String
        @Option(name: "date", help: "amounts: the day, YYYY-MM-DD (default today)")
        var date: String?
        @Option(name: "parameters", help: "check/amounts: a folder with the parameter files (default: the shipped ones or LEEFLOON_PARAMETERS)")
        var parameters: String?
        @Option(name: "cases", help: "check: a folder with test-case files (default: the shipped ones)")
        var cases: String?
    }

    var help: String {
        "het leefloon: amounts --date JJJJ-MM-DD (bedragen op die dag), check (draait de testgevallen tegen de parameters, "
            + "nuttig na een wijziging), purge (wist beslissingen waarvan de bewaartermijn voorbij is)"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        switch signature.action {
        case "amounts":
            let parameters = try Self.parameters(signature.parameters)
            let text = signature.date ?? LeefloonFormPage.today()
            guard let date = LeefloonDate(text) else { throw Abort(.badRequest, reason: "schrijf de datum als JJJJ-MM-DD: '\(text)'") }
            let amounts = try parameters.amounts(on: date)
            context.console.print("Leefloon op \(date) (bedragen vanaf \(amounts.entry.from); \(amounts.entry.reference))")
            for amount in amounts.categories {
                let yearly = LeefloonMoney.text(amount.yearly) + (amount.yearlyDerived ? " (12 × maandbedrag)" : "")
                context.console.print("  categorie \(amount.category.rawValue) \(amount.category.name): \(LeefloonMoney.text(amount.monthly)) per maand, \(yearly) per jaar")
            }
            if let source = amounts.entry.source {
                context.console.print("  bron: \(source.url) (\(source.primary ? "primair" : "secundair"))")
            }
        case "check":
            let parameters = try Self.parameters(signature.parameters)
            guard let folder = signature.cases.map({ URL(fileURLWithPath: $0) }) ?? LeefloonTestCases.bundledFolder else {
                throw Abort(.internalServerError, reason: "de testgevallen ontbreken")
            }
            let results = try LeefloonTestCases.runAll(in: folder, parameters: parameters)
            let failures = results.filter { $0.failure != nil }
            for failure in failures { context.console.print("FOUT \(failure.file) – \(failure.name): \(failure.failure ?? "")") }
            context.console.print("leefloon: \(results.count - failures.count) van \(results.count) testgevallen kloppen")
            if !failures.isEmpty { throw Abort(.unprocessableEntity, reason: "\(failures.count) testgevallen kloppen niet") }
        case "purge":
            let app = context.application
            try await app.prepareData()
            let removed = try await LeefloonDecisionStore(database: app.db).purgeExpired()
            context.console.print("leefloon: \(removed) beslissingen gewist (bewaartermijn voorbij)")
        default:
            throw Abort(.badRequest, reason: "onbekende actie '\(signature.action)'; kies amounts, check of purge")
        }
    }

    static func parameters(_ folder: String?) throws -> LeefloonParameters {
        if let folder { return try LeefloonParameters.load(from: URL(fileURLWithPath: folder)) }
        return try LeefloonData.current()
    }
}
