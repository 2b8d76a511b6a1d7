import Platform
import Vapor

/// `stadsbeeld plannen …`: import and export of plans (see `PlannenCommand+Run`).
struct PlannenCommand: AnyAsyncCommand {
    var help: String { "Meerjarenplannen inlezen en uitvoeren: plannen import|export|list" }

    func outputHelp(using context: inout CommandContext) {
        context.console.output(help.consoleText())
    }

    func run(using context: inout CommandContext) async throws {
        context.console.output(help.consoleText())
    }
}
