import Foundation
import Vapor

/// `stadsbeeld backup FILE`: a consistent copy of the SQLite database, also while a server serves and imports.
public struct BackupCommand: AnyAsyncCommand {
    public init() {}

    public var help: String {
        """
        Een reservekopie van de SQLite-databank (DATABASE_PATH, standaard stadsbeeld.sqlite).
          stadsbeeld backup BESTAND   schrijft een consistente kopie, ook terwijl de server draait en importeert;
                                      een bestaand BESTAND wordt niet overschreven
        Met DATABASE_URL (PostgreSQL): gebruik pg_dump (zie docs/operations.md).
        """
    }

    public func outputHelp(using context: inout CommandContext) { context.console.output(help.consoleText()) }

    public func run(using context: inout CommandContext) async throws {
        let arguments = try CommandArguments(context.input.arguments, flags: ["help"], options: [])
        guard !arguments.flags.contains("help"), arguments.positional.count == 1 else { return outputHelp(using: &context) }
        guard case .sqlite(let path) = context.application.operationsDatabase else {
            throw SQLiteBackup.Refused(SQLiteBackup.postgresAdvice)
        }
        let destination = arguments.positional[0]
        let check = try await SQLiteBackup(app: context.application).backup(database: path, to: destination)
        context.console.output("Reservekopie geschreven: \(destination) (\(check.bytes) bytes, \(check.migrations) migraties, integriteit ok)".consoleText())
    }
}

/// `stadsbeeld restore FILE`: puts a backup back in place of the SQLite database, when nothing else uses it.
public struct RestoreCommand: AnyAsyncCommand {
    public init() {}

    public var help: String {
        """
        Zet een reservekopie terug als SQLite-databank (DATABASE_PATH, standaard stadsbeeld.sqlite).
          stadsbeeld restore BESTAND  controleert BESTAND (SQLite, intact, een Stadsbeeld-schema dat deze versie kent),
                                      weigert zolang een server of commando de databank gebruikt, bewaart de huidige
                                      databank als <databank>.voor-herstel-<tijd> en vervangt ze in één keer
        Met DATABASE_URL (PostgreSQL): gebruik pg_restore (zie docs/operations.md).
        """
    }

    public func outputHelp(using context: inout CommandContext) { context.console.output(help.consoleText()) }

    public func run(using context: inout CommandContext) async throws {
        let arguments = try CommandArguments(context.input.arguments, flags: ["help"], options: [])
        guard !arguments.flags.contains("help"), arguments.positional.count == 1 else { return outputHelp(using: &context) }
        guard case .sqlite(let path) = context.application.operationsDatabase else {
            throw SQLiteBackup.Refused(SQLiteBackup.postgresAdvice)
        }
        let (check, kept) = try await SQLiteBackup(app: context.application).restore(database: path, from: arguments.positional[0])
        var lines = ["Hersteld: \(path) uit \(arguments.positional[0]) (\(check.migrations) migraties, integriteit ok)"]
        if let kept { lines.append("De vorige databank staat in \(kept)") }
        if check.pending > 0 { lines.append("\(check.pending) migratie(s) volgen bij de volgende start (stadsbeeld serve of migrate)") }
        context.console.output(lines.joined(separator: "\n").consoleText())
    }
}
