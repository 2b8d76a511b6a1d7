import DienstenDomain
import Foundation
import Platform
import Vapor

enum RightsCommands {
    static var all: [(name: String, command: any AnyAsyncCommand)] { [("rights", RightsCommand())] }
}

/// `stadsbeeld rights import PATH|URL [--full]`, `stadsbeeld rights status`: the product catalogue (IPDC concepts,
/// LPDC instances) from an LDES stream or a folder of its pages.
struct RightsCommand: AnyAsyncCommand {
    var help: String {
        """
        De productcatalogus (IPDC/LPDC) van de Rechtenverkenner.
          stadsbeeld rights import MAP|URL [--full]
              (leest de LDES-pagina's van een map of een stroom; alles of niets, elk probleem met pagina, lid en veld;
               de volgende keer verder vanaf waar het stopte, --full leest alles opnieuw)
          stadsbeeld rights status
              (waar elke bron stopte en wat de laatste import deed; hoeveel rechten de catalogus toont)
          stadsbeeld rights purge-cases
              (verwijdert de screeningdossiers voorbij hun bewaartermijn; ook bij elke start — voor een dagelijkse cron)
        """
    }

    func outputHelp(using context: inout CommandContext) { context.console.output(help.consoleText()) }

    func run(using context: inout CommandContext) async throws {
        let arguments = try CommandArguments(context.input.arguments, flags: ["help", "full"], options: [])
        guard !arguments.flags.contains("help"), let action = arguments.positional.first else { return outputHelp(using: &context) }
        let app = context.application
        let console = context.console
        switch action {
        case "import":
            guard arguments.positional.count == 2 else {
                throw CommandArguments.UsageError(description: "geef één map of webadres: stadsbeeld rights import MAP|URL")
            }
            try await app.prepareData()
            do {
                let report = try await RightsImporter(app: app).run(source: arguments.positional[1], full: arguments.flags.contains("full"))
                for line in report.lines { console.output(line.consoleText()) }
            } catch let problem as LDESProblem {
                console.error("rights import: niets ingelezen — \(problem.description)")
                throw problem
            }
        case "status":
            try await app.prepareData()
            let store = RightsStore(database: app.db)
            console.output("rechten in de catalogus: \(try await store.count())".consoleText())
            let states = try await store.importStates()
            if states.isEmpty { console.output("nog geen import".consoleText()) }
            for state in states {
                console.output("""
                    bron: \(state.source)
                      laatste import: \(ISO8601DateFormatter().string(from: state.lastRunAt)); nieuwste generatedAtTime: \(state.newestGeneratedAt ?? "–")
                      gestopt op: \(state.lastPages.isEmpty ? "–" : state.lastPages.joined(separator: ", "))
                      pagina's \(state.pagesRead), leden \(state.members), nieuw \(state.added), vervangen \(state.replaced), verwijderd \(state.removed), ongewijzigd \(state.unchanged)
                    """.consoleText())
            }
        case "purge-cases":
            // Starting purges too (DienstenPillar.prepare): count both.
            try await app.prepareData()
            let purged = (app.storage[PurgedAtStart.self] ?? 0) + (try await ScreeningCases.purgeExpired(app))
            console.output("screeningdossiers: \(purged) verwijderd na hun bewaartermijn".consoleText())
        default:
            throw CommandArguments.UsageError(description: "onbekende opdracht '\(action)': kies import, status of purge-cases")
        }
    }
}
