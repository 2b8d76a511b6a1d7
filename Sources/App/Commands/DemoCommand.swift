import Platform
import Vapor

/// `stadsbeeld demo`: loads every pillar's demo data (for Cijfers: the 2024 geography of Flanders and Brussels with
/// geometry, the centrumsteden, the Fluvius energy upload, indicator sheets with formulas, a theme tree and the LEKP-1
/// staff of the centrumsteden).
struct DemoCommand: AnyAsyncCommand {
    var help: String { "Laadt de demodata van elke pijler (geografie, centrumsteden, Fluvius-energiedata, LEKP-personeel, …) in de databank." }

    func outputHelp(using context: inout CommandContext) {
        context.console.output(help.consoleText())
    }

    func run(using context: inout CommandContext) async throws {
        let app = context.application
        try await app.prepareData()
        for pillar in app.pillars.all {
            if let report = try await pillar.loadDemo(app) {
                context.console.output(report.consoleText())
            }
        }
        context.console.output("Start de server met: swift run stadsbeeld serve — en open http://127.0.0.1:8080/".consoleText())
    }
}
