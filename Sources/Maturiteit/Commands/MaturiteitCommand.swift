import Foundation
import MaturiteitDomain
import Platform
import Vapor

/// `stadsbeeld maturiteit list|export|import …` — campaigns to and from a spreadsheet, for the Kenniscentrum's
/// operator; the same service and the same CSV columns as the campaign page's upload and download.
struct MaturiteitCommand: AnyAsyncCommand {
    var help: String {
        """
        Metingen van de maturiteit.
          stadsbeeld maturiteit list
          stadsbeeld maturiteit export METING [BESTAND.csv]     (zonder bestand: naar de uitvoer)
          stadsbeeld maturiteit import METING BESTAND.csv       (alles of niets; fouten met rij en kolom)
        """
    }

    func outputHelp(using context: inout CommandContext) { context.console.output(help.consoleText()) }

    func run(using context: inout CommandContext) async throws {
        let arguments = try CommandArguments(context.input.arguments, flags: ["help"], options: [])
        if arguments.flags.contains("help") || arguments.positional.isEmpty { return outputHelp(using: &context) }
        let app = context.application
        try await app.prepareData()
        let store = MaturityStore(database: app.db)
        func campaign() async throws -> StoredCampaign {
            guard arguments.positional.count >= 2 else { throw CommandArguments.UsageError(description: "geef de code van de meting") }
            guard let campaign = try await store.campaign(code: arguments.positional[1]) else {
                throw CommandArguments.UsageError(description: "er is geen meting met de code \(arguments.positional[1]) (zie stadsbeeld maturiteit list)")
            }
            return campaign
        }
        switch arguments.positional[0] {
        case "list":
            for item in try await store.campaigns() {
                context.console.output(("\(item.code)\t\(item.campaign.name)\t\(item.campaign.moment)\t\(item.campaign.status.label)"
                    + "\t\(item.campaign.published ? "gepubliceerd" : "niet openbaar")\t\(item.participants.count) deelnemers").consoleText())
            }
        case "export":
            let sheet = MaturityService.sheet(try await store.data(for: try await campaign()))
            if arguments.positional.count >= 3 {
                try sheet.write(toFile: arguments.positional[2], atomically: true, encoding: .utf8)
            } else {
                context.console.output(sheet.consoleText())
            }
        case "import":
            guard arguments.positional.count >= 3 else { throw CommandArguments.UsageError(description: "geef de meting en het CSV-bestand") }
            let path = arguments.positional[2]
            let target = try await campaign()
            do {
                let result = try await MaturityService(database: app.db).importSheet(
                    path: path, fileName: URL(fileURLWithPath: path).lastPathComponent, into: target, by: .commandLine)
                context.console.output(("\(result.answers) antwoorden van \(result.organisations) organisaties ingelezen"
                    + (result.added.isEmpty ? "." : "; nieuwe deelnemers: \(result.added.joined(separator: ", ")).")).consoleText())
            } catch let error as RefusedAction {
                for problem in error.problems { context.console.error(problem) }
                throw CommandArguments.UsageError(description: "niets ingelezen (\(error.problems.count) probleem/problemen)")
            }
        default:
            outputHelp(using: &context)
        }
    }
}
