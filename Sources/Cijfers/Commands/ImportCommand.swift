import CijfersImport
import Foundation
import Platform
import Vapor

/// `stadsbeeld import <file>… [--replace|--append] [--skip-unknown] [--level L] [--sheet S]`
struct ImportCommand: AnyAsyncCommand {
    var help: String {
        """
        Importeert bestanden in Swing-formaat (gebiedsdefinities, aggregatietabellen, indicatorfiches, data, GeoJSON) \
        als één geheel: alles of niets.
        Gebruik: stadsbeeld import <bestand>… [--replace|--append] [--skip-unknown] [--level NIVEAU] [--sheet BLAD]
        """
    }

    func outputHelp(using context: inout CommandContext) {
        context.console.output(help.consoleText())
    }

    func run(using context: inout CommandContext) async throws {
        let arguments = try CommandArguments(
            context.input.arguments, flags: ["replace", "append", "skip-unknown", "help"], options: ["level", "sheet", "max-problems"])
        if arguments.flags.contains("help") { return outputHelp(using: &context) }
        guard !arguments.positional.isEmpty else {
            throw CommandArguments.UsageError(description: "geef minstens één bestand op")
        }
        guard !(arguments.flags.contains("replace") && arguments.flags.contains("append")) else {
            throw CommandArguments.UsageError(description: "kies --replace of --append, niet beide")
        }
        let options = ImportOptions(
            mode: arguments.flags.contains("append") ? .append : .replace,
            skipUnknown: arguments.flags.contains("skip-unknown"),
            problemsPerKind: arguments.options["max-problems"].flatMap(Int.init) ?? 10)
        let files = arguments.positional.map {
            ImportFile(path: $0, level: arguments.options["level"], sheet: arguments.options["sheet"])
        }
        let app = context.application
        // The import loads the catalog itself and refreshes the search for what it changed.
        try await app.prepareSchema()
        let bar = ProgressBar()
        let summary = try await ImportService(database: app.db, catalogStore: app.catalogStore)
            .run(files, options: options, progress: { file, rows in bar.update(file: file, rows: rows) })
        bar.finish()
        context.console.output(summary.report.consoleText())
    }
}

extension ImportSummary {
    /// The closing summary: files, rows, values, areas, indicators, seconds.
    var report: String {
        var lines = [String(
            format: "Import geslaagd: %d bestand(en), %d rijen, %d waarden geladen, %d berekend voor hogere niveaus, "
                + "%d gebieden, %d koppelingen, %d indicatoren (%d met nieuwe data), %.2f s",
            files, rows, values, aggregated, areas, links, indicators, indicatorsWithData.count, seconds)]
        if !notices.isEmpty {
            lines.append("Opmerkingen:")
            lines.append(contentsOf: notices)
        }
        return lines.joined(separator: "\n")
    }
}
