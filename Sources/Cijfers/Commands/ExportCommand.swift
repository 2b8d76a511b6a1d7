import Foundation
import SQLKit
import Platform
import Vapor

/// `stadsbeeld export --indicator CODE --level LEVEL [--parent P] [--periods all|latest|2020,2021]
/// [--format csv|json|jsonstat] [--output FILE] [--include-restricted]` — the same data, with the same suppression, as the
/// API gives an anonymous visitor. Data reserved for access groups is left out unless `--include-restricted` is given.
struct ExportCommand: AnyAsyncCommand {
    var help: String {
        "Exporteert data: stadsbeeld export --indicator CODE --level NIVEAU [--parent GEBIED] [--periods all|latest|…] [--format csv|json|jsonstat] [--output BESTAND] [--include-restricted]"
    }

    func outputHelp(using context: inout CommandContext) {
        context.console.output(help.consoleText())
    }

    func run(using context: inout CommandContext) async throws {
        let arguments = try CommandArguments(
            context.input.arguments, flags: ["help", "include-restricted"],
            options: ["indicator", "indicators", "level", "parent", "areas", "periods", "period", "format", "output"])
        if arguments.flags.contains("help") { return outputHelp(using: &context) }
        var query = arguments.options
        query["format"] = query["format"] ?? "csv"
        let request = try DataRequest(query: query)
        let app = context.application
        try await app.prepareData()
        let catalog = await app.catalogStore.current(
            forOrganisation: nil, seesEverything: arguments.flags.contains("include-restricted"))
        let table = try await DataQuery(database: app.db, catalog: catalog)
            .run(request.selection)
        let response = try DataResponse.make(table, format: request.format)
        // A large selection is a streamed answer (no `data` until it is written out): collect it whole.
        let body: Data
        if let whole = response.body.data {
            body = whole
        } else {
            let collected = try await response.body.collect(on: app.eventLoopGroup.next()).get()
            body = collected.map { Data(buffer: $0) } ?? Data()
        }
        if let output = arguments.options["output"] {
            try body.write(to: URL(fileURLWithPath: output))
            context.console.output("\(table.cells.count) waarden geschreven naar \(output)".consoleText())
        } else {
            FileHandle.standardOutput.write(body)
        }
    }
}
