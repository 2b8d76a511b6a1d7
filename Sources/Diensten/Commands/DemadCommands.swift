import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The commands of the demad part: `stadsbeeld demad purge | import --organisatie CODE --file FILE.csv | benchmark`.
enum DemadCommands {
    static var all: [(name: String, command: any AnyAsyncCommand)] { [("demad", DemadCommand())] }
}

struct DemadCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "purge, import or benchmark")
        var action: String
        @Option(name: "file", help: "import: the CSV file")
        var file: String?
        @Option(name: "organisatie", help: "import: the organisation's code")
        var organisation: String?
    }

    var help: String {
        "DEMaD: purge (wist dossiers die langer dan de bewaartermijn afgesloten zijn), import --organisatie CODE --file BESTAND.csv (metingen, "
            + "alles of niets), benchmark (de vergelijking tussen de deelnemende steden, met afscherming)"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.prepareData()
        switch signature.action {
        case "purge":
            let atStart = app.storage[DemadPurgedAtStart.self] ?? 0
            let removed = try await DemadStore(database: app.db).purgeExpired()
            context.console.print("demad: \(atStart + removed) dossier(s) verwijderd (langer dan \(DemadScale.standard.retentionYears) jaar afgesloten)")
        case "import":
            guard let code = signature.organisation, let organisation = try await OrganisationService(database: app.db).find(code: code),
                  let organisationID = organisation.id
            else { throw Abort(.badRequest, reason: "geef een bestaande organisatie met --organisatie CODE") }
            guard let path = signature.file else { throw Abort(.badRequest, reason: "geef het CSV-bestand") }
            guard FileManager.default.fileExists(atPath: path) else { throw Abort(.badRequest, reason: "\(path): het bestand bestaat niet") }
            do {
                let result = try await DemadImport.run(path: path, file: URL(fileURLWithPath: path).lastPathComponent, organisationID: organisationID,
                                                       userID: nil, actor: .commandLine, on: app.db)
                context.console.print("demad: \(result.measurements) meting(en) in \(result.cases) dossier(s) ingelezen, \(result.newCases) nieuw")
            } catch let refused as DemadImportRefused {
                for problem in refused.problems { context.console.print(problem.description) }
                throw Abort(.unprocessableEntity, reason: "\(refused.problems.count) probleem/problemen; er is niets ingelezen")
            }
        case "benchmark":
            let result = try await DemadStore(database: app.db).benchmark()
            let table = result.table
            context.console.print("domein;" + table.cities.joined(separator: ";") + ";totaal")
            for domain in table.domains {
                let cells = (table.cities.map { table.cells[$0]?[domain] } + [table.totals[domain]]).map { cell -> String in
                    switch cell {
                    case .shown(let cases, let mean, let share)?: String(format: "%+.2f (n=%d, %.0f%%)", mean, cases, share * 100)
                    case .suppressed(let kind)?: "x (\(kind.rawValue))"
                    default: "-"
                    }
                }
                context.console.print(([domain] + cells).joined(separator: ";"))
            }
        default:
            throw Abort(.badRequest, reason: "onbekende actie '\(signature.action)'; kies purge, import of benchmark")
        }
    }
}

/// How many cases the start of this process purged, for `stadsbeeld demad purge`.
struct DemadPurgedAtStart: StorageKey {
    typealias Value = Int
}
