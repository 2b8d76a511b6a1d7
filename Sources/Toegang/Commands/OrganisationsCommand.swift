import Platform
import Vapor

/// `stadsbeeld organisations` — the organisations and their codes, which the other commands take.
struct OrganisationsCommand: AnyAsyncCommand {
    var help: String { "Toont de organisaties met hun code en type: stadsbeeld organisations" }

    func outputHelp(using context: inout CommandContext) { context.console.output(help.consoleText()) }

    func run(using context: inout CommandContext) async throws {
        let app = context.application
        try await app.prepareData()
        for organisation in try await OrganisationService(database: app.db).all() {
            context.console.output("\(organisation.code)\t\(organisation.name)\t\(organisation.type.label)\(organisation.active ? "" : "\tniet actief")".consoleText())
        }
    }
}
